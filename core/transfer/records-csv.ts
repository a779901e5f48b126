import { scienceCouncilCategories } from '../cpd/categories';
import { formatUkDate } from '../format/uk-date';
import type { CpdRecord } from '../model/cpd-record';
import type { TrainingRecord } from '../model/training';
import { toExcelCsv } from './csv-format';

const categoryLabels = new Map(scienceCouncilCategories.categories.map((c) => [c.id, c.label]));
/** The scheme's label where the id is a Science Council one ("Formal / educational"), which the importer reads back. */
const categoryName = (id: string | undefined) => (id === undefined ? '' : (categoryLabels.get(id) ?? id));
const ukDate = (iso: string | undefined) => (iso ? formatUkDate(iso) : '');
const reflectionText = (r: CpdRecord) => Object.values(r.reflection.answers).filter((a) => a.trim() !== '').join('\n\n');

/** The CPD log as a spreadsheet, oldest first, with headers the importer recognises. */
export function cpdCsv(records: readonly CpdRecord[]): string {
  const header = ['Date', 'End date', 'Title', 'Hours', 'Points', 'Category', 'Description', 'Reflection', 'Outcomes', 'Tags', 'Status'];
  const rows = [...records]
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((r) => [
      ukDate(r.startDate),
      ukDate(r.endDate),
      r.title,
      String(r.hours),
      r.points === undefined ? '' : String(r.points),
      categoryName(r.category),
      r.description,
      reflectionText(r),
      r.outcomes,
      r.tags.join(', '),
      r.status,
    ]);
  return toExcelCsv(header, rows);
}

/** Training records as a spreadsheet, by completion date. */
export function trainingCsv(records: readonly TrainingRecord[]): string {
  const header = ['Course', 'Provider', 'Kind', 'Completed', 'Expires', 'Renewal (months)', 'Notes'];
  const rows = [...records]
    .sort((a, b) => a.completedDate.localeCompare(b.completedDate))
    .map((r) => [r.course, r.provider, r.kind, ukDate(r.completedDate), ukDate(r.expiryDate), r.renewalMonths === undefined ? '' : String(r.renewalMonths), r.notes]);
  return toExcelCsv(header, rows);
}
