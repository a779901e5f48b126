import { z } from 'zod';

/** What a spreadsheet holds: CPD activities, or completed training (a learning system's or HR export). */
export const ImportKind = z.enum(['cpd', 'training']);
export type ImportKind = z.infer<typeof ImportKind>;

/** The parts of a CPD or training record a spreadsheet column can fill. */
export const ImportField = z.enum([
  'date', 'endDate', 'title', 'hours', 'category', 'description', 'reflection', 'outcomes', 'tags',
  'course', 'provider', 'completedDate', 'expiryDate', 'renewalMonths', 'kind', 'notes',
]);
export type ImportField = z.infer<typeof ImportField>;

export const FIELDS_BY_KIND: Record<ImportKind, readonly ImportField[]> = {
  cpd: ['date', 'endDate', 'title', 'hours', 'category', 'description', 'reflection', 'outcomes', 'tags'],
  training: ['course', 'provider', 'completedDate', 'expiryDate', 'renewalMonths', 'kind', 'notes'],
};

export const REQUIRED_BY_KIND: Record<ImportKind, readonly ImportField[]> = {
  cpd: ['date', 'title', 'hours'],
  training: ['course', 'completedDate'],
};

/** Kept for callers that only import CPD. */
export const REQUIRED_FIELDS = REQUIRED_BY_KIND.cpd;

/**
 * Which column (by its header name) fills which field. null is an explicit "not imported": it
 * survives JSON, where a field set to undefined would vanish and fall back to the guess. Fields
 * left out keep the guessed column.
 */
export const ColumnMapping = z.partialRecord(ImportField, z.string().max(200).nullable());
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const FIELD_LABELS: Record<ImportField, string> = {
  date: 'Date',
  endDate: 'End date',
  title: 'Title',
  hours: 'Hours',
  category: 'Category',
  description: 'Description',
  reflection: 'Reflection',
  outcomes: 'Outcomes',
  tags: 'Tags',
  course: 'Course',
  provider: 'Provider',
  completedDate: 'Completed',
  expiryDate: 'Expiry date',
  renewalMonths: 'Renewal (months)',
  kind: 'Kind',
  notes: 'Notes',
};

/** Header names people use, squeezed to lower-case letters only; the first field to claim a header wins. */
const HEADER_ALIASES: Record<ImportField, string[]> = {
  date: ['date', 'startdate', 'datestarted', 'activitydate', 'dateofactivity', 'datecompleted', 'when', 'from'],
  endDate: ['enddate', 'datefinished', 'dateended', 'finishdate', 'to', 'until'],
  category: ['category', 'type', 'activitytype', 'typeofactivity', 'cpdtype', 'cpdcategory', 'learningtype'],
  title: ['title', 'activity', 'activitytitle', 'activityname', 'name', 'event', 'course', 'cpdactivity', 'what'],
  hours: ['hours', 'duration', 'time', 'hoursspent', 'timespent', 'cpdhours', 'length', 'hrs'],
  reflection: ['reflection', 'reflections', 'whatilearned', 'whatilearnt', 'learning', 'reflectivenotes', 'learningpoints'],
  description: ['description', 'notes', 'note', 'details', 'summary', 'comments', 'comment'],
  outcomes: ['outcomes', 'outcome', 'impact', 'benefit', 'benefits'],
  tags: ['tags', 'tag', 'keywords', 'labels'],
  // Learning-system and HR exports: "Course title", "Completion date", "Valid until", "Training type".
  course: ['course', 'coursename', 'coursetitle', 'training', 'trainingname', 'trainingtitle', 'module', 'learningitem', 'item', 'title', 'name', 'activity'],
  provider: ['provider', 'trainingprovider', 'trainer', 'deliveredby', 'supplier', 'vendor', 'organisation', 'organization'],
  completedDate: ['completed', 'completeddate', 'datecompleted', 'completiondate', 'completedon', 'dateattended', 'attended', 'passed', 'date'],
  expiryDate: ['expiry', 'expires', 'expirydate', 'expirationdate', 'expireson', 'validuntil', 'renewaldate', 'renewby', 'duedate', 'nextdue'],
  renewalMonths: ['renewalmonths', 'renewal', 'renewalperiod', 'validity', 'validitymonths', 'validfor', 'refresher', 'refresherperiod', 'renewevery', 'frequency'],
  kind: ['kind', 'type', 'trainingtype', 'coursetype', 'category', 'trainingcategory'],
  notes: ['notes', 'note', 'comments', 'comment', 'description', 'details'],
};

const squeeze = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '');

/**
 * A first guess at the mapping from the header names; the user can change any of it. Exact names
 * first ("Activity type" is a category, not a title), then names containing a known one.
 */
export function guessMapping(headers: readonly string[], kind: ImportKind = 'cpd'): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  const fields = FIELDS_BY_KIND[kind];
  const claim = (matches: (key: string, alias: string) => boolean) => {
    for (const field of fields) {
      if (mapping[field] !== undefined) continue;
      const header = headers.find((h) => !taken.has(h) && HEADER_ALIASES[field].some((alias) => matches(squeeze(h), alias)));
      if (header !== undefined) {
        mapping[field] = header;
        taken.add(header);
      }
    }
  };
  claim((key, alias) => key === alias);
  claim((key, alias) => alias.length >= 4 && key.includes(alias));
  return mapping;
}

/**
 * The mapping an import uses: for every field of the kind, the user's choice where they made one
 * (null meaning "not imported"), otherwise the guess; unmapped fields are null, so handing the
 * result back keeps every choice as it is.
 */
export function resolveMapping(kind: ImportKind, guessed: ColumnMapping, ...chosen: (ColumnMapping | undefined)[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of FIELDS_BY_KIND[kind]) {
    let header = guessed[field] ?? null;
    for (const choice of chosen) if (choice && Object.hasOwn(choice, field) && choice[field] !== undefined) header = choice[field] ?? null;
    mapping[field] = header;
  }
  return mapping;
}

/** Header names made unique and non-empty, so a mapping can name any column unambiguously. */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((name, i) => {
    const base = name.trim() || `Column ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

export type MappingCheck = { ok: true } | { ok: false; message: string };

/** Every mapped column exists, and the fields a record cannot do without are mapped. */
export function checkMapping(mapping: ColumnMapping, headers: readonly string[], kind: ImportKind = 'cpd'): MappingCheck {
  for (const [field, header] of Object.entries(mapping) as [ImportField, string | null][]) {
    if (header !== null && !headers.includes(header)) {
      return { ok: false, message: `There is no column named "${header}" for ${FIELD_LABELS[field]}. The columns are: ${headers.join(', ')}.` };
    }
  }
  const missing = REQUIRED_BY_KIND[kind].filter((f) => mapping[f] === undefined || mapping[f] === null);
  if (missing.length > 0) {
    const names = missing.map((f) => FIELD_LABELS[f]).join(', ');
    return { ok: false, message: `Choose the column that holds: ${names}. The columns are: ${headers.join(', ')}.` };
  }
  return { ok: true };
}

/**
 * The command line's mapping: "date=Date,title=Activity,hours=Duration"; "category=" leaves the
 * category out even where a column was guessed. Fields not named keep their guessed column.
 */
export function parseMappingSpec(spec: string): { ok: true; value: ColumnMapping } | { ok: false; message: string } {
  const mapping: ColumnMapping = {};
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const field = ImportField.safeParse(eq < 0 ? part.trim() : part.slice(0, eq).trim());
    if (!field.success) {
      return { ok: false, message: `"${part.trim()}" names no field we know. Fields: ${ImportField.options.join(', ')}.` };
    }
    if (eq < 0) return { ok: false, message: `Give a column name after "${field.data}=", such as ${field.data}=${FIELD_LABELS[field.data]}, or "${field.data}=" to leave it out.` };
    const header = part.slice(eq + 1).trim();
    mapping[field.data] = header === '' ? null : header;
  }
  return { ok: true, value: mapping };
}
