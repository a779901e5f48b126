import { cpdCategorySchemes } from '../cpd/categories';
import type { Framework, PathwayLevel } from '../frameworks/schema';
import { currentRatings, ratingRank, type CompetenceRating, type RatingLevel } from '../model/competence-rating';
import type { CompetenceProgress, LevelStatus, PathwayGap, PathwayView } from './pathway-view';

export class UnknownLevelError extends Error {
  constructor(
    readonly levelId: string,
    readonly known: readonly string[],
  ) {
    super(`This pathway has no level "${levelId}". Its levels are: ${known.join(', ')}.`);
    this.name = 'UnknownLevelError';
  }
}

/** The framework's levels, or none for a framework that is not a career pathway. */
export const pathwayLevels = (framework: Framework): readonly PathwayLevel[] => framework.levels ?? [];

const categoryLabel = (id: string): string => {
  for (const scheme of cpdCategorySchemes) {
    const found = scheme.categories.find((c) => c.id === id);
    if (found) return found.label;
  }
  return id;
};

const meets = (current: RatingLevel | undefined, minimum: RatingLevel): boolean => current !== undefined && ratingRank(current) >= ratingRank(minimum);

/**
 * Where a technician stands on a career pathway: each level met or not, the current level (the
 * highest whose expectations the latest ratings all meet), the target (as asked, else the next
 * level up) and, for the target, the competences still to show with the CPD that would show them.
 */
export function computePathway(framework: Framework, ratings: readonly CompetenceRating[], targetLevelId?: string): PathwayView {
  const levels = pathwayLevels(framework);
  const latest = currentRatings(ratings, framework.id);
  const current = (code: string) => latest.get(code)?.rating;

  const statuses: LevelStatus[] = levels.map((level) => {
    const metCount = level.expectations.filter((e) => meets(current(e.code), e.minimumRating)).length;
    return { id: level.id, name: level.name, description: level.description, met: metCount === level.expectations.length, expectationCount: level.expectations.length, metCount };
  });
  let currentIndex = -1;
  statuses.forEach((s, i) => {
    if (s.met) currentIndex = i;
  });

  let targetIndex: number;
  if (targetLevelId !== undefined) {
    targetIndex = levels.findIndex((l) => l.id === targetLevelId);
    if (targetIndex < 0) throw new UnknownLevelError(targetLevelId, levels.map((l) => l.id));
  } else targetIndex = currentIndex + 1 < levels.length ? currentIndex + 1 : -1;
  const target = targetIndex >= 0 ? levels[targetIndex] : undefined;

  const criteria = framework.areas.flatMap((area) => area.criteria.map((criterion) => ({ area, criterion })));
  const byCode = new Map(criteria.map((c) => [c.criterion.code, c]));
  const history = (code: string) =>
    ratings.filter((r) => r.frameworkId === framework.id && r.code === code).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));

  const competences: CompetenceProgress[] = criteria.map(({ area, criterion }) => {
    const now = latest.get(criterion.code);
    return {
      code: criterion.code,
      heading: criterion.heading,
      areaCode: area.code,
      areaHeading: area.heading,
      guidance: criterion.guidance,
      current: now?.rating ?? null,
      ...(now ? { ratedOn: now.date } : {}),
      history: history(criterion.code),
    };
  });

  const gaps: PathwayGap[] = (target?.expectations ?? [])
    .filter((e) => !meets(current(e.code), e.minimumRating))
    .map((e) => {
      const found = byCode.get(e.code);
      return {
        code: e.code,
        heading: found?.criterion.heading ?? e.code,
        guidance: found?.criterion.guidance ?? '',
        expected: e.minimumRating,
        current: current(e.code) ?? null,
        suggestedCpd: e.suggestedCpd,
        cpdCategories: e.cpdCategories.map((id) => ({ id, label: categoryLabel(id) })),
      };
    });

  return {
    frameworkId: framework.id,
    frameworkName: framework.name,
    shortName: framework.shortName,
    levels: statuses,
    currentLevelId: currentIndex >= 0 ? levels[currentIndex]!.id : null,
    targetLevelId: target?.id ?? null,
    competences,
    gaps,
  };
}
