/** "A1, A2 and B1" (apart from the calendar writer, so the CLI prints it without loading ics). */
export const codeList = (codes: readonly string[]): string =>
  codes.length <= 1 ? (codes[0] ?? '') : `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}`;
