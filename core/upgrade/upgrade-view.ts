import { mappedItems, type MappingSources } from '../coverage/mapped-items';
import type { Framework, UpgradeFrom } from '../frameworks/schema';
import type { CompetenceStatement } from '../model/statement';
import { countWords } from '../text/word-count';
import { correspondenceOf } from './correspondence';
import type { UpgradeArea, UpgradeCriterion, UpgradeFramework, UpgradeView } from './schema';

export const upgradeFramework = (f: Framework): UpgradeFramework => ({ id: f.id, name: f.name, shortName: f.shortName });

/** Statement words and mapped items per current code of one framework (old aliases folded in). */
function progressOf(framework: Framework, resolve: (code: string) => string | undefined, statements: readonly CompetenceStatement[], sources: MappingSources) {
  const words = new Map<string, number>();
  for (const s of statements) {
    if (s.frameworkId !== framework.id) continue;
    const code = resolve(s.code);
    if (code !== undefined) words.set(code, Math.max(words.get(code) ?? 0, countWords(s.text)));
  }
  const mapped = new Map<string, Set<string>>();
  for (const item of mappedItems(sources)) {
    for (const m of item.mappings) {
      if (m.frameworkId !== framework.id) continue;
      const code = resolve(m.code);
      if (code !== undefined) mapped.set(code, (mapped.get(code) ?? new Set()).add(`${item.kind}:${item.id}`));
    }
  }
  return { words: (code: string) => words.get(code) ?? 0, mapped: (code: string) => mapped.get(code)?.size ?? 0 };
}

/**
 * The two standards side by side by area, as the higher register's file declares they correspond:
 * each lower criterion with the higher ones it feeds, each higher criterion with where it comes
 * from and whether it asks more or is new, and how far the applicant has got with each.
 */
export function upgradeView(lower: Framework, higher: Framework, upgrade: UpgradeFrom, statements: readonly CompetenceStatement[], sources: MappingSources): UpgradeView {
  const c = correspondenceOf(lower, higher, upgrade);
  const lowerProgress = progressOf(lower, c.resolveLower, statements, sources);
  const higherIndex = new Set(higher.areas.flatMap((a) => a.criteria.map((x) => x.code)));
  const higherAliases = new Map(higher.aliases.map((a) => [a.from, a.to]));
  const higherProgress = progressOf(higher, (code) => (higherIndex.has(code) ? code : higherAliases.get(code)), statements, sources);
  const raised = new Set(upgrade.raised);
  const added = new Set(upgrade.new);

  const areaCodes = [...new Set([...higher.areas.map((a) => a.code), ...lower.areas.map((a) => a.code)])];
  const areas: UpgradeArea[] = areaCodes.map((code) => {
    const lo = lower.areas.find((a) => a.code === code);
    const hi = higher.areas.find((a) => a.code === code);
    const lowerRows: UpgradeCriterion[] = (lo?.criteria ?? []).map((x) => ({
      code: x.code,
      heading: x.heading,
      wordingStatus: x.wordingStatus,
      counterparts: [...(c.forward.get(x.code) ?? [])],
      statementWords: lowerProgress.words(x.code),
      mappedCount: lowerProgress.mapped(x.code),
      notes: [],
    }));
    const higherRows: UpgradeCriterion[] = (hi?.criteria ?? []).map((x) => ({
      code: x.code,
      heading: x.heading,
      wordingStatus: x.wordingStatus,
      counterparts: [...(c.backward.get(x.code) ?? [])],
      statementWords: higherProgress.words(x.code),
      mappedCount: higherProgress.mapped(x.code),
      ...(added.has(x.code) ? { mark: 'new' as const } : raised.has(x.code) ? { mark: 'raised' as const } : {}),
      notes: [...(c.notes.get(x.code) ?? [])],
    }));
    return { code, ...(lo ? { lowerHeading: lo.heading } : {}), ...(hi ? { higherHeading: hi.heading } : {}), lower: lowerRows, higher: higherRows };
  });
  return { from: upgradeFramework(lower), to: upgradeFramework(higher), basis: upgrade.basis, note: upgrade.note, areas, unknownFromCodes: [...c.unknownFrom] };
}
