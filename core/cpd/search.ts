import type { CpdRecord } from '../model/cpd-record';

/** What the CPD log can narrow the records by. Empty fields do not filter. */
export type CpdFilter = {
  /** Words to find anywhere in the record's text; every word must appear (any order, any case). */
  text?: string;
  /** Records that overlap this period (YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
  category?: string;
  tag?: string;
  /** A criterion as "frameworkId:code", or a whole framework as "frameworkId". */
  criterion?: string;
  status?: 'draft' | 'complete';
};

export type CpdSort = 'date-desc' | 'date-asc' | 'title' | 'hours-desc';

// One lower-cased text per record, built once: searching 5,000 records per keystroke then costs
// one indexOf per word per record.
const haystacks = new WeakMap<CpdRecord, string>();

function haystackOf(record: CpdRecord): string {
  let text = haystacks.get(record);
  if (text === undefined) {
    text = [
      record.title,
      record.description,
      record.outcomes,
      record.category ?? '',
      ...record.tags,
      ...Object.values(record.reflection.answers),
      ...record.mappings.flatMap((m) => [m.code, m.note]),
    ]
      .join('\n')
      .toLocaleLowerCase('en-GB');
    haystacks.set(record, text);
  }
  return text;
}

/**
 * Builds the search text of every record ahead of the first search (the log does it when the page
 * is idle), so the first keystroke does not pay for 5,000 of them at once.
 */
export function prepareCpdSearch(records: readonly CpdRecord[]): void {
  for (const record of records) haystackOf(record);
}

function matchesCriterion(record: CpdRecord, criterion: string): boolean {
  const [frameworkId, code] = criterion.split(':');
  return record.mappings.some((m) => m.frameworkId === frameworkId && (code === undefined || m.code === code));
}

function overlaps(record: CpdRecord, from: string | undefined, to: string | undefined): boolean {
  const end = record.endDate ?? record.startDate;
  if (from && end < from) return false;
  if (to && record.startDate > to) return false;
  return true;
}

// One collator each, made once: localeCompare with a locale builds one per call, which made
// sorting 5,000 records a visible part of opening the log.
const byTitle = new Intl.Collator('en-GB').compare;
const byTitleLoosely = new Intl.Collator('en-GB', { sensitivity: 'base' }).compare;
// ISO dates sort as plain strings.
const byDate = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const comparators: Record<CpdSort, (a: CpdRecord, b: CpdRecord) => number> = {
  'date-desc': (a, b) => byDate(b.startDate, a.startDate) || byTitle(a.title, b.title),
  'date-asc': (a, b) => byDate(a.startDate, b.startDate) || byTitle(a.title, b.title),
  title: (a, b) => byTitleLoosely(a.title, b.title) || byDate(b.startDate, a.startDate),
  'hours-desc': (a, b) => b.hours - a.hours || byDate(b.startDate, a.startDate),
};

const wordsOf = (text: string | undefined): string[] => (text ?? '').toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);

function matching(records: readonly CpdRecord[], filter: CpdFilter): CpdRecord[] {
  const words = wordsOf(filter.text);
  const tag = filter.tag?.toLocaleLowerCase('en-GB');
  return records.filter((record) => {
    if (filter.status && record.status !== filter.status) return false;
    if (filter.category && record.category !== filter.category) return false;
    if (tag && !record.tags.some((t) => t.toLocaleLowerCase('en-GB') === tag)) return false;
    if (filter.criterion && !matchesCriterion(record, filter.criterion)) return false;
    if (!overlaps(record, filter.from, filter.to)) return false;
    if (words.length > 0) {
      const text = haystackOf(record);
      return words.every((word) => text.includes(word));
    }
    return true;
  });
}

/** The records that match every filter, in the chosen order. Pure: never changes its input. */
export function searchCpd(records: readonly CpdRecord[], filter: CpdFilter, sort: CpdSort = 'date-desc'): CpdRecord[] {
  return matching(records, filter).sort(comparators[sort]);
}

/**
 * The first `count` records in the log's default order (newest first), as searchCpd with no
 * filter would list them, without sorting the rest: one pass keeping the best `count`.
 */
export function newestCpd(records: readonly CpdRecord[], count: number): CpdRecord[] {
  const compare = comparators['date-desc'];
  const best: CpdRecord[] = [];
  for (const record of records) {
    if (best.length === count && compare(record, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(record, best[at - 1]!) < 0) at--;
    best.splice(at, 0, record);
    if (best.length > count) best.pop();
  }
  return best;
}

const NARROWING_FIELDS = ['from', 'to', 'category', 'tag', 'criterion', 'status'] as const;

/**
 * True when every record that matches `next` also matches `previous`: the same other filters, and
 * each earlier search word inside one of the new words (as when typing on, or adding a word).
 */
export function narrows(previous: CpdFilter, next: CpdFilter): boolean {
  if (NARROWING_FIELDS.some((field) => (previous[field] || undefined) !== (next[field] || undefined))) return false;
  const nextWords = wordsOf(next.text);
  return wordsOf(previous.text).every((word) => nextWords.some((nextWord) => nextWord.includes(word)));
}

/**
 * searchCpd for search as you type, with the same results. It sorts the records once per order
 * and filters that list (filtering keeps the order, and the sort is stable); and when the next
 * filter only narrows the last one, it filters the last matches instead of every record.
 */
export function cpdSearcher(): (records: readonly CpdRecord[], filter: CpdFilter, sort?: CpdSort) => CpdRecord[] {
  let sorted: { records: readonly CpdRecord[]; bySort: Map<CpdSort, CpdRecord[]> } | undefined;
  let last: { records: readonly CpdRecord[]; filter: CpdFilter; sort: CpdSort; matches: CpdRecord[] } | undefined;
  return (records, filter, sort = 'date-desc') => {
    if (sorted?.records !== records) sorted = { records, bySort: new Map() };
    let from = last && last.records === records && last.sort === sort && narrows(last.filter, filter) ? last.matches : sorted.bySort.get(sort);
    if (!from) {
      from = [...records].sort(comparators[sort]);
      sorted.bySort.set(sort, from);
    }
    const matches = matching(from, filter);
    last = { records, filter, sort, matches };
    return matches;
  };
}

/** Every tag used in the records, sorted, for the tag filter. */
export function tagsInUse(records: readonly CpdRecord[]): string[] {
  const tags = new Map<string, string>();
  // Each distinct spelling is lower-cased once: 5,000 records repeat a few dozen tags, and a
  // locale-aware lower-casing per use was a visible part of opening the log.
  const lowered = new Map<string, string>();
  for (const record of records) {
    for (const tag of record.tags) {
      let key = lowered.get(tag);
      if (key === undefined) lowered.set(tag, (key = tag.toLocaleLowerCase('en-GB')));
      tags.set(key, tag);
    }
  }
  return [...tags.values()].sort(byTitleLoosely);
}

/** Every criterion the records are mapped to, as "frameworkId:code", sorted. */
export function criteriaInUse(records: readonly CpdRecord[]): string[] {
  const set = new Set<string>();
  for (const record of records) for (const m of record.mappings) set.add(`${m.frameworkId}:${m.code}`);
  return [...set].sort();
}
