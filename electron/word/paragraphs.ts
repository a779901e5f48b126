import { Paragraph, TextRun } from 'docx';

/** Text as the user wrote it, in Word: a blank line starts a new paragraph, a single break stays a break. */
export function paragraphsOf(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => new Paragraph({ children: block.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })) }));
}
