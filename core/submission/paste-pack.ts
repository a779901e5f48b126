import { z } from 'zod';
import type { Framework } from '../frameworks/schema';
import type { Portfolio } from '../model/portfolio';
import { planPack } from '../pack/pack-plan';
import { countWords } from '../text/word-count';
import type { FormField, SubmissionProfile } from './schema';

/** One block to paste into one box of the body's form, with its length in the form's own unit. */
export const PasteBlock = z.object({
  fieldId: z.string(),
  label: z.string(),
  /** For a per-criterion field, the criterion it is for. */
  code: z.string().optional(),
  text: z.string(),
  unit: z.enum(['words', 'characters']),
  count: z.number().int().nonnegative(),
  limit: z.number().int().optional(),
  suggested: z.number().int().optional(),
  over: z.boolean(),
});
export type PasteBlock = z.infer<typeof PasteBlock>;

/** Characters as a person counts them: one per letter, whatever its encoding (an emoji is one). */
export const countCharacters = (text: string): number => [...text].length;

const measure = (text: string, unit: FormField['unit']): number => (unit === 'words' ? countWords(text) : countCharacters(text));

/** Plain text as a form keeps it: one kind of line break, no trailing spaces. */
const plain = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();

/**
 * The paste pack: for each of the profile's form fields, the statements as plain text, one block
 * per box (per criterion, or all in one for an application-wide box), each counted in the unit
 * the form counts in. Nothing is shortened: a block over its limit is marked, and the user decides.
 */
export function pasteBlocks(portfolio: Portfolio, framework: Framework, profile: SubmissionProfile, date: string): PasteBlock[] {
  const plan = planPack(portfolio, framework, { date });
  const blocks: PasteBlock[] = [];
  for (const field of profile.fields) {
    const limits = { ...(field.limit ? { limit: field.limit.value } : {}), ...(field.suggested ? { suggested: field.suggested.value } : {}) };
    const block = (text: string, code?: string): PasteBlock => {
      const count = measure(text, field.unit);
      return { fieldId: field.id, label: field.label, ...(code ? { code } : {}), text, unit: field.unit, count, ...limits, over: field.limit !== undefined && count > field.limit.value };
    };
    if (field.per === 'criterion') {
      for (const c of plan.criteria) blocks.push(block(plain(c.statement?.text ?? ''), c.criterion.code));
    } else {
      // One box for the whole account: each statement under its printable heading.
      const text = plan.criteria
        .filter((c) => c.statement?.text.trim())
        .map((c) => `${c.wording.code} ${c.wording.heading}\n\n${plain(c.statement!.text)}`)
        .join('\n\n');
      blocks.push(block(text));
    }
  }
  return blocks;
}

const countLine = (b: PasteBlock): string => {
  const bound = b.limit !== undefined ? ` of at most ${b.limit}` : b.suggested !== undefined ? ` (about ${b.suggested} suggested)` : '';
  return `${b.count} ${b.unit}${bound}${b.over ? ': OVER THE LIMIT, shorten before pasting' : ''}`;
};

/** The paste pack as one plain-text file: a ruled header per block, then exactly the text to paste. */
export function pastePackText(blocks: readonly PasteBlock[], framework: Framework, profile: SubmissionProfile): string {
  const lines = [`${framework.shortName}: text for ${profile.name}`, 'Paste the text between the rules into the box named above it. Counts are in the form\'s own unit.'];
  // Said before the text, so nobody spends time on bullets or bold the form will strip.
  if (profile.plainTextOnly) lines.push('The form keeps plain text only: no bold, bullets, tables or images.');
  lines.push('');
  for (const b of blocks) {
    lines.push('='.repeat(72), b.code ? `${b.label}: ${b.code}` : b.label, countLine(b), '-'.repeat(72));
    lines.push(b.text || '[Nothing written yet]', '');
  }
  return lines.join('\n');
}
