import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { commitmentMethods } from '../../core/api/methods/commitment';
import { ACTIVITY_KIND_LABELS, sortActivities } from '../../core/commitment/activity-labels';
import { Activity } from '../../core/model/commitment';
import { assertIdsExist, checkEvidenceIds, recordCollection } from './record-collection';
import type { ApiServices } from './services';

type CommitmentImpl = Pick<TechfolioApiImpl, keyof typeof commitmentMethods>;

/** CRUD over the portfolio's `activities`, for every kind of Technician Commitment record. */
export function createCommitmentImpl({ portfolio }: ApiServices): CommitmentImpl {
  const activities = recordCollection(portfolio, 'record', {
    get: (p) => p.activities,
    set: (p, list) => ({ ...p, activities: list }),
    schema: Activity,
    check: checkEvidenceIds,
  });

  return {
    listActivities: async (kind) => sortActivities((await activities.list()).filter((a) => kind === undefined || a.kind === kind)),
    addActivity: activities.add,
    // Checked and written in one update, so the kind cannot change between the check and the write.
    updateActivity: async (id, input) =>
      portfolio.update((current) => {
        const existing = current.activities.find((a) => a.id === id);
        if (!existing) throw new ApiError({ code: 'not-found', message: 'That record is no longer in your portfolio. It may have been deleted in another window; reload the list.' });
        if (existing.kind !== input.kind) {
          throw new ApiError({
            code: 'refused',
            message: `That record is a ${ACTIVITY_KIND_LABELS[existing.kind].one.toLowerCase()} record and cannot become a ${ACTIVITY_KIND_LABELS[input.kind].one.toLowerCase()} record. Add a new record of that kind instead.`,
          });
        }
        assertIdsExist(input.evidenceIds, current.evidence, 'evidence item');
        const record = Activity.parse({ ...input, id, createdAt: existing.createdAt, updatedAt: portfolio.now().toISOString() });
        return { next: { ...current, activities: current.activities.map((a) => (a.id === id ? record : a)) }, result: record };
      }),
    deleteActivity: activities.delete,
  };
}
