import { z } from 'zod';
import type { Framework, LengthLimit, LengthUnit } from '../frameworks/schema';
import { LengthKind, LengthScope, LengthUnit as LengthUnitSchema } from '../frameworks/schema';
import { countCharacters } from '../text/character-count';
import { countWords } from '../text/word-count';

/**
 * One level of length that applies to a statement: its own count, its area's, or the whole
 * report's, each against the body's figure in the body's unit. A level with no `kind` has no
 * figure: it is the statement's own word count, shown so the counter always says something.
 */
export const LengthLevel = z.object({
  scope: LengthScope,
  /** The criterion or area counted; absent for the report and a role. */
  code: z.string().optional(),
  label: z.string(),
  unit: LengthUnitSchema,
  count: z.number().int().nonnegative(),
  max: z.number().int().positive().optional(),
  min: z.number().int().positive().optional(),
  kind: LengthKind.optional(),
  /** Over a hard limit, or past the guidance's maximum. */
  over: z.boolean(),
  /** Under the figure's minimum, where it gives one. */
  under: z.boolean(),
  source: z.string().optional(),
  note: z.string(),
});
export type LengthLevel = z.infer<typeof LengthLevel>;

export const countLength = (text: string, unit: LengthUnit): number => (unit === 'words' ? countWords(text) : countCharacters(text));

/**
 * Every length figure of a framework, with the older per-criterion fields (`wordLimit`,
 * `suggestedWords`) read as criterion figures, so files written before `lengthLimits` keep working.
 */
export function lengthLimitsOf(framework: Pick<Framework, 'areas' | 'lengthLimits'>): LengthLimit[] {
  // A figure in lengthLimits (which can carry its source) wins over the same kind of figure in
  // the older fields, so a file giving both shows it once.
  const given = (code: string, kind: LengthLimit['kind']) =>
    framework.lengthLimits.some((l) => l.scope === 'criterion' && l.unit === 'words' && l.kind === kind && (l.code === undefined || l.code === code));
  const older: LengthLimit[] = framework.areas.flatMap((area) =>
    area.criteria.flatMap((c): LengthLimit[] => [
      ...(c.wordLimit !== undefined && !given(c.code, 'limit') ? [{ scope: 'criterion' as const, code: c.code, unit: 'words' as const, max: c.wordLimit, kind: 'limit' as const, note: '' }] : []),
      ...(c.suggestedWords !== undefined && !given(c.code, 'guidance')
        ? [{ scope: 'criterion' as const, code: c.code, unit: 'words' as const, max: c.suggestedWords.max, ...(c.suggestedWords.min !== undefined ? { min: c.suggestedWords.min } : {}), kind: 'guidance' as const, note: '' }]
        : []),
    ]),
  );
  return [...framework.lengthLimits, ...older];
}

const levelOf = (limit: LengthLimit | undefined, scope: LengthLevel['scope'], label: string, unit: LengthUnit, count: number, code?: string): LengthLevel => ({
  scope,
  ...(code !== undefined ? { code } : {}),
  label,
  unit,
  count,
  ...(limit ? { max: limit.max, kind: limit.kind, note: limit.note, ...(limit.min !== undefined ? { min: limit.min } : {}), ...(limit.source !== undefined ? { source: limit.source } : {}) } : { note: '' }),
  over: limit !== undefined && count > limit.max,
  under: limit?.min !== undefined && count > 0 && count < limit.min,
});

/**
 * The lengths of a framework's statements at every level that applies: given each criterion's
 * statement text (by current code), returns for one criterion its own count, its area's and the
 * report's, each against its figure. Counts are made once per statement and unit, so a screen
 * asking for every criterion stays linear.
 */
export function statementLengths(framework: Pick<Framework, 'areas' | 'lengthLimits'>, textOf: (code: string) => string): (code: string) => LengthLevel[] {
  const limits = lengthLimitsOf(framework);
  const cache = new Map<string, number>();
  const count = (code: string, unit: LengthUnit) => {
    const key = `${unit}|${code}`;
    let n = cache.get(key);
    if (n === undefined) cache.set(key, (n = countLength(textOf(code), unit)));
    return n;
  };
  // Each statement is its own field on the form, so an area's count is the sum of its statements'.
  const sum = (codes: readonly string[], unit: LengthUnit) => codes.reduce((total, code) => total + count(code, unit), 0);
  const allCodes = framework.areas.flatMap((a) => a.criteria.map((c) => c.code));

  return (code) => {
    const area = framework.areas.find((a) => a.criteria.some((c) => c.code === code));
    if (!area) return [];
    const own = limits.filter((l) => l.scope === 'criterion' && (l.code === undefined || l.code === code));
    const levels: LengthLevel[] = [];
    if (!own.some((l) => l.unit === 'words')) levels.push(levelOf(undefined, 'criterion', code, 'words', count(code, 'words'), code));
    for (const l of own) levels.push(levelOf(l, 'criterion', code, l.unit, count(code, l.unit), code));
    const areaCodes = area.criteria.map((c) => c.code);
    for (const l of limits.filter((x) => x.scope === 'area' && (x.code === undefined || x.code === area.code))) levels.push(levelOf(l, 'area', `Area ${area.code}`, l.unit, sum(areaCodes, l.unit), area.code));
    for (const l of limits.filter((x) => x.scope === 'report')) levels.push(levelOf(l, 'report', 'Report', l.unit, sum(allCodes, l.unit)));
    return levels;
  };
}

/** The figures for one job role's description in the employment history, if the body sets any. */
export function roleLengths(framework: Pick<Framework, 'areas' | 'lengthLimits'>, description: string): LengthLevel[] {
  return lengthLimitsOf(framework)
    .filter((l) => l.scope === 'role')
    .map((l) => levelOf(l, 'role', 'Role description', l.unit, countLength(description, l.unit)));
}

const figure = (n: number) => n.toLocaleString('en-GB');
const unitText = (n: number, unit: LengthUnit) => `${unit === 'words' ? (n === 1 ? 'word' : 'words') : n === 1 ? 'character' : 'characters'}`;

/**
 * "B2: 310 of 350 words (limit)", "Area B: 1,020 words (about 1,500 advised)", "B2: 12 words".
 * Without the label where the heading already names the criterion (the pack, the export).
 */
export function lengthLevelText(level: LengthLevel, withLabel = true): string {
  const n = figure(level.count);
  const label = withLabel ? `${level.label}: ` : '';
  if (level.kind === undefined || level.max === undefined) return `${label}${n} ${unitText(level.count, level.unit)}`;
  const range = level.min !== undefined && level.min !== level.max ? `${figure(level.min)}–${figure(level.max)}` : figure(level.max);
  if (level.kind === 'limit') {
    const over = level.over ? `, ${figure(level.count - level.max)} over` : level.under ? `, under the minimum of ${figure(level.min!)}` : '';
    return `${label}${n} of ${figure(level.max)} ${unitText(level.max, level.unit)} (limit${over})`;
  }
  return `${label}${n} ${unitText(level.count, level.unit)} (about ${range} advised${level.over ? ', over' : ''})`;
}

/** Every level on one line: "B2: 310 words · Area B: 1,020 of 1,500 words (limit) · Report: …". */
export const lengthLevelsText = (levels: readonly LengthLevel[]): string => levels.map((l) => lengthLevelText(l)).join(' · ');

/** The same line under a heading that already names the criterion: its own levels lose their label. */
export const lengthLevelsUnderHeading = (levels: readonly LengthLevel[]): string => levels.map((l) => lengthLevelText(l, l.scope !== 'criterion')).join(' · ');

/** Only levels that carry a hard limit and are over it. */
export const overHardLimit = (levels: readonly LengthLevel[]): LengthLevel[] => levels.filter((l) => l.kind === 'limit' && (l.over || l.under));

/**
 * The levels again with one statement's text as it is being typed: its own counts become the
 * live text's, and its area's and the report's totals move by the difference from the saved text,
 * so the counter beside the editor is right before the statement is saved.
 */
export function withLiveText(levels: readonly LengthLevel[], savedText: string, liveText: string): LengthLevel[] {
  return levels.map((level) => {
    const live = countLength(liveText, level.unit);
    const count = level.scope === 'criterion' ? live : Math.max(0, level.count - countLength(savedText, level.unit) + live);
    return { ...level, count, over: level.max !== undefined && count > level.max, under: level.min !== undefined && count > 0 && count < level.min };
  });
}
