import { activityDate, activityEnd } from '../commitment/activity-labels';
import { isCountedCpd } from '../cpd/counted-records';
import type { CriterionMapping } from '../model/mapping';
import type { Portfolio } from '../model/portfolio';
import type { MappedItemKind } from './schema';

/** Any portfolio item that carries mappings, reduced to what coverage needs. */
export interface MappedItem {
  kind: MappedItemKind;
  id: string;
  title: string;
  date: string | undefined;
  hours?: number | undefined;
  mappings: readonly CriterionMapping[];
  /** The evidence files the item brings: itself for evidence, its linked files for a record. */
  evidenceIds: readonly string[];
  /** A draft CPD record: listed nowhere as showing a criterion until it is complete. */
  draft?: boolean | undefined;
}

export type MappingSources = Pick<Portfolio, 'cpd' | 'training' | 'qualifications' | 'evidence'> & Partial<Pick<Portfolio, 'activities'>>;

/**
 * Every mappable item of the portfolio, in a stable order: CPD, training, qualifications,
 * evidence, then Technician Commitment records. A record's links to evidence that is no longer in
 * the portfolio are dropped here, so nothing downstream cites a file that is not there.
 */
export function mappedItems(portfolio: MappingSources): MappedItem[] {
  const present = new Set(portfolio.evidence.map((e) => e.id));
  const linked = (ids: readonly string[]) => [...new Set(ids)].filter((id) => present.has(id));
  return [
    ...portfolio.cpd.map((r) => ({
      kind: 'cpd' as const,
      id: r.id,
      title: r.title,
      date: r.endDate ?? r.startDate,
      hours: r.hours,
      mappings: r.mappings,
      evidenceIds: linked(r.evidenceIds),
      draft: !isCountedCpd(r),
    })),
    ...portfolio.training.map((t) => ({ kind: 'training' as const, id: t.id, title: t.course, date: t.completedDate, mappings: t.mappings, evidenceIds: linked(t.evidenceIds) })),
    ...portfolio.qualifications.map((q) => ({ kind: 'qualification' as const, id: q.id, title: q.title, date: q.dateAwarded, mappings: q.mappings, evidenceIds: linked(q.evidenceIds) })),
    ...portfolio.evidence.map((e) => ({ kind: 'evidence' as const, id: e.id, title: e.title, date: e.date, mappings: e.mappings, evidenceIds: [e.id] })),
    // Technician Commitment records: a period counts from its end, or its start while it runs.
    ...(portfolio.activities ?? []).map((a) => ({
      kind: a.kind,
      id: a.id,
      title: a.title,
      date: activityEnd(a) ?? activityDate(a),
      mappings: a.mappings,
      evidenceIds: linked(a.evidenceIds),
    })),
  ];
}
