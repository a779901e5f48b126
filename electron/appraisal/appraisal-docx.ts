import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { AppraisalContent, AppraisalGoal } from '../../core/appraisal/appraisal-content';
import { APPRAISAL_SECTIONS, appraisalPeriodLine, appraisalTitle, GOAL_HEADERS, goalRow, registerLines, trainingLine } from '../../core/appraisal/appraisal-pdf';
import { formatUkDateRange } from '../../core/format/uk-date';
import { categoryLabel } from '../../core/format/labels';
import { writtenBlocks } from '../../core/pack/cpd-section';
import { formatHours } from '../../core/pack/pack-labels';
import { draftsLeftOutLine } from '../../core/pack/summaries';
import { TABLES } from '../../core/pack/commitment-sections';
import { paragraphsOf } from '../word/paragraphs';

type Block = Paragraph | Table;

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text, heading: level });
const note = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

function table(headers: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({ tableHeader: bold, children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(headers, true), ...rows.map((r) => row(r, false))] });
}

const goals = (items: readonly AppraisalGoal[], none: string): Block[] => (items.length === 0 ? [note(none)] : [table(GOAL_HEADERS, items.map(goalRow))]);

/**
 * The appraisal document as Word, for managers who write their review notes into it: the same
 * sections and the same words as the PDF, from the same content.
 */
export async function appraisalDocx(content: AppraisalContent): Promise<Uint8Array> {
  const children: Block[] = [new Paragraph({ text: appraisalTitle(content), heading: HeadingLevel.TITLE })];
  if (content.role) children.push(new Paragraph({ text: content.role }));
  children.push(new Paragraph({ text: appraisalPeriodLine(content) }));

  children.push(heading(APPRAISAL_SECTIONS.objectives), ...goals(content.objectives, 'No development goals are recorded.'));

  children.push(heading(APPRAISAL_SECTIONS.cpd));
  if (content.cpd.length === 0) children.push(note('No CPD recorded in this period.'));
  let category: string | undefined;
  for (const record of content.cpd) {
    const label = categoryLabel(record.category);
    if (label !== category) children.push(heading((category = label), HeadingLevel.HEADING_2));
    children.push(heading(`${record.title} (${formatUkDateRange(record.startDate, record.endDate)}, ${formatHours(record.hours)} h)`, HeadingLevel.HEADING_3));
    const blocks = writtenBlocks(record);
    if (blocks.length === 0) children.push(note('No reflection written.'));
    for (const block of blocks) children.push(new Paragraph({ children: [new TextRun({ text: block.label, bold: true })] }), ...paragraphsOf(block.text));
  }
  const left = draftsLeftOutLine(content.draftsLeftOut);
  if (left) children.push(note(left));

  children.push(heading(APPRAISAL_SECTIONS.training));
  children.push(new Paragraph({ children: [new TextRun({ text: 'Expired', bold: true })] }));
  children.push(...(content.training.expired.length === 0 ? [new Paragraph({ text: 'None' })] : content.training.expired.map((s) => new Paragraph({ text: trainingLine(s), bullet: { level: 0 } }))));
  children.push(new Paragraph({ children: [new TextRun({ text: 'Due in the next 12 months', bold: true })] }));
  children.push(...(content.training.dueSoon.length === 0 ? [new Paragraph({ text: 'None' })] : content.training.dueSoon.map((s) => new Paragraph({ text: trainingLine(s), bullet: { level: 0 } }))));

  children.push(heading(APPRAISAL_SECTIONS.registers));
  if (content.registers.length === 0) children.push(note('No target registration is set in the profile.'));
  for (const register of content.registers) {
    children.push(heading(register.name, HeadingLevel.HEADING_2), ...registerLines(register, content.since).map((text) => new Paragraph({ text })));
  }

  children.push(heading(APPRAISAL_SECTIONS.commitment));
  if (content.commitment.length === 0) children.push(note('No Technician Commitment records in this period.'));
  for (const group of content.commitment) {
    const t = TABLES[group.kind];
    children.push(heading(group.title, HeadingLevel.HEADING_2), table(t.columns.map((c) => c.header), group.activities.map(t.row)));
  }

  children.push(heading(APPRAISAL_SECTIONS.proposed), ...goals(content.proposedGoals, 'No goals proposed yet.'));

  const title = `${appraisalTitle(content)}, ${formatUkDateRange(content.since, content.date)}`;
  return Packer.toBuffer(new Document({ title, creator: content.name, description: title, sections: [{ children }] }));
}
