import { z } from 'zod';
import { Framework, FrameworkKind, FrameworkOrigin, type CriterionOverride } from './schema';

/** A user's rewording of one criterion, with the framework's own words kept beside it. */
export const AppliedOverride = z.object({
  code: z.string(),
  heading: z.string().optional(),
  guidance: z.string().optional(),
  formWording: z.string().optional(),
  originalHeading: z.string(),
  originalGuidance: z.string(),
});
export type AppliedOverride = z.infer<typeof AppliedOverride>;

/** A framework as the app shows it: the user's overrides applied, and where it came from. */
export const LoadedFramework = z.object({
  origin: FrameworkOrigin,
  framework: Framework,
  overrides: z.array(AppliedOverride),
  /** Overrides naming a code this framework does not have (kept, in case an edition brings it back). */
  unmatchedOverrides: z.array(z.string()),
});
export type LoadedFramework = z.infer<typeof LoadedFramework>;

export const FrameworkSummary = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: FrameworkKind,
  awardingBody: z.string(),
  edition: z.string(),
  origin: FrameworkOrigin,
  criteriaCount: z.number().int(),
  /** Criteria whose wording is not confirmed from the official document. */
  pendingCount: z.number().int(),
  overrideCount: z.number().int(),
});
export type FrameworkSummary = z.infer<typeof FrameworkSummary>;

export interface FrameworkSources {
  builtIn: readonly Framework[];
  imported: readonly Framework[];
  overrides: readonly CriterionOverride[];
}

export interface FrameworkRegistry {
  list(): LoadedFramework[];
  get(id: string): LoadedFramework | undefined;
  /** Imported frameworks hidden because a built-in one now has the same id. */
  readonly shadowed: readonly string[];
}

function applyOverrides(framework: Framework, overrides: readonly CriterionOverride[]): Omit<LoadedFramework, 'origin'> {
  const byCode = new Map(overrides.filter((o) => o.frameworkId === framework.id).map((o) => [o.code, o]));
  const applied: AppliedOverride[] = [];
  const areas = framework.areas.map((area) => ({
    ...area,
    criteria: area.criteria.map((criterion) => {
      const override = byCode.get(criterion.code);
      if (!override) return criterion;
      byCode.delete(criterion.code);
      applied.push({
        code: criterion.code,
        ...(override.heading !== undefined ? { heading: override.heading } : {}),
        ...(override.guidance !== undefined ? { guidance: override.guidance } : {}),
        ...(override.formWording !== undefined ? { formWording: override.formWording } : {}),
        originalHeading: criterion.heading,
        originalGuidance: criterion.guidance,
      });
      // A confirmed heading is the standard's own words, so it stays; the user's wording is kept beside it.
      const ownHeading = criterion.wordingStatus !== 'confirmed' && override.heading ? override.heading : undefined;
      return {
        ...criterion,
        heading: ownHeading ?? criterion.heading,
        guidance: override.guidance ?? criterion.guidance,
      };
    }),
  }));
  return { framework: { ...framework, areas }, overrides: applied, unmatchedOverrides: [...byCode.keys()] };
}

/**
 * Built-in frameworks, the user's imported ones and the user's wording overrides, merged. Built-in
 * ids win over imported ones (an app update may ship a framework the user had imported); the
 * hidden import is reported so it is never silently lost.
 */
export function buildFrameworkRegistry({ builtIn, imported, overrides }: FrameworkSources): FrameworkRegistry {
  const loaded = new Map<string, LoadedFramework>();
  for (const framework of builtIn) loaded.set(framework.id, { origin: 'built-in', ...applyOverrides(framework, overrides) });
  const shadowed: string[] = [];
  for (const framework of imported) {
    if (loaded.has(framework.id)) shadowed.push(framework.id);
    else loaded.set(framework.id, { origin: 'imported', ...applyOverrides(framework, overrides) });
  }
  return { list: () => [...loaded.values()], get: (id) => loaded.get(id), shadowed };
}

const kindOrder: Record<FrameworkKind, number> = { registration: 0, career: 1, 'career-pathway': 1, 'cpd-standard': 2 };

export function summarise(loaded: LoadedFramework): FrameworkSummary {
  const { framework } = loaded;
  const criteria = framework.areas.flatMap((a) => a.criteria);
  return {
    id: framework.id,
    name: framework.name,
    shortName: framework.shortName,
    kind: framework.kind,
    awardingBody: framework.awardingBody,
    edition: framework.edition,
    origin: loaded.origin,
    criteriaCount: criteria.length,
    pendingCount: criteria.filter((c) => c.wordingStatus !== 'confirmed').length,
    overrideCount: loaded.overrides.length,
  };
}

/** Registrations first, then career frameworks, then CPD standards; built-in order within each. */
export function sortSummaries(summaries: FrameworkSummary[]): FrameworkSummary[] {
  return summaries.map((s, i) => ({ s, i })).sort((a, b) => kindOrder[a.s.kind] - kindOrder[b.s.kind] || a.i - b.i).map(({ s }) => s);
}
