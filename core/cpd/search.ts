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

const comparators: Record<CpdSort, (a: CpdRecord, b: CpdRecord) => number> = {
  'date-desc': (a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title, 'en-GB'),
  'date-asc': (a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, 'en-GB'),
  title: (a, b) => a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base' }) || b.startDate.localeCompare(a.startDate),
  'hours-desc': (a, b) => b.hours - a.hours || b.startDate.localeCompare(a.startDate),
};

/** The records that match every filter, in the chosen order. Pure: never changes its input. */
export function searchCpd(records: readonly CpdRecord[], filter: CpdFilter, sort: CpdSort = 'date-desc'): CpdRecord[] {
  const words = (filter.text ?? '').toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const tag = filter.tag?.toLocaleLowerCase('en-GB');
  const matches = records.filter((record) => {
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
  return matches.sort(comparators[sort]);
}

/** Every tag used in the records, sorted, for the tag filter. */
export function tagsInUse(records: readonly CpdRecord[]): string[] {
  const tags = new Map<string, string>();
  for (const record of records) for (const tag of record.tags) tags.set(tag.toLocaleLowerCase('en-GB'), tag);
  return [...tags.values()].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
}

/** Every criterion the records are mapped to, as "frameworkId:code", sorted. */
export function criteriaInUse(records: readonly CpdRecord[]): string[] {
  const set = new Set<string>();
  for (const record of records) for (const m of record.mappings) set.add(`${m.frameworkId}:${m.code}`);
  return [...set].sort();
}
