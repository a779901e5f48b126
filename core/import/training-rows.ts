import type { z } from 'zod';
import { TrainingRecordInput } from '../model/training';
import { type Cell, cellText, isBlankCell } from './cells';
import { FIELD_LABELS, type ImportField } from './columns';
import { type Parsed, parseImportDate } from './dates';

/** A training record as the importer produces it: already through TrainingRecordInput. */
export type ImportedTraining = z.output<typeof TrainingRecordInput>;

export type TrainingRowResult = { row: number; ok: true; record: ImportedTraining } | { row: number; ok: false; reason: string };

/** What a kind cell becomes: the kind to store, or null to leave it empty. */
export type KindFor = (text: string) => string | null;

const SCHEMA_FIELD_LABELS: Record<string, string> = {
  course: FIELD_LABELS.course,
  provider: FIELD_LABELS.provider,
  completedDate: FIELD_LABELS.completedDate,
  expiryDate: FIELD_LABELS.expiryDate,
  renewalMonths: FIELD_LABELS.renewalMonths,
  kind: FIELD_LABELS.kind,
  notes: FIELD_LABELS.notes,
};

const RENEWAL = /^(\d{1,3})\s*(m|mo|mos|mth|mths|month|months|y|yr|yrs|year|years)?\.?$/;

/** How often training is renewed as exports write it: 12, "12 months", "3 years", "1 yr". */
export function parseRenewalMonths(cell: Cell): Parsed<number> {
  const text = cellText(cell).toLowerCase();
  const m = RENEWAL.exec(text);
  const months = m ? Number(m[1]) * (m[2]?.startsWith('y') ? 12 : 1) : Number.NaN;
  if (!Number.isInteger(months) || months < 1 || months > 240) {
    return { ok: false, reason: `"${cellText(cell)}" is not a renewal period; write months (12) or years (3 years), up to 20 years.` };
  }
  return { ok: true, value: months };
}

/** One row of a learning-system or HR export → a training record, or every reason it cannot be one. */
export function normaliseTrainingRow(cells: readonly Cell[], columnIndex: Partial<Record<ImportField, number>>, rowNumber: number, kindFor: KindFor): TrainingRowResult {
  const cell = (field: ImportField): Cell => {
    const index = columnIndex[field];
    return index === undefined ? null : (cells[index] ?? null);
  };
  const text = (field: ImportField) => cellText(cell(field));
  const problems: string[] = [];

  if (text('course') === '') problems.push('Course: the course name is empty.');
  const completed = parseImportDate(cell('completedDate'));
  if (!completed.ok) problems.push(`Completed: ${completed.reason}`);
  let expiryDate: string | undefined;
  if (!isBlankCell(cell('expiryDate'))) {
    const parsed = parseImportDate(cell('expiryDate'));
    if (parsed.ok) expiryDate = parsed.value;
    else problems.push(`Expiry date: ${parsed.reason}`);
  }
  let renewalMonths: number | undefined;
  if (!isBlankCell(cell('renewalMonths'))) {
    const parsed = parseRenewalMonths(cell('renewalMonths'));
    if (parsed.ok) renewalMonths = parsed.value;
    else problems.push(`Renewal: ${parsed.reason}`);
  }
  if (problems.length > 0 || !completed.ok) return { row: rowNumber, ok: false, reason: problems.join(' ') };

  const kindText = text('kind');
  const kind = kindText === '' ? null : kindFor(kindText);
  const parsed = TrainingRecordInput.safeParse({
    course: text('course'),
    provider: text('provider'),
    completedDate: completed.value,
    ...(expiryDate === undefined ? {} : { expiryDate }),
    ...(renewalMonths === undefined ? {} : { renewalMonths }),
    ...(kind ? { kind } : {}),
    notes: text('notes'),
  });
  if (parsed.success) return { row: rowNumber, ok: true, record: parsed.data };
  const reason = parsed.error.issues
    .map((issue) => {
      const field = SCHEMA_FIELD_LABELS[String(issue.path[0])];
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join(' ');
  return { row: rowNumber, ok: false, reason };
}
