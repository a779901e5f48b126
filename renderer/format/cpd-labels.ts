import { cpdCategorySchemes } from '../../core/cpd/categories';
import { formatUkDate } from '../../core/format/uk-date';
import type { CpdRecord } from '../../core/model/cpd-record';

/** Every category of every scheme, for pickers and filters; ids are unique across schemes. */
export const categoryOptions = cpdCategorySchemes.flatMap((scheme) =>
  scheme.categories.map((c) => ({ id: c.id, label: c.code ? `${c.label} (${scheme.body} ${c.code})` : c.label, short: c.label })),
);

/** The label of a category id; an id no scheme knows (from an import, say) is shown as words. */
export function categoryLabel(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const known = categoryOptions.find((c) => c.id === id)?.short;
  if (known) return known;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('en-GB') + words.slice(1);
}

/** "25/03/2025" or "25/03/2025 to 27/03/2025". */
export function recordDates(record: Pick<CpdRecord, 'startDate' | 'endDate'>): string {
  return record.endDate && record.endDate !== record.startDate
    ? `${formatUkDate(record.startDate)} to ${formatUkDate(record.endDate)}`
    : formatUkDate(record.startDate);
}

export function hoursLabel(hours: number): string {
  const text = Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '');
  return `${text} ${hours === 1 ? 'hour' : 'hours'}`;
}
