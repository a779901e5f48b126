import { z } from 'zod';

/** The parts of a CPD record a spreadsheet column can fill. */
export const ImportField = z.enum(['date', 'endDate', 'title', 'hours', 'category', 'description', 'reflection', 'outcomes', 'tags']);
export type ImportField = z.infer<typeof ImportField>;

export const REQUIRED_FIELDS: readonly ImportField[] = ['date', 'title', 'hours'];

/** Which column (by its header name) fills which field; fields left out stay empty. */
export const ColumnMapping = z.partialRecord(ImportField, z.string().max(200));
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
};

const squeeze = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '');

/**
 * A first guess at the mapping from the header names; the user can change any of it. Exact names
 * first ("Activity type" is a category, not a title), then names containing a known one.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  const fields = ImportField.options;
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
export function checkMapping(mapping: ColumnMapping, headers: readonly string[]): MappingCheck {
  for (const [field, header] of Object.entries(mapping) as [ImportField, string][]) {
    if (!headers.includes(header)) {
      return { ok: false, message: `There is no column named "${header}" for ${FIELD_LABELS[field]}. The columns are: ${headers.join(', ')}.` };
    }
  }
  const missing = REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => FIELD_LABELS[f]).join(', ');
    return { ok: false, message: `Choose the column that holds: ${names}. The columns are: ${headers.join(', ')}.` };
  }
  return { ok: true };
}

/**
 * The command line's mapping: "date=Date,title=Activity,hours=Duration". Fields not named keep
 * their guessed column.
 */
export function parseMappingSpec(spec: string): { ok: true; value: ColumnMapping } | { ok: false; message: string } {
  const mapping: ColumnMapping = {};
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const field = ImportField.safeParse(eq < 0 ? part.trim() : part.slice(0, eq).trim());
    const header = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!field.success) {
      return { ok: false, message: `"${part.trim()}" names no field we know. Fields: ${ImportField.options.join(', ')}.` };
    }
    if (header === '') return { ok: false, message: `Give a column name after "${field.data}=", such as ${field.data}=${FIELD_LABELS[field.data]}.` };
    mapping[field.data] = header;
  }
  return { ok: true, value: mapping };
}
