import { formatUkDate } from '../format/uk-date';
import type { Flow, TableColumn } from './flow';
import { evidenceTypeLabel } from './pack-labels';
import type { PackPlan } from './pack-plan';
import { drawEvidenceTable, type EvidencePageRefs } from './page-refs';
import { TYPE } from './page-geometry';

/** Every evidence item with the criteria it is cited for, the page it starts on and how many pages it has. */
export function drawEvidenceIndex(flow: Flow, plan: PackPlan, refs: EvidencePageRefs): void {
  flow.heading('Evidence index');
  if (plan.evidence.length === 0) {
    flow.paragraph('No evidence is cited in this application yet.', { grey: true });
    return;
  }
  const columns: TableColumn[] = [
    { header: 'No.', share: 0.08 },
    { header: 'Title', share: 0.34 },
    { header: 'Date', share: 0.12 },
    { header: 'Type', share: 0.14 },
    { header: 'Cited for', share: 0.16 },
    { header: 'Pages', share: 0.08, align: 'right' },
    { header: 'Page', share: 0.08, align: 'right' },
  ];
  // The page column comes last in every evidence table; here the page count sits before it.
  drawEvidenceTable(
    flow,
    refs,
    columns,
    plan.evidence.map((e) => ({ cells: [e.label, e.item.title, formatUkDate(e.item.date), evidenceTypeLabel(e.item), e.codes.join(', ') || 'Qualification', '', ''], evidenceId: e.item.id })),
    TYPE.small,
    (row, place) => {
      refs.inTableCell(place, 5, row.evidenceId!, 'count', false);
      refs.typeCell(place, 3, row.evidenceId!, row.cells[3]!);
    },
  );
}

/**
 * Criteria across, evidence down: an assessor finds a criterion's column, runs down to a mark and
 * reads the page. Sized to fit one page for a usual application; a long one runs on.
 */
export function drawEvidenceMatrix(flow: Flow, plan: PackPlan, refs: EvidencePageRefs): void {
  flow.heading('Criteria and evidence');
  if (plan.evidence.length === 0) {
    flow.paragraph('No evidence is cited in this application yet.', { grey: true });
    return;
  }
  const codes = plan.criteria.map((c) => c.criterion.code);
  const fixed = { label: 0.08, title: 0.26, page: 0.07 };
  const each = (1 - fixed.label - fixed.title - fixed.page) / codes.length;
  const columns: TableColumn[] = [
    { header: 'No.', share: fixed.label },
    { header: 'Evidence', share: fixed.title },
    { header: 'Page', share: fixed.page, align: 'right' },
    ...codes.map((code) => ({ header: code, share: each })),
  ];
  const size = Math.min(TYPE.small, 7.5);
  flow.table(
    columns,
    plan.evidence.map((e) => [e.label, e.item.title, '', ...codes.map((code) => (e.codes.includes(code) ? '●' : ''))]),
    size,
    // The matrix keeps its page beside the title, where the eye is before it runs across.
    (row, place) => refs.inTableCell(place, 2, plan.evidence[row]!.item.id),
  );
  flow.paragraph('● the criterion cites this evidence. Page numbers link to the evidence in the appendix.', { size: TYPE.small, grey: true });
}
