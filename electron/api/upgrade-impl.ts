import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { upgradeMethods } from '../../core/api/methods/upgrade';
import type { Portfolio } from '../../core/model/portfolio';
import { carryOver } from '../../core/upgrade/carry-over';
import { upgradeDeclared } from '../../core/upgrade/correspondence';
import { upgradeFramework, upgradeView } from '../../core/upgrade/upgrade-view';
import { frameworkLookup } from './framework-lookup';
import type { ApiServices } from './services';

type UpgradeImpl = Pick<TechfolioApiImpl, keyof typeof upgradeMethods>;

/** The upgrade path between registers, over the portfolio and the framework files. */
export function createUpgradeImpl({ portfolio, frameworks }: ApiServices): UpgradeImpl {
  const { registryOf, requireFramework } = frameworkLookup(frameworks.builtIn);
  const pairOf = (p: Portfolio, fromId: string, toId: string) => {
    const lower = requireFramework(p, fromId);
    const higher = requireFramework(p, toId);
    const upgrade = upgradeDeclared(higher, lower.id);
    if (!upgrade) {
      throw new ApiError({ code: 'refused', message: `${higher.shortName}'s file declares no upgrade from ${lower.shortName}, so there is nothing to carry over. Run \`techfolio upgrade --list\` to see the upgrades there are.` });
    }
    return { lower, higher, upgrade };
  };

  return {
    listUpgrades: async () => {
      const registry = registryOf(portfolio.read());
      return registry.list().flatMap(({ framework: higher }) =>
        higher.upgradeFrom.flatMap((u) => {
          const lower = registry.get(u.frameworkId)?.framework;
          return lower ? [{ from: upgradeFramework(lower), to: upgradeFramework(higher) }] : [];
        }),
      );
    },
    getUpgradeView: async (fromId, toId) => {
      const p = portfolio.read();
      const { lower, higher, upgrade } = pairOf(p, fromId, toId);
      return upgradeView(lower, higher, upgrade, p.statements, p);
    },
    carryOverUpgrade: async (fromId, toId, options) => {
      const now = portfolio.now().toISOString();
      if (options.dryRun) {
        const p = portfolio.read();
        const { lower, higher, upgrade } = pairOf(p, fromId, toId);
        return { ...carryOver(p, lower, higher, upgrade, now).summary, dryRun: true };
      }
      return portfolio.update((current) => {
        const { lower, higher, upgrade } = pairOf(current, fromId, toId);
        const { next, summary } = carryOver(current, lower, higher, upgrade, now);
        return { next: { ...current, ...next }, result: { ...summary, dryRun: false } };
      });
    },
  };
}
