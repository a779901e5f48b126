import type { TechfolioApiImpl } from '../../core/api/contract';
import { CpdBulkChange } from '../../core/api/methods/cpd';
import { CpdRecord } from '../../core/model/cpd-record';
import type { Portfolio } from '../../core/model/portfolio';
import { newestCpd } from '../../core/cpd/search';
import { assertIdsExist, checkEvidenceIds, recordCollection } from './record-collection';
import type { ApiServices } from './services';

/** Removes a deleted CPD record from every goal that lists it. */
const withoutCpdReferences = (p: Portfolio, id: string): Portfolio => ({
  ...p,
  goals: p.goals.map((g) => (g.cpdRecordIds.includes(id) ? { ...g, cpdRecordIds: g.cpdRecordIds.filter((x) => x !== id) } : g)),
});

type CpdImpl = Pick<TechfolioApiImpl, 'listCpd' | 'listCpdNewest' | 'getCpd' | 'addCpd' | 'updateCpd' | 'deleteCpd' | 'updateCpdMany' | 'deleteCpdMany' | 'restoreDeletedCpd'>;

export function createCpdImpl({ portfolio }: ApiServices): CpdImpl {
  const cpd = recordCollection(portfolio, 'CPD record', {
    get: (p) => p.cpd,
    set: (p, records) => ({ ...p, cpd: records }),
    schema: CpdRecord,
    check: checkEvidenceIds,
    onDelete: withoutCpdReferences,
  });
  return {
    listCpd: cpd.list,
    listCpdNewest: async (count) => {
      const all = portfolio.read().cpd;
      return { records: newestCpd(all, count), total: all.length };
    },
    getCpd: cpd.get,
    addCpd: cpd.add,
    updateCpd: cpd.update,
    deleteCpd: cpd.delete,
    // One portfolio.update each: the change is written once, and a missing id refuses all of it.
    updateCpdMany: async (change) => {
      const { ids, category, addTags, removeTags } = CpdBulkChange.parse(change);
      return portfolio.update((p) => {
        assertIdsExist(ids, p.cpd, 'CPD record');
        const chosen = new Set(ids);
        const at = portfolio.stamp().updatedAt;
        const drop = new Set(removeTags.map((t) => t.toLowerCase()));
        const next = p.cpd.map((r) => {
          if (!chosen.has(r.id)) return r;
          const kept = r.tags.filter((t) => !drop.has(t.toLowerCase()));
          const tags = [...kept, ...addTags.filter((t) => !kept.some((k) => k.toLowerCase() === t.toLowerCase()))];
          const { category: _old, ...rest } = r;
          const withCategory = category === undefined ? r : category === null ? rest : { ...rest, category };
          return CpdRecord.parse({ ...withCategory, tags, updatedAt: at });
        });
        return { next: { ...p, cpd: next }, result: { updated: chosen.size } };
      });
    },
    deleteCpdMany: async (ids) =>
      portfolio.update((p) => {
        assertIdsExist(ids, p.cpd, 'CPD record');
        const chosen = new Set(ids);
        const records = p.cpd.filter((r) => chosen.has(r.id));
        const goalLinks = p.goals.flatMap((g) => g.cpdRecordIds.filter((id) => chosen.has(id)).map((recordId) => ({ goalId: g.id, recordId })));
        const goals = p.goals.map((g) => (g.cpdRecordIds.some((id) => chosen.has(id)) ? { ...g, cpdRecordIds: g.cpdRecordIds.filter((id) => !chosen.has(id)) } : g));
        return { next: { ...p, cpd: p.cpd.filter((r) => !chosen.has(r.id)), goals }, result: { records, goalLinks } };
      }),
    restoreDeletedCpd: async ({ records, goalLinks }) =>
      portfolio.update((p) => {
        const present = new Set(p.cpd.map((r) => r.id));
        const evidence = new Set(p.evidence.map((e) => e.id));
        const back = records.filter((r) => !present.has(r.id)).map((r) => ({ ...r, evidenceIds: r.evidenceIds.filter((id) => evidence.has(id)) }));
        const backIds = new Set(back.map((r) => r.id));
        const goals = p.goals.map((g) => {
          const add = goalLinks.filter((l) => l.goalId === g.id && backIds.has(l.recordId) && !g.cpdRecordIds.includes(l.recordId)).map((l) => l.recordId);
          return add.length > 0 ? { ...g, cpdRecordIds: [...g.cpdRecordIds, ...add] } : g;
        });
        return { next: { ...p, cpd: [...p.cpd, ...back], goals }, result: { restored: back.length } };
      }),
  };
}
