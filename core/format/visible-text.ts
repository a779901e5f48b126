/**
 * Characters that change how text around them is shown rather than showing themselves: C0 and C1
 * controls and DEL (a terminal obeys them: ESC starts a command, CR rewinds the line), and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) plus the
 * direction marks (U+200E, U+200F, U+061C), which can make "invoice\u202Efdp.exe" read as
 * "invoiceexe.pdf".
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const HIDDEN_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A name from disk (a path, a file name) as it may be shown: every control and bidirectional
 * character is written out as its escape (`\u202e`), so what the reader sees is what the name holds.
 * Nothing is removed, so two different names never look the same. With keepLineBreaks, tabs and
 * line feeds stay as they are: for whole messages whose layout uses them (a terminal's output).
 * The escapes are JSON's own, so JSON text passed through stays valid JSON with the same meaning.
 */
export function visibleText(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(options.keepLineBreaks ? HIDDEN_BUT_LINES : HIDDEN, escaped);
}
