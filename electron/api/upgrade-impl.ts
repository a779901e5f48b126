import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { upgradeMethods } from '../../core/api/methods/upgrade';
import { buildFrameworkRegistry } from '../../core/frameworks/registry';
import type { Framework } from '../../core/frameworks/schema';
import type { Portfolio } from '../../core/model/portfolio';
import { carryOver } from '../../core/upgrade/carry-over';
import { upgradeDeclared } from '../../core/upgrade/correspondence';
import { upgradeFramework, upgradeView } from '../../core/upgrade/upgrade-view';
import type { ApiServices } from './services';

type UpgradeImpl = Pick<TechfolioApiImpl, keyof typeof upgradeMethods>;

/** The upgrade path between registers, over the portfolio and the framework files. */
export function createUpgradeImpl({ portfolio, frameworks }: ApiServices): UpgradeImpl {
  const registryOf = (p: Portfolio) => buildFrameworkRegistry({ builtIn: frameworks.builtIn, imported: p.importedFrameworks, overrides: p.frameworkOverrides });
  const pairOf = (p: Portfolio, fromId: string, toId: string) => {
    const registry = registryOf(p);
    const get = (id: string): Framework => {
      const found = registry.get(id);
      if (!found) throw new ApiError({ code: 'not-found', message: `There is no framework "${id}". Run \`techfolio frameworks\` or open Frameworks to see the ids.` });
      return found.framework;
    };
    const lower = get(fromId);
    const higher = get(toId);
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
