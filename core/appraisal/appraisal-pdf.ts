import { parseISO } from 'date-fns';
import { formatUkDate, formatUkDateLong } from '../format/uk-date';
import { drawCpdRecord } from '../pack/cpd-section';
import { TABLES } from '../pack/commitment-sections';
import { Flow } from '../pack/flow';
import { writeOutline, type OutlineNode } from '../pack/outline';
import { createPackDocument, setPackMetadata, type FontBytes } from '../pack/pack-document';
import { stampPageNumbers } from '../pack/page-frame';
import { TYPE } from '../pack/page-geometry';
import { draftsLeftOutLine } from '../pack/summaries';
import type { TrainingStanding } from '../training/compliance';
import type { AppraisalContent, AppraisalGoal } from './appraisal-content';

export interface WrittenAppraisal {
  bytes: Uint8Array;
  pages: number;
}

/** The section titles, in order, shared by the PDF and the Word copy. */
export const APPRAISAL_SECTIONS = {
  objectives: 'Objectives and their status',
  cpd: 'CPD since the last review',
  training: 'Training compliance',
  registers: 'Progress towards registration',
  commitment: 'Technician Commitment',
  proposed: 'Proposed goals',
} as const;

export const appraisalTitle = (content: AppraisalContent): string => `Appraisal: ${content.name}`;
export const appraisalPeriodLine = (content: AppraisalContent): string =>
  `Prepared ${formatUkDateLong(content.date)} for the annual review, covering ${formatUkDate(content.since)} to ${formatUkDate(content.date)}.`;

/** "First aid at work (St John): expired on 01/03/2026". */
export const trainingLine = (s: TrainingStanding): string =>
  `${s.record.course}${s.record.provider ? ` (${s.record.provider})` : ''}: ${s.status.kind === 'expired' ? 'expired on' : 'due'} ${formatUkDate(s.status.date)}`;

export const goalRow = (g: AppraisalGoal): string[] => [g.objective, g.measure, g.targetDate ? formatUkDate(g.targetDate) : '', g.status];
export const GOAL_HEADERS = ['Objective', 'Measure', 'Target date', 'Status'] as const;

/** What a register's progress says in words, for both documents. */
export function registerLines(register: AppraisalContent['registers'][number], since: string): string[] {
  return [
    `Criteria evidenced: ${register.evidencedNow} of ${register.criteriaCount} now, ${register.evidencedBefore} before ${formatUkDate(since)}.`,
    register.newlyEvidenced.length === 0 ? 'No criterion newly evidenced since the last review.' : `Newly evidenced: ${register.newlyEvidenced.map((c) => `${c.code} (${c.heading})`).join('; ')}.`,
    register.statements.length === 0
      ? 'No statement written or changed since the last review.'
      : `Statements written or changed: ${register.statements.map((s) => `${s.code} (${s.change})`).join('; ')}.`,
  ];
}

function drawGoals(flow: Flow, title: string, goals: readonly AppraisalGoal[], none: string): void {
  flow.heading(title);
  if (goals.length === 0) {
    flow.paragraph(none, { grey: true });
    return;
  }
  const shares = [0.4, 0.3, 0.14, 0.16];
  flow.table(
    GOAL_HEADERS.map((header, i) => ({ header, share: shares[i]! })),
    goals.map(goalRow),
  );
}

/**
 * The appraisal (PDR) document as a PDF, built from the pack's own blocks: the same fonts, flow,
 * tables, CPD record with reflections in full, outline and metadata as the application pack.
 */
export async function writeAppraisalPdf(content: AppraisalContent, fontBytes: FontBytes): Promise<WrittenAppraisal> {
  const { doc, fonts, type } = await createPackDocument(fontBytes);
  const flow = new Flow(doc, type, fonts);
  const outline: OutlineNode[] = [];
  const section = (title: string) => {
    flow.gap(6);
    flow.ensure(120);
    outline.push({ title, pageIndex: flow.pageIndex });
  };
  flow.newPage();
  flow.heading(appraisalTitle(content), TYPE.heading + 2);
  if (content.role) flow.paragraph(content.role);
  flow.paragraph(appraisalPeriodLine(content), { grey: true });
  flow.gap(4);

  section(APPRAISAL_SECTIONS.objectives);
  drawGoals(flow, APPRAISAL_SECTIONS.objectives, content.objectives, 'No development goals are recorded.');

  section(APPRAISAL_SECTIONS.cpd);
  drawCpdRecord(flow, content.cpd, { from: content.since, to: content.date }, APPRAISAL_SECTIONS.cpd);
  const left = draftsLeftOutLine(content.draftsLeftOut);
  if (left) flow.paragraph(left, { grey: true });

  section(APPRAISAL_SECTIONS.training);
  flow.heading(APPRAISAL_SECTIONS.training);
  flow.field('Expired', content.training.expired.length === 0 ? 'None' : content.training.expired.map(trainingLine).join('\n'));
  flow.field('Due in the next 12 months', content.training.dueSoon.length === 0 ? 'None' : content.training.dueSoon.map(trainingLine).join('\n'));

  section(APPRAISAL_SECTIONS.registers);
  flow.heading(APPRAISAL_SECTIONS.registers);
  if (content.registers.length === 0) flow.paragraph('No target registration is set in the profile.', { grey: true });
  for (const register of content.registers) {
    flow.heading(register.name, TYPE.subheading);
    for (const line of registerLines(register, content.since)) flow.paragraph(line);
  }

  section(APPRAISAL_SECTIONS.commitment);
  flow.heading(APPRAISAL_SECTIONS.commitment);
  if (content.commitment.length === 0) flow.paragraph('No Technician Commitment records in this period.', { grey: true });
  for (const group of content.commitment) {
    flow.heading(group.title, TYPE.subheading);
    flow.table(TABLES[group.kind].columns, group.activities.map(TABLES[group.kind].row));
  }

  section(APPRAISAL_SECTIONS.proposed);
  drawGoals(flow, APPRAISAL_SECTIONS.proposed, content.proposedGoals, 'No goals proposed yet.');

  writeOutline(doc, outline);
  stampPageNumbers(doc.getPages(), type, fonts.regular, content.name, new Set());
  setPackMetadata(doc, {
    title: `Appraisal ${formatUkDate(content.since)} to ${formatUkDate(content.date)}: ${content.name}`,
    author: content.name,
    subject: 'Appraisal (annual review) pack',
    date: parseISO(content.date),
  });
  return { bytes: await doc.save({ useObjectStreams: true }), pages: doc.getPageCount() };
}
