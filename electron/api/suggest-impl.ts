import type { TechfolioApiImpl } from '../../core/api/contract';
import type { suggestMethods } from '../../core/api/methods/suggest';
import { loadedCriterionWording } from '../../core/frameworks/criterion-wording';
import type { Portfolio } from '../../core/model/portfolio';
import { SuggestionDismissal } from '../../core/suggest/dismissals';
import { ExampleIndex } from '../../core/suggest/example-index';
import { exampleSources, sourceKey } from '../../core/suggest/example-sources';
import { findExamples } from '../../core/suggest/find-examples';
import { suggestCriteria } from '../../core/suggest/suggest-criteria';
import { frameworkLookup } from './framework-lookup';
import type { ApiServices } from './services';

type SuggestImpl = Pick<TechfolioApiImpl, keyof typeof suggestMethods>;

/** The example finder over the portfolio: one index kept in step with the records between calls. */
export function createSuggestImpl({ portfolio, frameworks, evidenceText }: ApiServices): SuggestImpl {
  const index = new ExampleIndex();
  // The store hands out the same frozen snapshot until the portfolio changes, so the snapshot (with
  // how many evidence files' words are known) is the revision the index was brought up to: an
  // unchanged portfolio is not walked again per call, but words read in the background are taken in.
  let synced: { portfolio: Portfolio; texts: number } | undefined;
  const indexed = (p: Portfolio) => {
    if (p !== synced?.portfolio || evidenceText.revision !== synced.texts) {
      // Evidence files rank by their words too (read once into cache/evidence-text/).
      index.sync(exampleSources({ ...p, fileTexts: evidenceText.texts }));
      synced = { portfolio: p, texts: evidenceText.revision };
    }
    return index;
  };
  const { registryOf, requireLoaded } = frameworkLookup(frameworks.builtIn);
  /** The profile's targets first, then any other framework the portfolio maps records to. */
  const trackedFrameworks = (p: Portfolio): string[] => {
    const ids = p.profile.targetRegistrations.map((r) => r.frameworkId);
    for (const source of exampleSources(p)) for (const m of source.mappings) if (!ids.includes(m.frameworkId)) ids.push(m.frameworkId);
    return ids;
  };

  return {
    suggestCriteria: async (request) => {
      await evidenceText.loaded();
      const p = portfolio.read();
      const registry = registryOf(p);
      const key = request.recordId !== undefined ? sourceKey(request.kind, request.recordId) : undefined;
      const dismissed = new Set(p.suggestionDismissals.filter((d) => request.recordId !== undefined && d.itemKind === request.kind && d.itemId === request.recordId).map((d) => `${d.frameworkId}:${d.code}`));
      for (const e of request.exclude) dismissed.add(`${e.frameworkId}:${e.code}`);
      const record = {
        title: request.title,
        body: [request.description, ...request.reflection].join('\n'),
        outcomes: request.outcomes,
        tags: request.tags.join(' '),
        mappings: request.mappings.map((m) => ({ ...m, note: '' })),
      };
      const ix = indexed(p);
      return (request.frameworkIds ?? trackedFrameworks(p)).flatMap((id) => {
        const loaded = registry.get(id);
        if (!loaded) return [];
        const suggestions = suggestCriteria(ix, loaded, record, { ...(key !== undefined ? { key } : {}), dismissed, limit: request.limit }).map((s) => {
          const wording = loadedCriterionWording(loaded, s.code);
          return { frameworkId: id, ...s, heading: wording.heading, ...(wording.summary !== undefined ? { summary: wording.summary } : {}) };
        });
        return [{ frameworkId: id, shortName: loaded.framework.shortName, suggestions }];
      });
    },
    findExamples: async (frameworkId, code, options) => {
      await evidenceText.loaded();
      const p = portfolio.read();
      const loaded = requireLoaded(p, frameworkId);
      const dismissed = new Set(p.suggestionDismissals.filter((d) => d.frameworkId === frameworkId && d.code === code).map((d) => sourceKey(d.itemKind, d.itemId)));
      return findExamples(indexed(p), loaded, code, { limit: options.limit, dismissed });
    },
    dismissSuggestion: async (input) =>
      portfolio.update((current) => {
        const dismissal = SuggestionDismissal.parse({ ...input, dismissedAt: portfolio.stamp().createdAt });
        const others = current.suggestionDismissals.filter((d) => !(d.frameworkId === input.frameworkId && d.code === input.code && d.itemKind === input.itemKind && d.itemId === input.itemId));
        return { next: { ...current, suggestionDismissals: [...others, dismissal] }, result: dismissal };
      }),
  };
}
