import type { EvidenceItem } from '../model/evidence';

/** An evidence item a search found, and where: a snippet of the words around the match when it is not in the title. */
export interface EvidenceMatch {
  evidenceId: string;
  where: 'title' | 'description' | 'note' | 'address' | 'file name' | 'file text';
  snippet?: string;
}

const SNIPPET_SIDE = 60;

/** Lower case without accents, so "Sante" finds "Santé". */
const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The words of a query, folded; quotes and punctuation at their ends dropped. */
export const queryWords = (query: string): string[] =>
  fold(query)
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, 20);

/**
 * The words around the first place `word` appears in `text`: about 60 characters each side,
 * whitespace made single, cut at word boundaries, with "…" where it was cut.
 */
export function snippetAround(text: string, word: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Folding keeps lengths for Latin text, so an index in the folded text is one in the original.
  const folded = fold(flat);
  const at = folded.length === flat.length ? folded.indexOf(word) : flat.toLowerCase().indexOf(word);
  if (at < 0) return undefined;
  let start = Math.max(0, at - SNIPPET_SIDE);
  let end = Math.min(flat.length, at + word.length + SNIPPET_SIDE);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > at ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

/**
 * The evidence that holds every word of the query, in its title, description, note, address,
 * file name or the words read from its file (`fileText`, by SHA-256), in the order given. Each
 * match says where its first word was found, with a snippet unless that is the title.
 */
export function searchEvidence(items: readonly EvidenceItem[], fileText: (sha256: string) => string | undefined, query: string): EvidenceMatch[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const matches: EvidenceMatch[] = [];
  for (const item of items) {
    const fields: [EvidenceMatch['where'], string][] = [
      ['title', item.title],
      ['description', item.description],
      ...(item.kind === 'note' ? [['note', item.note] as [EvidenceMatch['where'], string]] : []),
      ...(item.kind === 'link' ? [['address', item.url] as [EvidenceMatch['where'], string]] : []),
      ...(item.kind === 'file' ? [['file name', item.file.originalName] as [EvidenceMatch['where'], string], ['file text', fileText(item.file.sha256) ?? ''] as [EvidenceMatch['where'], string]] : []),
    ];
    const folded = fields.map(([, text]) => fold(text));
    if (!words.every((w) => folded.some((f) => f.includes(w)))) continue;
    const index = folded.findIndex((f) => f.includes(words[0]!));
    const [where, text] = fields[index]!;
    const snippet = where === 'title' ? undefined : snippetAround(text, words[0]!);
    matches.push({ evidenceId: item.id, where, ...(snippet ? { snippet } : {}) });
  }
  return matches;
}
