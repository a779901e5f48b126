import { MAPPED_ITEM_KIND_LABELS } from '../coverage/item-kind-labels';
import { formatUkDate } from '../format/uk-date';
import { wordingBelowHeading } from '../frameworks/criterion-wording';
import { lengthLevelsUnderHeading } from '../writing/length-limits';
import type { Flow, TableColumn } from './flow';
import { evidenceTypeLabel, formatHours } from './pack-labels';
import type { PackPlan, PlannedCriterion } from './pack-plan';
import type { SectionMark } from './pack-sections';
import { drawEvidenceTable, type EvidencePageRefs, type EvidenceRow } from './page-refs';
import { TYPE } from './page-geometry';
import { drawSupporterConfirmation } from './route-sections';

/** The criterion as the pack heads it: its code and what may be printed as its heading. */
export const criterionTitle = (c: Pick<PlannedCriterion, 'criterion' | 'wording'>): string => `${c.criterion.code} · ${c.wording.heading}`;

/** "312 of 350 words (limit)", "312 words (about 300–350 advised) · Report: 4,700 words (about 5,000 advised)", "0 words". */
export function wordCountText(c: Pick<PlannedCriterion, 'coverage'>): string {
  return lengthLevelsUnderHeading(c.coverage.statement.lengths);
}

/** One line on the report's first page saying which criteria print the standard's own wording. */
export function wordingNote(plan: PackPlan): string {
  const official = plan.criteria.filter((c) => c.wording.source === 'official').map((c) => c.criterion.code);
  const applicant = plan.criteria.filter((c) => c.wording.source === 'applicant').map((c) => c.criterion.code);
  const list = (codes: string[]) => (codes.length === 1 ? codes[0]! : `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}`);
  const parts: string[] = [];
  if (official.length === plan.criteria.length) parts.push(`Every criterion shows the wording of ${plan.framework.awardingBody}'s standard.`);
  else {
    parts.push(official.length > 0 ? `${list(official)} show${official.length === 1 ? 's' : ''} the standard's own wording.` : 'No criterion here shows the standard\'s own wording.');
    if (applicant.length > 0) parts.push(`${list(applicant)} show${applicant.length === 1 ? 's' : ''} the wording as given in the applicant's form.`);
    parts.push('The others are headed by their code and area only.');
  }
  return parts.join(' ');
}

const CITATION_COLUMNS: TableColumn[] = [
  { header: 'Date', share: 0.14 },
  { header: 'Shown by', share: 0.46 },
  { header: 'Kind', share: 0.2 },
  { header: 'Hours', share: 0.09, align: 'right' },
  { header: 'Page', share: 0.11, align: 'right' },
];

/**
 * The records that show a criterion, each followed by the evidence files it brings, every file
 * with its evidence number and (filled in later) the page it starts on, linked.
 */
function drawCitations(flow: Flow, c: PlannedCriterion, refs: EvidencePageRefs): void {
  const rows: EvidenceRow[] = [];
  for (const { item, evidence } of c.citations) {
    const date = item.date ? formatUkDate(item.date) : '';
    if (item.kind === 'evidence') {
      const own = evidence[0];
      rows.push({ cells: [date, own ? `${own.label}  ${item.title}` : item.title, own ? evidenceTypeLabel(own.item) : 'Evidence', '', ''], evidenceId: own?.item.id });
      continue;
    }
    rows.push({ cells: [date, item.title, MAPPED_ITEM_KIND_LABELS[item.kind], item.hours !== undefined ? formatHours(item.hours) : '', ''] });
    for (const e of evidence) rows.push({ cells: ['', `    ${e.label}  ${e.item.title}`, evidenceTypeLabel(e.item), '', ''], evidenceId: e.item.id });
  }
  drawEvidenceTable(flow, refs, CITATION_COLUMNS, rows, TYPE.small);
}

/** The competence report: per area, each criterion with its statement, word count and what shows it. */
export function drawCompetenceReport(flow: Flow, plan: PackPlan, marks: SectionMark[], refs: EvidencePageRefs): void {
  flow.heading('Competence report');
  flow.paragraph(wordingNote(plan), { size: TYPE.small, grey: true });
  const confirmations = plan.route.supporterKind === 'supporter' && plan.route.supportersNeeded > 0;
  for (const [i, c] of plan.criteria.entries()) {
    const firstOfArea = i === 0 || plan.criteria[i - 1]!.areaCode !== c.areaCode;
    if (firstOfArea) {
      flow.gap(4);
      flow.ensure(140);
      flow.heading(c.wording.areaLabel, TYPE.subheading + 1);
    }
    flow.ensure(80);
    marks.push({ title: criterionTitle(c), pageIndex: flow.pageIndex, level: 1 });
    flow.heading(criterionTitle(c), TYPE.subheading);
    // The official statement only where the heading does not already say it word for word.
    const below = wordingBelowHeading(c.wording);
    if (c.wording.source === 'official' && below) flow.paragraph(below, { size: TYPE.small, grey: true });
    if (c.wording.source === 'applicant' && c.wording.wording) flow.paragraph(`As given in the applicant's form: “${c.wording.wording}”`, { size: TYPE.small, grey: true });
    if (c.statement && c.statement.text.trim()) flow.paragraph(c.statement.text);
    else flow.paragraph('No statement written yet.', { grey: true });
    flow.paragraph(`Length: ${wordCountText(c)}`, { size: TYPE.small, grey: true });
    if (c.citations.length === 0) flow.paragraph('Shown by: nothing mapped to this criterion yet.', { size: TYPE.small });
    else drawCitations(flow, c, refs);
    flow.gap(6);
    const lastOfArea = i === plan.criteria.length - 1 || plan.criteria[i + 1]!.areaCode !== c.areaCode;
    if (lastOfArea && confirmations) drawSupporterConfirmation(flow, c.wording.areaLabel, plan.route);
  }
}
