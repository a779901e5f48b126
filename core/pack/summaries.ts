import { parseISO, subMonths, format } from 'date-fns';
import { formatUkDate, formatUkDateLong } from '../format/uk-date';
import type { Portfolio } from '../model/portfolio';
import { drawCommitmentSummary } from './commitment-sections';
import { Flow } from './flow';
import { writeOutline } from './outline';
import { createPackDocument, setPackMetadata, type FontBytes } from './pack-document';
import { formatHours, trainingExpiry } from './pack-labels';
import { applicantName, drawCpdRecord } from './pack-sections';
import { fitLine, stampPageNumbers } from './page-frame';
import { TYPE } from './page-geometry';

export interface WrittenSummary {
  bytes: Uint8Array;
  pages: number;
}

/** CPD over a date range with totals by category: for an appraisal or PDR meeting. */
export async function writeCpdSummary(input: { portfolio: Portfolio; from: string; to: string; date: string; fonts: FontBytes }): Promise<WrittenSummary> {
  const { doc, fonts, type } = await createPackDocument(input.fonts);
  const flow = new Flow(doc, type, fonts);
  const { portfolio } = input;
  const records = portfolio.cpd
    .filter((r) => r.startDate >= input.from && r.startDate <= input.to)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
  flow.newPage();
  flow.heading(`CPD summary: ${applicantName(portfolio)}`, TYPE.heading + 2);
  const role = [portfolio.profile.jobTitle, portfolio.profile.employer].filter(Boolean).join(', ');
  if (role) flow.paragraph(role);
  flow.paragraph(`Prepared ${formatUkDateLong(input.date)} for appraisal.`, { grey: true });
  flow.gap(6);
  drawCpdRecord(flow, records, { from: input.from, to: input.to }, 'Continuing professional development');
  drawCommitmentSummary(flow, portfolio.activities, input.from, input.to);
  const goals = portfolio.goals.filter((g) => g.status === 'in-progress' || g.status === 'not-started');
  if (goals.length > 0) {
    flow.heading('Development goals', TYPE.subheading);
    flow.table(
      [
        { header: 'Objective', share: 0.55 },
        { header: 'Target date', share: 0.2 },
        { header: 'Status', share: 0.25 },
      ],
      goals.map((g) => [g.objective, g.targetDate ? formatUkDate(g.targetDate) : '', g.status === 'in-progress' ? 'In progress' : 'Not started']),
    );
  }
  writeOutline(doc, [{ title: 'CPD summary', pageIndex: 0 }]);
  stampPageNumbers(doc.getPages(), type, fonts.regular, applicantName(portfolio), new Set());
  const name = applicantName(portfolio);
  setPackMetadata(doc, { title: `CPD summary ${formatUkDate(input.from)} to ${formatUkDate(input.to)}: ${name}`, author: name, subject: 'CPD summary for appraisal', date: parseISO(input.date) });
  return { bytes: await doc.save({ useObjectStreams: true }), pages: doc.getPageCount() };
}

/**
 * One page about the technician: role, memberships, registrations aimed for, recent CPD hours,
 * qualifications and current training. Lists are cut short so it always fits one page.
 */
export async function writeProfilePage(input: { portfolio: Portfolio; date: string; fonts: FontBytes }): Promise<WrittenSummary> {
  const { doc, fonts, type } = await createPackDocument(input.fonts);
  const flow = new Flow(doc, type, fonts);
  const { portfolio } = input;
  const p = portfolio.profile;
  const name = applicantName(portfolio);
  flow.newPage();
  flow.heading(name, TYPE.title);
  flow.paragraph([p.jobTitle, p.department, p.employer].filter(Boolean).join(', ') || ' ');
  if (p.email) flow.paragraph(p.email, { grey: true });
  flow.gap(8);
  const yearAgo = format(subMonths(parseISO(input.date), 12), 'yyyy-MM-dd');
  const recent = portfolio.cpd.filter((r) => r.startDate > yearAgo && r.startDate <= input.date);
  flow.field('CPD in the last 12 months', `${formatHours(recent.reduce((s, r) => s + r.hours, 0))} hours over ${recent.length} activities`);
  if (p.professionalBodies.length > 0) flow.field('Memberships', p.professionalBodies.map((b) => [b.name || b.bodyId.toUpperCase(), b.grade].filter(Boolean).join(', ')).join('; '));
  if (p.targetRegistrations.length > 0) flow.field('Working towards', p.targetRegistrations.map((t) => t.frameworkId).join(', '));
  const list = (title: string, items: string[], max: number) => {
    if (items.length === 0) return;
    flow.gap(6);
    flow.heading(title, TYPE.subheading);
    for (const item of items.slice(0, max)) flow.paragraph(`• ${fitLine(type, item, fonts.regular, TYPE.body, flow.width - 10)}`);
    if (items.length > max) flow.paragraph(`and ${items.length - max} more`, { grey: true });
  };
  const jobs = [...portfolio.employment].sort((a, b) => b.startDate.localeCompare(a.startDate));
  list('Employment', jobs.map((j) => `${j.role}, ${j.employer} (${formatUkDate(j.startDate)} – ${j.endDate ? formatUkDate(j.endDate) : 'present'})`), 5);
  const quals = [...portfolio.qualifications].sort((a, b) => (b.dateAwarded ?? '').localeCompare(a.dateAwarded ?? ''));
  list('Qualifications', quals.map((q) => [q.title, q.level, q.awardingBody].filter(Boolean).join(', ')), 6);
  const current = portfolio.training.filter((t) => (trainingExpiry(t) ?? '9999') >= input.date);
  list('Current training', current.map((t) => `${t.course}${trainingExpiry(t) ? ` (until ${formatUkDate(trainingExpiry(t)!)})` : ''}`), 8);
  // Whatever the lists hold, the profile stays one page.
  while (doc.getPageCount() > 1) doc.removePage(doc.getPageCount() - 1);
  writeOutline(doc, [{ title: name, pageIndex: 0 }]);
  stampPageNumbers(doc.getPages(), type, fonts.regular, `Profile, ${formatUkDate(input.date)}`, new Set());
  setPackMetadata(doc, { title: `Profile: ${name}`, author: name, subject: 'One-page profile', date: parseISO(input.date) });
  return { bytes: await doc.save({ useObjectStreams: true }), pages: 1 };
}
