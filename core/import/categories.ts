import { scienceCouncilCategories } from '../cpd/categories';
import type { Parsed } from './dates';

/**
 * Names people give the Science Council's five activity types in their own logs, squeezed to
 * lower-case letters only. Each scheme label is accepted too.
 */
const ALIASES: Record<string, string[]> = {
  'work-based': ['workbased', 'workbasedlearning', 'work', 'worklearning', 'onthejob', 'onthejoblearning', 'workplacelearning', 'workplace'],
  professional: ['professional', 'professionalactivity', 'professionalactivities', 'professionaldevelopment', 'professionalbody'],
  formal: ['formal', 'formaleducational', 'formaleducation', 'formalandeducational', 'formallearning', 'educational', 'education', 'formaltraining'],
  'self-directed': ['selfdirected', 'selfdirectedlearning', 'selfstudy', 'selflearning', 'selfled', 'independentlearning', 'privatestudy'],
  other: ['other', 'others', 'misc', 'miscellaneous'],
};

const squeeze = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '');

/** Edit distance, for typos such as "Self-direced"; names here are short, so the table is small. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const entries: [string, string[]][] = scienceCouncilCategories.categories.map((c) => [c.id, [squeeze(c.id), squeeze(c.label), ...(ALIASES[c.id] ?? [])]]);

/**
 * A category as written in a spreadsheet ("Work based learning", "Formal/Educational",
 * "Self directed") → a Science Council id. Empty means no category.
 */
export function parseImportCategory(text: string): Parsed<string | undefined> {
  const key = squeeze(text);
  if (key === '') return { ok: true, value: undefined };
  for (const [id, aliases] of entries) if (aliases.includes(key)) return { ok: true, value: id };
  // "Professional activity (conference)", "Self-directed reading": a known name followed by detail.
  for (const [id, aliases] of entries) if (aliases.some((alias) => alias.length >= 5 && key.startsWith(alias))) return { ok: true, value: id };
  for (const [id, aliases] of entries) if (aliases.some((alias) => alias.length >= 8 && distance(key, alias) <= 2)) return { ok: true, value: id };
  const names = scienceCouncilCategories.categories.map((c) => c.label).join(', ');
  return { ok: false, reason: `Category "${text.trim()}" is not one we know; use one of: ${names}.` };
}
