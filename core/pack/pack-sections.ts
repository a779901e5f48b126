import { bodyName } from '../cpd/bodies';
import { formatUkDate, formatUkDateLong } from '../format/uk-date';
import type { Portfolio } from '../model/portfolio';
import type { Flow } from './flow';
import { evidenceTypeLabel, licensedBodyName, trainingExpiry } from './pack-labels';
import type { PackPlan } from './pack-plan';
import { fitLine } from './page-frame';
import { MARGIN, TYPE } from './page-geometry';
import { addInternalLink, drawEvidenceTable, type EvidencePageRefs, type EvidenceRow } from './page-refs';
import { drawNominatedSupporter } from './route-sections';

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

/** Contents lines fitted on one page of the given height: what the caller reserves pages for before laying out the rest. */
export const contentsLinesPerPage = (pageHeight: number): number => Math.floor((pageHeight - MARGIN.top - MARGIN.bottom - 40) / (TYPE.body * TYPE.lineGap + 2));

/** Fills the contents pages reserved earlier, now that every section's page is known; each line links to its page. */
export function drawContents(flow: Flow, pageIndices: readonly number[], marks: readonly SectionMark[]): void {
  const pages = flow.doc.getPages();
  const size = TYPE.body;
  const lh = size * TYPE.lineGap + 2;
  let slot = 0;
  let y = 0;
  const width = flow.width;
  const top = pages[pageIndices[0]!]!.getHeight() - MARGIN.top;
  for (const mark of marks) {
    if (slot === 0 || y - lh < MARGIN.bottom) {
      const index = pageIndices[Math.min(slot, pageIndices.length - 1)]!;
      flow.page = pages[index]!;
      y = top;
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
    addInternalLink(flow.doc, flow.page, { x: MARGIN.left, y: y - 3, width, height: lh }, pages[mark.pageIndex]!);
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
      p.professionalBodies.map((b) => [bodyName(b.bodyId, p), b.membershipNumber, b.grade]),
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

/**
 * Qualifications with their certificates (evidence number and page), whether or not they are mapped
 * to a criterion; where the route accepts an equivalency report, a line for it.
 */
export function drawQualifications(flow: Flow, plan: PackPlan, refs: EvidencePageRefs): void {
  flow.heading('Qualifications');
  const { route } = plan;
  if (route.qualificationLevel) flow.paragraph(`The route asks for: ${route.qualificationLevel}.`, { size: TYPE.small, grey: true });
  if (plan.qualifications.length === 0) flow.paragraph('No qualifications recorded.', { grey: true });
  else {
    const rows: EvidenceRow[] = [];
    for (const { qualification: q, evidence } of plan.qualifications) {
      const first = evidence[0];
      rows.push({ cells: [q.title, q.level, q.awardingBody, q.dateAwarded ? formatUkDate(q.dateAwarded) : '', first ? `${first.label} ${evidenceTypeLabel(first.item)}` : 'No certificate attached', ''], evidenceId: first?.item.id });
      for (const e of evidence.slice(1)) rows.push({ cells: ['', '', '', '', `${e.label} ${evidenceTypeLabel(e.item)}`, ''], evidenceId: e.item.id });
    }
    drawEvidenceTable(
      flow,
      refs,
      [
        { header: 'Qualification', share: 0.32 },
        { header: 'Level', share: 0.1 },
        { header: 'Awarding body', share: 0.22 },
        { header: 'Awarded', share: 0.12 },
        { header: 'Certificate', share: 0.16 },
        { header: 'Page', share: 0.08, align: 'right' },
      ],
      rows,
      TYPE.small,
    );
  }
  if (route.equivalencyReport?.accepted) {
    const report = plan.qualifications.find((q) => EQUIVALENCY.test(q.qualification.title));
    flow.heading('Equivalency report', TYPE.subheading);
    if (route.equivalencyReport.note) flow.paragraph(route.equivalencyReport.note, { size: TYPE.small, grey: true });
    flow.paragraph(
      report
        ? `Included: ${report.qualification.title}${report.evidence[0] ? ` (${report.evidence[0].label})` : ' (no file attached)'}.`
        : 'Not included.',
    );
  }
}

/** A qualification record that is the route's equivalency (or equivalence) report. */
const EQUIVALENCY = /\bequivalen(cy|ce)\b/i;

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


/** The nominated supporter first, as the route asks, then anyone else the applicant lists. */
export function drawSupporters(flow: Flow, plan: PackPlan): void {
  flow.heading('Supporters');
  drawNominatedSupporter(flow, plan.route);
  const others = plan.portfolio.supporters.filter((s) => s.id !== plan.route.nominated?.id);
  if (others.length === 0) return;
  flow.gap(6);
  flow.heading('Other supporters and referees', TYPE.subheading);
  for (const s of others) {
    flow.heading(`${s.name}${s.kind === 'referee' ? ' (referee)' : ''}`, TYPE.subheading);
    flow.field('Role', [s.role, s.organisation].filter(Boolean).join(', '));
    if (s.email) flow.field('Email', s.email);
    if (s.phone) flow.field('Telephone', s.phone);
    if (s.relationship) flow.field('How they know my work', s.relationship);
    flow.gap(6);
  }
}
