import type { TechfolioApiImpl } from '../../core/api/contract';
import { localToday } from '../../core/format/today';
import { ApiError } from '../../core/api/errors';
import type { pathwayMethods } from '../../core/api/methods/pathway';
import type { Framework } from '../../core/frameworks/schema';
import { CompetenceRating } from '../../core/model/competence-rating';
import type { Portfolio } from '../../core/model/portfolio';
import { computePathway, UnknownLevelError } from '../../core/pathway/pathway';
import { frameworkLookup } from './framework-lookup';
import { assertIdsExist } from './record-collection';
import type { ApiServices } from './services';

type PathwayImpl = Pick<TechfolioApiImpl, keyof typeof pathwayMethods>;

/** Ratings, the pathway view and its one-page summary, over the portfolio and the frameworks. */
export function createPathwayImpl({ portfolio, frameworks, pathwaySummaries }: ApiServices): PathwayImpl {
  const { registryOf, requireFramework } = frameworkLookup(frameworks.builtIn);
  const pathwayOf = (p: Portfolio, id: string): Framework => {
    const framework = requireFramework(p, id);
    if (!framework.levels) {
      throw new ApiError({ code: 'refused', message: `${framework.shortName} has no levels, so it is not a career pathway. Choose a framework whose file lists "levels", or import your institution's pathway.` });
    }
    return framework;
  };
  const viewOf = (p: Portfolio, id: string, target?: string) => {
    try {
      return computePathway(pathwayOf(p, id), p.competenceRatings, target);
    } catch (error) {
      if (error instanceof UnknownLevelError) throw new ApiError({ code: 'not-found', message: error.message });
      throw error;
    }
  };
  const today = () => localToday(portfolio.now());
  const ratingsOf = (p: Portfolio, frameworkId: string) =>
    p.competenceRatings.filter((r) => r.frameworkId === frameworkId).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));

  return {
    listPathways: async () => {
      const p = portfolio.read();
      return registryOf(p)
        .list()
        .flatMap(({ framework: f }) => (f.levels ? [{ id: f.id, name: f.name, shortName: f.shortName, levelCount: f.levels.length }] : []))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    rateCompetence: async (input) =>
      portfolio.update((current) => {
        const framework = requireFramework(current, input.frameworkId);
        if (!framework.areas.some((a) => a.criteria.some((c) => c.code === input.code))) {
          throw new ApiError({ code: 'not-found', message: `${framework.shortName} has no competence "${input.code}". Reload the pathway and choose again.` });
        }
        assertIdsExist(input.evidenceIds, current.evidence, 'evidence item');
        const { id, createdAt } = portfolio.stamp();
        const rating = CompetenceRating.parse({ ...input, date: input.date ?? today(), id, createdAt });
        return { next: { ...current, competenceRatings: [...current.competenceRatings, rating] }, result: rating };
      }),
    listRatings: async (frameworkId) => {
      const p = portfolio.read();
      requireFramework(p, frameworkId);
      return ratingsOf(p, frameworkId);
    },
    deleteRating: async (id) =>
      portfolio.update((current) => {
        if (!current.competenceRatings.some((r) => r.id === id)) {
          throw new ApiError({ code: 'not-found', message: 'That rating is no longer in your portfolio. It may have been deleted in another window; reload the pathway.' });
        }
        return { next: { ...current, competenceRatings: current.competenceRatings.filter((r) => r.id !== id) }, result: { deleted: id } };
      }),
    getPathway: async (frameworkId, targetLevelId) => viewOf(portfolio.read(), frameworkId, targetLevelId),
    makePathwaySummary: async (frameworkId, options) => {
      const p = portfolio.read();
      const view = viewOf(p, frameworkId, options.targetLevelId);
      return pathwaySummaries.make({ portfolio: p, view, date: options.date ?? today() });
    },
  };
}
