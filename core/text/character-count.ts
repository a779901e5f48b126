/**
 * Counts characters as a body's online form would: every Unicode code point of the text as it
 * would be pasted (leading and trailing spaces dropped), spaces and punctuation included, and each
 * line break as one character whether it was typed as "\n" or "\r\n". Code points rather than
 * UTF-16 units, so "é", "CO₂" and an emoji are one character each, as a person counts them.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text.trim().replace(/\r\n?/g, '\n')) count += 1;
  return count;
}
