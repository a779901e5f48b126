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

type MappingSources = Pick<Portfolio, 'cpd' | 'training' | 'qualifications' | 'evidence'>;

/** Every mappable item of the portfolio, in a stable order: CPD, training, qualifications, evidence. */
export function mappedItems(portfolio: MappingSources): MappedItem[] {
  return [
    ...portfolio.cpd.map((r) => ({ kind: 'cpd' as const, id: r.id, title: r.title, date: r.endDate ?? r.startDate, mappings: r.mappings })),
    ...portfolio.training.map((t) => ({ kind: 'training' as const, id: t.id, title: t.course, date: t.completedDate, mappings: t.mappings })),
    ...portfolio.qualifications.map((q) => ({ kind: 'qualification' as const, id: q.id, title: q.title, date: q.dateAwarded, mappings: q.mappings })),
    ...portfolio.evidence.map((e) => ({ kind: 'evidence' as const, id: e.id, title: e.title, date: e.date, mappings: e.mappings })),
  ];
}
