import { formatUkDate, formatUkDateLong } from '../format/uk-date';
import type { CpdRecord } from '../model/cpd-record';
import type { Portfolio } from '../model/portfolio';
import type { Flow, TableColumn } from './flow';
import { categoryLabel, evidenceTypeLabel, formatHours, licensedBodyName, reflectionLine, trainingExpiry, ukDateRange } from './pack-labels';
import type { PackPlan } from './pack-plan';
import { fitLine } from './page-frame';
import { A4, MARGIN, TYPE } from './page-geometry';

/** A section's bookmark and contents entry; `level` 1 entries sit under the section before them. */
export interface SectionMark {
  title: string;
  pageIndex: number;
  level: 0 | 1;
}

export const applicantName = (portfolio: Portfolio): string => portfolio.profile.name || 'Name not given';

export function drawCover(flow: Flow, plan: PackPlan): void {
  const { profile } = plan.portfolio;
  const fw = plan.framework;
  flow.newPage();
  flow.gap(160);
  flow.heading(applicantName(plan.portfolio), TYPE.title);
  flow.gap(10);
  flow.paragraph(`Application for registration as ${fw.name} (${fw.shortName})`, { font: flow.fonts.bold, size: 13 });
  const body = licensedBodyName(profile, fw.id);
  flow.gap(16);
  flow.field('Register', `${fw.name} (${fw.shortName}), ${fw.awardingBody}`);
  flow.field('Licensed body', body || 'Not chosen yet');
  flow.field('Date', formatUkDateLong(plan.date));
  if (profile.jobTitle || profile.employer) flow.field('Current role', [profile.jobTitle, profile.employer].filter(Boolean).join(', '));
  flow.gap(30);
  flow.paragraph(`Competence standard: ${fw.name}, ${fw.edition}.`, { size: TYPE.small, grey: true });
}

/** Contents lines fitted on one page: what the caller reserves pages for before laying out the rest. */
export const CONTENTS_LINES_PER_PAGE = Math.floor((A4.height - MARGIN.top - MARGIN.bottom - 40) / (TYPE.body * TYPE.lineGap + 2));

/** Fills the contents pages reserved earlier, now that every section's page is known. */
export function drawContents(flow: Flow, pageIndices: readonly number[], marks: readonly SectionMark[]): void {
  const pages = flow.doc.getPages();
  const size = TYPE.body;
  const lh = size * TYPE.lineGap + 2;
  let slot = 0;
  let y = 0;
  const width = flow.width;
  for (const mark of marks) {
    if (slot === 0 || y - lh < MARGIN.bottom) {
      const index = pageIndices[Math.min(slot, pageIndices.length - 1)]!;
      flow.page = pages[index]!;
      y = A4.height - MARGIN.top;
      if (slot === 0) {
        y -= TYPE.heading;
        flow.type.draw(flow.page, 'Contents', { x: MARGIN.left, y, size: TYPE.heading, font: flow.fonts.bold });
        y -= 20;
      }
      slot += 1;
    }
    y -= lh;
    const font = mark.level === 0 ? flow.fonts.bold : flow.fonts.regular;
    const indent = mark.level === 0 ? 0 : 14;
    const number = String(mark.pageIndex + 1);
    const numberWidth = flow.type.width(number, flow.fonts.regular, size);
    flow.type.draw(flow.page, fitLine(flow.type, mark.title, font, size, width - indent - numberWidth - 20), { x: MARGIN.left + indent, y, size, font });
    flow.type.draw(flow.page, number, { x: MARGIN.left + width - numberWidth, y, size, font: flow.fonts.regular });
  }
}

export function drawApplicant(flow: Flow, plan: PackPlan): void {
  const p = plan.portfolio.profile;
  flow.heading('Applicant details');
  flow.field('Name', p.name);
  if (p.preferredName) flow.field('Preferred name', p.preferredName);
  flow.field('Job title', p.jobTitle);
  flow.field('Employer', p.employer);
  if (p.department) flow.field('Department', p.department);
  flow.field('Email', p.email);
  if (p.professionalBodies.length > 0) {
    flow.gap(8);
    flow.heading('Professional bodies', TYPE.subheading);
    flow.table(
      [
        { header: 'Body', share: 0.45 },
        { header: 'Membership number', share: 0.25 },
        { header: 'Grade', share: 0.3 },
      ],
      p.professionalBodies.map((b) => [b.name || b.bodyId.toUpperCase(), b.membershipNumber, b.grade]),
    );
  }
}

export function drawEmployment(flow: Flow, plan: PackPlan): void {
  flow.heading('Employment history');
  const jobs = [...plan.portfolio.employment].sort((a, b) => b.startDate.localeCompare(a.startDate));
  if (jobs.length === 0) flow.paragraph('No employment recorded.', { grey: true });
  for (const job of jobs) {
    flow.heading(`${job.role}, ${job.employer}`, TYPE.subheading);
    flow.field('Dates', `${formatUkDate(job.startDate)} – ${job.endDate ? formatUkDate(job.endDate) : 'present'}`);
    if (job.department) flow.field('Department', job.department);
    if (job.description.trim()) flow.paragraph(job.description);
    flow.gap(6);
  }
}

export function drawQualifications(flow: Flow, plan: PackPlan): void {
  flow.heading('Qualifications');
  const quals = [...plan.portfolio.qualifications].sort((a, b) => (b.dateAwarded ?? '').localeCompare(a.dateAwarded ?? ''));
  if (quals.length === 0) {
    flow.paragraph('No qualifications recorded.', { grey: true });
    return;
  }
  flow.table(
    [
      { header: 'Qualification', share: 0.4 },
      { header: 'Level', share: 0.12 },
      { header: 'Awarding body', share: 0.32 },
      { header: 'Awarded', share: 0.16 },
    ],
    quals.map((q) => [q.title, q.level, q.awardingBody, q.dateAwarded ? formatUkDate(q.dateAwarded) : '']),
    TYPE.body - 0.5,
  );
}

/** The competence report: each criterion with its statement, word count and the evidence it cites. */
export function drawCompetenceReport(flow: Flow, plan: PackPlan, marks: SectionMark[]): void {
  flow.heading('Competence report');
  let area = '';
  for (const c of plan.criteria) {
    if (c.areaCode !== area) {
      area = c.areaCode;
      flow.gap(4);
      flow.ensure(140);
      flow.heading(`${c.areaCode}. ${c.areaHeading}`, TYPE.subheading + 1);
    }
    flow.ensure(80);
    marks.push({ title: `${c.criterion.code} ${c.criterion.heading}`, pageIndex: flow.pageIndex, level: 1 });
    flow.heading(`${c.criterion.code}  ${c.criterion.heading}`, TYPE.subheading);
    if (c.criterion.officialStatement) flow.paragraph(c.criterion.officialStatement, { size: TYPE.small, grey: true });
    if (c.statement && c.statement.text.trim()) flow.paragraph(c.statement.text);
    else flow.paragraph('No statement written yet.', { grey: true });
    const limit = c.criterion.wordLimit;
    const words = `${c.words} word${c.words === 1 ? '' : 's'}${limit ? ` (limit ${limit})` : ''}`;
    const cites = c.evidence.length > 0 ? c.evidence.map((e) => `${e.label} ${e.item.title}`).join('; ') : 'none';
    flow.paragraph(`Word count: ${words}`, { size: TYPE.small, grey: true });
    flow.paragraph(`Evidence: ${cites}`, { size: TYPE.small });
    flow.gap(6);
  }
}

export function drawSupporters(flow: Flow, plan: PackPlan): void {
  flow.heading('Supporters');
  const people = plan.portfolio.supporters;
  if (people.length === 0) flow.paragraph('No supporters recorded.', { grey: true });
  for (const s of people) {
    flow.heading(`${s.name}${s.kind === 'referee' ? ' (referee)' : ''}`, TYPE.subheading);
    flow.field('Role', [s.role, s.organisation].filter(Boolean).join(', '));
    if (s.email) flow.field('Email', s.email);
    if (s.phone) flow.field('Telephone', s.phone);
    if (s.relationship) flow.field('How they know my work', s.relationship);
    flow.gap(6);
  }
}

export interface CategoryTotal {
  category: string;
  label: string;
  hours: number;
  records: number;
}

export function cpdTotals(records: readonly CpdRecord[]): CategoryTotal[] {
  const totals = new Map<string, CategoryTotal>();
  for (const r of records) {
    const key = r.category ?? '';
    const t = totals.get(key) ?? { category: key, label: categoryLabel(r.category), hours: 0, records: 0 };
    t.hours += r.hours;
    t.records += 1;
    totals.set(key, t);
  }
  return [...totals.values()].sort((a, b) => b.hours - a.hours || a.label.localeCompare(b.label));
}

/** The CPD table for a period, then hours by category. Shared by the pack and the CPD summary. */
export function drawCpdRecord(flow: Flow, records: readonly CpdRecord[], period: { from: string; to: string }, title = 'CPD record'): void {
  flow.heading(title);
  flow.paragraph(`Activities from ${formatUkDate(period.from)} to ${formatUkDate(period.to)}.`, { grey: true });
  if (records.length === 0) {
    flow.paragraph('No CPD recorded in this period.', { grey: true });
    return;
  }
  const columns: TableColumn[] = [
    { header: 'Dates', share: 0.15 },
    { header: 'Activity', share: 0.27 },
    { header: 'Category', share: 0.15 },
    { header: 'Hours', share: 0.07, align: 'right' },
    { header: 'Reflection', share: 0.36 },
  ];
  const reflectionWidth = flow.width * 0.36 - 4;
  flow.table(
    columns,
    records.map((r) => [
      ukDateRange(r.startDate, r.endDate),
      r.title,
      categoryLabel(r.category),
      formatHours(r.hours),
      fitLine(flow.type, reflectionLine(r), flow.fonts.regular, TYPE.small, reflectionWidth),
    ]),
  );
  flow.heading('Totals by category', TYPE.subheading);
  const totals = cpdTotals(records);
  const all = records.reduce((sum, r) => sum + r.hours, 0);
  flow.table(
    [
      { header: 'Category', share: 0.6 },
      { header: 'Activities', share: 0.2, align: 'right' },
      { header: 'Hours', share: 0.2, align: 'right' },
    ],
    [...totals.map((t) => [t.label, String(t.records), formatHours(t.hours)]), ['Total', String(records.length), formatHours(all)]],
    TYPE.body - 0.5,
  );
}

export function drawTraining(flow: Flow, plan: PackPlan): void {
  flow.heading('Training register');
  const records = [...plan.portfolio.training].sort((a, b) => b.completedDate.localeCompare(a.completedDate));
  if (records.length === 0) {
    flow.paragraph('No training recorded.', { grey: true });
    return;
  }
  flow.table(
    [
      { header: 'Course', share: 0.34 },
      { header: 'Provider', share: 0.22 },
      { header: 'Kind', share: 0.14 },
      { header: 'Completed', share: 0.15 },
      { header: 'Expires', share: 0.15 },
    ],
    records.map((t) => {
      const expiry = trainingExpiry(t);
      return [t.course, t.provider, t.kind, formatUkDate(t.completedDate), expiry ? formatUkDate(expiry) : ''];
    }),
  );
}

export function drawEvidenceIndex(flow: Flow, plan: PackPlan): void {
  flow.heading('Evidence index');
  if (plan.evidence.length === 0) {
    flow.paragraph('No evidence is mapped to this framework yet.', { grey: true });
    return;
  }
  flow.table(
    [
      { header: 'No.', share: 0.07 },
      { header: 'Title', share: 0.43 },
      { header: 'Date', share: 0.13 },
      { header: 'Type', share: 0.17 },
      { header: 'Criteria', share: 0.2 },
    ],
    plan.evidence.map((e) => [e.label, e.item.title, formatUkDate(e.item.date), evidenceTypeLabel(e.item), e.codes.join(', ')]),
  );
}

export function drawDeclaration(flow: Flow, plan: PackPlan): void {
  flow.heading('Declaration');
  flow.paragraph(
    `I confirm that the information in this application for ${plan.framework.shortName} is true and complete to the best of my knowledge, that the competence report is my own work, and that the evidence I have included is genuine.`,
  );
  flow.gap(30);
  flow.field('Name', applicantName(plan.portfolio));
  const line = (label: string) => {
    flow.gap(36);
    flow.type.draw(flow.page, label, { x: MARGIN.left, y: flow.y, size: TYPE.body, font: flow.fonts.bold });
    flow.page.drawLine({ start: { x: MARGIN.left + 150, y: flow.y - 2 }, end: { x: MARGIN.left + flow.width, y: flow.y - 2 }, thickness: 0.6 });
  };
  line('Signature');
  line('Date');
}
