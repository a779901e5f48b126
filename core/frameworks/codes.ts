import type { Criterion, Framework, FrameworkArea } from './schema';

/**
 * What a mapped code means in the current edition of a framework. Aliases resolve first (RSci
 * 2025: D4 → D3); a code the framework no longer has is kept and reported, never dropped.
 */
export type CodeResolution =
  | { kind: 'current'; code: string }
  | { kind: 'alias'; code: string; from: string }
  | { kind: 'retired'; from: string; heading: string }
  | { kind: 'unknown'; from: string };

export interface CodeIndex {
  resolve(code: string): CodeResolution;
  criterion(code: string): { criterion: Criterion; area: FrameworkArea } | undefined;
  /** Current codes in the framework's order. */
  readonly codes: readonly string[];
}

/** Builds the lookups once, so resolving thousands of mappings stays linear. */
export function indexCodes(framework: Framework): CodeIndex {
  const criteria = new Map<string, { criterion: Criterion; area: FrameworkArea }>();
  for (const area of framework.areas) for (const criterion of area.criteria) criteria.set(criterion.code, { criterion, area });
  const aliases = new Map(framework.aliases.map((alias) => [alias.from, alias.to]));
  const retired = new Map(framework.retiredCodes.map((r) => [r.code, r.heading]));
  return {
    codes: [...criteria.keys()],
    criterion: (code) => criteria.get(code),
    resolve(code) {
      if (criteria.has(code)) return { kind: 'current', code };
      const to = aliases.get(code);
      if (to !== undefined && criteria.has(to)) return { kind: 'alias', code: to, from: code };
      const heading = retired.get(code);
      if (heading !== undefined) return { kind: 'retired', from: code, heading };
      return { kind: 'unknown', from: code };
    },
  };
}

/** Every criterion of a framework with its area, in order. */
export function allCriteria(framework: Framework): { criterion: Criterion; area: FrameworkArea }[] {
  return framework.areas.flatMap((area) => area.criteria.map((criterion) => ({ criterion, area })));
}
