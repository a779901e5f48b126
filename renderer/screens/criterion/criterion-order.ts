import type { Framework } from '../../../core/frameworks/schema';

type Criterion = Framework['areas'][number]['criteria'][number];

export interface CriterionPlace {
  criterion: Criterion;
  area: Framework['areas'][number];
  previous: Criterion | undefined;
  next: Criterion | undefined;
  index: number;
  total: number;
}

/** Where a criterion sits in its framework, in the framework's own order, for previous/next links. */
export function findCriterion(framework: Framework, code: string): CriterionPlace | null {
  const all = framework.areas.flatMap((area) => area.criteria.map((criterion) => ({ area, criterion })));
  const index = all.findIndex((entry) => entry.criterion.code === code);
  const found = all[index];
  if (!found) return null;
  return { ...found, previous: all[index - 1]?.criterion, next: all[index + 1]?.criterion, index, total: all.length };
}
