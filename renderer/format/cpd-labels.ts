import { cpdCategorySchemes } from '../../core/cpd/categories';
import { formatUkDateRange } from '../../core/format/uk-date';
import type { CpdRecord } from '../../core/model/cpd-record';

/** Every category of every scheme, for pickers and filters; ids are unique across schemes. */
export const categoryOptions = cpdCategorySchemes.flatMap((scheme) =>
  scheme.categories.map((c) => ({ id: c.id, label: c.code ? `${c.label} (${scheme.body} ${c.code})` : c.label, short: c.label })),
);

/** "25/03/2025" or "25/03/2025 – 27/03/2025", as everywhere else. */
export function recordDates(record: Pick<CpdRecord, 'startDate' | 'endDate'>): string {
  return formatUkDateRange(record.startDate, record.endDate);
}

export function hoursLabel(hours: number): string {
  const text = Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '');
  return `${text} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** How each way of counting a CPD year is named, wherever the user chooses it. */
export const cpdYearOptions: readonly { id: 'calendar' | 'academic' | 'membership'; label: string }[] = [
  { id: 'calendar', label: 'The calendar year (January to December)' },
  { id: 'academic', label: 'The academic year (August to July)' },
  { id: 'membership', label: 'My membership year' },
];
