import { indexCodes } from './codes';
import type { LoadedFramework } from './registry';
import type { CriterionOverride, Framework, FrameworkArea } from './schema';

/**
 * Which words of a criterion may be shown as its wording, and where they came from. Computed here
 * once so the criterion screen, the coverage table, the CLI, the plain-text export and the pack
 * all say the same thing: official wording only where it was confirmed, the applicant's own form
 * wording marked as such, and our paraphrase only ever labelled as our summary.
 */
export type WordingSource = 'official' | 'applicant' | 'pending';

export interface CriterionWording {
  code: string;
  source: WordingSource;
  /** The criterion's wording to print: the official statement (source 'official') or the applicant's pasted form wording (source 'applicant'); undefined while pending. */
  wording?: string;
  /** Safe to print as the criterion's heading anywhere, including the PDF: the official short heading where confirmed; otherwise built from the code and the area, e.g. "Area B: Personal responsibility" (or "Area D" when the area heading itself is not confirmed). Never a paraphrase of ours, never the words "wording pending". */
  heading: string;
  /** Our own paraphrase of the criterion, for the app only, always shown labelled as "Our summary"; never printed in the pack as criterion wording. Undefined where the heading is already official. */
  summary?: string;
  areaCode: string;
  /** "Area B: Personal responsibility" when the area heading is confirmed, else "Area B". */
  areaLabel: string;
}

/** "Area B: Personal responsibility" only when the area's own heading was confirmed. */
export function areaLabel(area: FrameworkArea): string {
  return area.wordingStatus === 'confirmed' ? `Area ${area.code}: ${area.heading}` : `Area ${area.code}`;
}

/** A one-sentence official statement doubles as the short heading, without its full stop. */
const asHeading = (statement: string) => statement.trim().replace(/\.$/, '');

export function criterionWording(framework: Framework, code: string, overrides: readonly CriterionOverride[]): CriterionWording {
  const index = indexCodes(framework);
  const resolved = index.resolve(code);
  const found = resolved.kind === 'current' || resolved.kind === 'alias' ? index.criterion(resolved.code) : undefined;
  if (!found) return { code, source: 'pending', heading: code, areaCode: '', areaLabel: '' };

  const { criterion, area } = found;
  const current = criterion.code;
  // An override saved under the old code of an alias still belongs to the criterion it now means.
  const own = overrides.filter((o) => o.frameworkId === framework.id);
  const override = own.find((o) => o.code === current) ?? own.find((o) => o.code === code);
  const base = { code: current, areaCode: area.code, areaLabel: areaLabel(area) };

  if (criterion.wordingStatus === 'confirmed') {
    return {
      ...base,
      source: 'official',
      heading: criterion.officialStatement ? asHeading(criterion.officialStatement) : criterion.heading,
      ...(criterion.officialStatement ? { wording: criterion.officialStatement } : {}),
    };
  }
  // The user's own rewording of the heading, where they made one, is their summary; else ours.
  const summary = override?.heading ? override.heading : criterion.heading;
  const formWording = override?.formWording?.trim();
  return {
    ...base,
    source: formWording ? 'applicant' : 'pending',
    heading: base.areaLabel,
    summary,
    ...(formWording ? { wording: formWording } : {}),
  };
}

/** The same, for a framework as the API returns it (its overrides already attached). */
export function loadedCriterionWording(loaded: LoadedFramework, code: string): CriterionWording {
  return criterionWording(loaded.framework, code, overridesOf(loaded));
}

/** The stored override records behind a loaded framework's applied overrides. */
export function overridesOf(loaded: LoadedFramework): CriterionOverride[] {
  return loaded.overrides.map((o) => ({
    frameworkId: loaded.framework.id,
    code: o.code,
    ...(o.heading !== undefined ? { heading: o.heading } : {}),
    ...(o.guidance !== undefined ? { guidance: o.guidance } : {}),
    ...(o.formWording !== undefined ? { formWording: o.formWording } : {}),
  }));
}

/**
 * The wording to print under the heading, or undefined when it would only repeat the heading
 * (a confirmed one-sentence statement is already the heading).
 */
export function wordingBelowHeading(w: CriterionWording): string | undefined {
  if (w.wording === undefined) return undefined;
  return asHeading(w.wording) === w.heading ? undefined : w.wording;
}

/** How to label where the wording came from, wherever it is shown or printed. */
export const WORDING_SOURCE_LABELS: Record<Exclude<WordingSource, 'pending'>, string> = {
  official: 'Official wording',
  applicant: 'As given in your application form',
};
