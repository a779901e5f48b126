import { ApiError } from '../../core/api/errors';
import { buildFrameworkRegistry, type FrameworkRegistry, type LoadedFramework } from '../../core/frameworks/registry';
import type { Framework } from '../../core/frameworks/schema';
import type { Portfolio } from '../../core/model/portfolio';
import type { FrameworkNames } from '../../core/pack/summaries';

type FrameworkParts = Pick<Portfolio, 'importedFrameworks' | 'frameworkOverrides'>;

export const frameworkNotFound = (id: string) =>
  new ApiError({ code: 'not-found', message: `There is no framework "${id}". Run \`techfolio frameworks\` or open Frameworks to see the ids.` });

/**
 * How every implementation finds a framework by id: the shipped ones, the user's imports and the
 * user's wording overrides, merged by the registry. The registry is built again only when the
 * imports or overrides change (the portfolio's snapshots are frozen, so the same arrays mean the
 * same frameworks); each loaded framework caches its criteria index, which would otherwise be
 * rebuilt per call.
 */
export function frameworkLookup(builtIn: readonly Framework[]) {
  let cached: { imported: FrameworkParts['importedFrameworks']; overrides: FrameworkParts['frameworkOverrides']; registry: FrameworkRegistry } | undefined;
  const registryOf = (p: FrameworkParts): FrameworkRegistry => {
    if (cached?.imported !== p.importedFrameworks || cached.overrides !== p.frameworkOverrides) {
      cached = { imported: p.importedFrameworks, overrides: p.frameworkOverrides, registry: buildFrameworkRegistry({ builtIn, imported: p.importedFrameworks, overrides: p.frameworkOverrides }) };
    }
    return cached.registry;
  };
  const requireLoaded = (p: FrameworkParts, id: string): LoadedFramework => {
    const found = registryOf(p).get(id);
    if (!found) throw frameworkNotFound(id);
    return found;
  };
  return {
    registryOf,
    /** The framework with this id, or undefined. */
    frameworkOf: (p: FrameworkParts, id: string): Framework | undefined => registryOf(p).get(id)?.framework,
    /** The loaded framework (with its overrides) or a not-found error the user can act on. */
    requireLoaded,
    requireFramework: (p: FrameworkParts, id: string): Framework => requireLoaded(p, id).framework,
    /** A framework's short name for messages; its id when it is not known. */
    shortNameOf: (p: FrameworkParts, id: string): string => registryOf(p).get(id)?.framework.shortName ?? id,
    frameworkNames: (p: FrameworkParts): FrameworkNames =>
      Object.fromEntries(registryOf(p).list().map(({ framework }) => [framework.id, { name: framework.name, shortName: framework.shortName }])),
  };
}

export type FrameworkLookup = ReturnType<typeof frameworkLookup>;
