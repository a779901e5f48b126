import { activityDate, activityEnd } from '../commitment/activity-labels';
import type { CriterionMapping } from '../model/mapping';
import type { Portfolio } from '../model/portfolio';
import type { MappedItemKind } from './schema';

/** Any portfolio item that carries mappings, reduced to what coverage needs. */
export interface MappedItem {
  kind: MappedItemKind;
  id: string;
  title: string;
  date: string | undefined;
  mappings: readonly CriterionMapping[];
}

type MappingSources = Pick<Portfolio, 'cpd' | 'training' | 'qualifications' | 'evidence'> & Partial<Pick<Portfolio, 'activities'>>;

/** Every mappable item of the portfolio, in a stable order: CPD, training, qualifications, evidence, then Technician Commitment records. */
export function mappedItems(portfolio: MappingSources): MappedItem[] {
  return [
    ...portfolio.cpd.map((r) => ({ kind: 'cpd' as const, id: r.id, title: r.title, date: r.endDate ?? r.startDate, mappings: r.mappings })),
    ...portfolio.training.map((t) => ({ kind: 'training' as const, id: t.id, title: t.course, date: t.completedDate, mappings: t.mappings })),
    ...portfolio.qualifications.map((q) => ({ kind: 'qualification' as const, id: q.id, title: q.title, date: q.dateAwarded, mappings: q.mappings })),
    ...portfolio.evidence.map((e) => ({ kind: 'evidence' as const, id: e.id, title: e.title, date: e.date, mappings: e.mappings })),
    // Technician Commitment records: a period counts from its end, or its start while it runs.
    ...(portfolio.activities ?? []).map((a) => ({ kind: a.kind, id: a.id, title: a.title, date: activityEnd(a) ?? activityDate(a), mappings: a.mappings })),
  ];
}
