import { z } from 'zod';
import { placeCategory, resolveCategoryTarget, schemeOfValues } from './categories';
import { type Cell, cellText } from './cells';
import type { ImportKind } from './columns';

/** The columns whose values are mapped one by one: a CPD log's category, a training export's kind. */
export const ValueField = z.enum(['category', 'kind']);
export type ValueField = z.infer<typeof ValueField>;

export const valueFieldOf = (kind: ImportKind): ValueField => (kind === 'cpd' ? 'category' : 'kind');

/**
 * The user's choice for each distinct value, keyed by the value as it appears (case and spacing do
 * not matter): a category id or label, a training kind, or null for "leave it empty".
 */
export const ValueMapping = z.partialRecord(ValueField, z.record(z.string().max(200), z.string().trim().max(60).nullable()));
export type ValueMapping = z.infer<typeof ValueMapping>;

/** One distinct value found in the file and what it becomes. */
export interface ValueChoice {
  value: string;
  /** How many rows hold it. */
  rows: number;
  /** A category id or kind; null leaves the record without one. */
  target: string | null;
  /** What it would become without a choice; null where nothing could place it. */
  guessed: string | null;
  /** Whether the user (now or on an earlier import of the same file) chose the target. */
  chosen: boolean;
}

export const foldValue = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

const MAX_KIND = 60;

export type ValuePlan = { ok: true; choices: ValueChoice[]; lookup: (text: string) => ValueChoice | undefined } | { ok: false; message: string };

/**
 * Every distinct value in the column, its guess, and the user's choices over the guess (earlier
 * choices first, then this request's). A remembered choice that no longer reads is dropped; one
 * made now that names no category is refused, so a typo never files rows in the wrong place.
 */
export function planValues(field: ValueField, cells: readonly Cell[], remembered: Record<string, string | null> = {}, chosen: Record<string, string | null> = {}): ValuePlan {
  const found = new Map<string, { value: string; rows: number }>();
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    const key = foldValue(text);
    const entry = found.get(key);
    if (entry) entry.rows += 1;
    else found.set(key, { value: text, rows: 1 });
  }
  const scheme = field === 'category' ? schemeOfValues([...found.values()].map((v) => v.value)) : '';
  const guess = (value: string) => (field === 'category' ? (placeCategory(value, scheme) ?? null) : value.length <= MAX_KIND ? value : null);
  // A target by id or label for categories; kinds are free text.
  const read = (target: string | null): { ok: true; value: string | null } | { ok: false } => {
    if (target === null || target.trim() === '') return { ok: true, value: null };
    if (field === 'kind') return { ok: true, value: target.trim() };
    const id = resolveCategoryTarget(target);
    return id === undefined ? { ok: false } : { ok: true, value: id };
  };

  const choices = new Map<string, string | null>();
  for (const [value, target] of Object.entries(remembered)) {
    const r = read(target);
    if (r.ok) choices.set(foldValue(value), r.value);
  }
  for (const [value, target] of Object.entries(chosen)) {
    const r = read(target);
    if (!r.ok) return { ok: false, message: `"${target}" is not a category we know (chosen for "${value}"); use a category's name or id, or leave it uncategorised.` };
    choices.set(foldValue(value), r.value);
  }

  const list: ValueChoice[] = [...found.entries()].map(([key, { value, rows }]) => {
    const guessed = guess(value);
    const choice = choices.has(key);
    return { value, rows, guessed, target: choice ? (choices.get(key) ?? null) : guessed, chosen: choice };
  });
  const byKey = new Map(list.map((c) => [foldValue(c.value), c]));
  return { ok: true, choices: list, lookup: (text) => byKey.get(foldValue(text)) };
}

/** The choices worth remembering for the next import of the same file: only those the user made. */
export function chosenValues(choices: readonly ValueChoice[]): Record<string, string | null> {
  return Object.fromEntries(choices.filter((c) => c.chosen).map((c) => [c.value, c.target]));
}

/**
 * The command line's value choices: "category=Course:formal,Seminar:Formal / educational,Fun:"
 * (an empty target leaves the value uncategorised). A part naming a field starts that field's list.
 */
export function parseValuesSpec(spec: string): { ok: true; value: ValueMapping } | { ok: false; message: string } {
  const mapping: ValueMapping = {};
  let field: ValueField | undefined;
  for (const raw of spec.split(',')) {
    let part = raw.trim();
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq >= 0) {
      const named = ValueField.safeParse(part.slice(0, eq).trim());
      if (!named.success) return { ok: false, message: `"${part.slice(0, eq).trim()}" is not a column whose values can be chosen; use ${ValueField.options.join(' or ')}.` };
      field = named.data;
      part = part.slice(eq + 1).trim();
    }
    if (field === undefined) return { ok: false, message: `Start with the column, such as category=Course:formal.` };
    const colon = part.lastIndexOf(':');
    if (colon <= 0) return { ok: false, message: `"${part}" needs a value and what it becomes, such as Course:formal.` };
    const target = part.slice(colon + 1).trim();
    (mapping[field] ??= {})[part.slice(0, colon).trim()] = target === '' ? null : target;
  }
  return { ok: true, value: mapping };
}
