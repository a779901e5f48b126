import { z } from 'zod';
import type { FrameworkCoverage } from '../coverage/schema';
import { MappedItemKind } from '../coverage/schema';
import type { PackPlan } from './pack-plan';
import type { EvidencePlacement } from './page-refs';

/**
 * What one criterion cites, in a form scripts can compare: the items that show it and the
 * evidence files they bring. Coverage gives it without numbers or pages; the pack adds the
 * evidence number and the page each file starts on.
 */
export const CriterionCitations = z.object({
  code: z.string(),
  items: z.array(z.object({ kind: MappedItemKind, id: z.string(), title: z.string() })),
  evidence: z.array(z.object({ id: z.string(), title: z.string(), label: z.string().optional(), page: z.number().int().positive().optional() })),
});
export type CriterionCitations = z.infer<typeof CriterionCitations>;

/** Coverage's answer, criterion by criterion. */
export function coverageCitations(coverage: FrameworkCoverage, evidenceTitles: ReadonlyMap<string, string>): CriterionCitations[] {
  return coverage.criteria.map((c) => ({
    code: c.code,
    items: c.items.map((i) => ({ kind: i.kind, id: i.id, title: i.title })),
    evidence: c.evidenceIds.map((id) => ({ id, title: evidenceTitles.get(id) ?? '' })),
  }));
}

/** The pack's answer, from its plan and where the appendix placed each file. */
export function packCitations(plan: PackPlan, placements: ReadonlyMap<string, EvidencePlacement>): CriterionCitations[] {
  return plan.criteria.map((c) => ({
    code: c.criterion.code,
    items: c.citations.map(({ item }) => ({ kind: item.kind, id: item.id, title: item.title })),
    evidence: c.evidence.map((e) => {
      const placed = placements.get(e.item.id);
      return { id: e.item.id, title: e.item.title, label: e.label, ...(placed ? { page: placed.pageIndex + 1 } : {}) };
    }),
  }));
}
