/** A statement split into sentences, each with where it starts, so advice can point at it. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
}

/** Sentences end at . ! ? or a line break (a bulleted list is one "sentence" a line). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+|$|\n)/g;
  for (const m of text.matchAll(pattern)) {
    const raw = m[0];
    const trimmed = raw.trim();
    if (trimmed.length === 0 || !/\p{L}/u.test(trimmed)) continue;
    out.push({ index: out.length, text: trimmed, start: m.index + raw.indexOf(trimmed) });
  }
  return out;
}
