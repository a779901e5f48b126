import type { z } from 'zod';
import { reflectionModels } from '../cpd/reflection-models';
import { CpdRecordInput } from '../model/cpd-record';
import { type Cell, cellText, isBlankCell } from './cells';
import { FIELD_LABELS, type ImportField } from './columns';
import { parseImportDate } from './dates';
import { parseImportHours } from './hours';

/** A CPD record as the importer produces it: already through CpdRecordInput, ready to be stamped. */
export type ImportedCpd = z.output<typeof CpdRecordInput>;

/** Free text from a spreadsheet goes to the free-text reflection model's one prompt. */
const FREE_MODEL = reflectionModels.free;
const FREE_PROMPT_ID = FREE_MODEL.prompts[0]!.id;

export type RowResult =
  | { row: number; ok: true; record: ImportedCpd }
  | { row: number; ok: false; reason: string };

/** Where CpdRecordInput's own fields come from, for naming a schema complaint in the user's terms. */
const SCHEMA_FIELD_LABELS: Record<string, string> = {
  title: FIELD_LABELS.title,
  startDate: FIELD_LABELS.date,
  endDate: FIELD_LABELS.endDate,
  hours: FIELD_LABELS.hours,
  category: FIELD_LABELS.category,
  description: FIELD_LABELS.description,
  reflection: FIELD_LABELS.reflection,
  outcomes: FIELD_LABELS.outcomes,
  tags: FIELD_LABELS.tags,
};

const splitTags = (text: string) => [...new Set(text.split(/[,;|]/).map((t) => t.trim()).filter((t) => t !== ''))];

/**
 * What a category cell becomes: an id, null for "uncategorised" by the user's choice, or undefined
 * where nothing could place it (the row is kept uncategorised and the value is reported).
 */
export type CategoryFor = (text: string) => string | null | undefined;

/**
 * One spreadsheet row → a CPD record, or every reason it cannot be one. rowNumber is the row as the
 * user sees it in their spreadsheet (the header is row 1). A category that cannot be placed never
 * costs the row: it is kept, uncategorised, with the word as written among its tags.
 */
export function normaliseRow(cells: readonly Cell[], columnIndex: Partial<Record<ImportField, number>>, rowNumber: number, categoryFor: CategoryFor): RowResult {
  const cell = (field: ImportField): Cell => {
    const index = columnIndex[field];
    return index === undefined ? null : (cells[index] ?? null);
  };
  const text = (field: ImportField) => cellText(cell(field));
  const problems: string[] = [];

  const date = parseImportDate(cell('date'));
  if (!date.ok) problems.push(`Date: ${date.reason}`);
  let endDate: string | undefined;
  if (!isBlankCell(cell('endDate'))) {
    const parsed = parseImportDate(cell('endDate'));
    if (parsed.ok) endDate = parsed.value;
    else problems.push(`End date: ${parsed.reason}`);
  }
  const hours = parseImportHours(cell('hours'));
  if (!hours.ok) problems.push(`Hours: ${hours.reason}`);
  const categoryText = text('category');
  const category = categoryText === '' ? null : categoryFor(categoryText);
  const tags = splitTags(text('tags'));
  // The word as the user wrote it stays with the record when no category could be chosen for it.
  if (category === undefined && categoryText.length <= 60 && tags.length < 50 && !tags.includes(categoryText)) tags.push(categoryText);
  if (text('title') === '') problems.push('Title: the title is empty.');
  if (problems.length > 0 || !date.ok || !hours.ok) return { row: rowNumber, ok: false, reason: problems.join(' ') };

  const reflectionText = text('reflection');
  const parsed = CpdRecordInput.safeParse({
    title: text('title'),
    startDate: date.value,
    ...(endDate === undefined ? {} : { endDate }),
    hours: hours.value,
    ...(category ? { category } : {}),
    description: text('description'),
    outcomes: text('outcomes'),
    tags,
    ...(reflectionText === ''
      ? {}
      : { reflection: { model: FREE_MODEL.id, answers: { [FREE_PROMPT_ID]: reflectionText } } }),
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
