import { parseISO } from 'date-fns';
import { bodyName } from '../cpd/bodies';
import { countedCpdInPeriod, draftCpdInPeriod } from '../cpd/counted-records';
import { progressInPeriod, twelveMonthsTo } from '../cpd/target-progress';
import { ruleBodiesFor } from '../cpd-rules/bodies-for-profile';
import { evaluateRuleSet } from '../cpd-rules/evaluate';
import { proratedTarget } from '../cpd-rules/period';
import { findCpdRuleSet } from '../cpd-rules/rule-sets';
import type { CpdAudit } from '../cpd-rules/schema';
import { formatUkDate, formatUkDateLong } from '../format/uk-date';
import type { Portfolio } from '../model/portfolio';
import type { CpdTarget } from '../model/profile';
import { COMPLIANCE_DUE_DAYS, trainingCompliance, type TrainingStanding } from '../training/compliance';
import { expiryDateOf } from '../training/expiry';
import { drawCommitmentSummary } from './commitment-sections';
import { drawCpdRecord } from './cpd-section';
import { Flow } from './flow';
import { writeOutline } from './outline';
import { createPackDocument, setPackMetadata, type FontBytes } from './pack-document';
import type { Deflate } from './stream-deflate';
import { formatHours } from './pack-labels';
import { applicantName } from './pack-sections';
import { fitLine, stampPageNumbers } from './page-frame';
import { TYPE } from './page-geometry';

export interface WrittenSummary {
  bytes: Uint8Array;
  pages: number;
}

/** Framework names by id, so a page names "Registered Science Technician", never "sc-rscitech". */
export type FrameworkNames = Readonly<Record<string, { name: string; shortName: string }>>;

type Period = { from: string; to: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const amount = (n: number, unit: CpdTarget['unit']) => `${formatHours(n)} ${unit === 'hours' ? (n === 1 ? 'hour' : 'hours') : n === 1 ? 'point' : 'points'}`;

/** "2 draft records in this period are not included; finish them in the CPD log." */
export function draftsLeftOutLine(drafts: number): string | undefined {
  if (drafts === 0) return undefined;
  return `${drafts === 1 ? '1 draft record in this period is' : `${drafts} draft records in this period are`} not included; finish ${drafts === 1 ? 'it' : 'them'} in the CPD log.`;
}

/** One target as a sentence: what was done against what the year (or the period's share of it) asks. */
function targetLine(target: CpdTarget, records: Portfolio['cpd'], period: Period, what: string): string {
  const done = progressInPeriod(target, records, period).total;
  const wanted = proratedTarget(target.amount, period);
  const verdict = done >= wanted ? 'met' : `${amount(Math.round((wanted - done) * 100) / 100, target.unit)} short`;
  return `${what}: ${amount(done, target.unit)} of ${formatHours(wanted)} (${verdict}).`;
}

function drawTargets(flow: Flow, portfolio: Portfolio, period: Period): void {
  flow.gap(6);
  flow.heading('CPD against yearly targets', TYPE.subheading);
  const { profile } = portfolio;
  if (profile.cpdTargets.length === 0) {
    flow.paragraph('No yearly CPD target is set in the profile.', { grey: true });
    return;
  }
  const year = twelveMonthsTo(period.to);
  const sameSpan = year.from === period.from && year.to === period.to;
  for (const target of profile.cpdTargets) {
    const lines = [targetLine(target, portfolio.cpd, year, `12 months to ${formatUkDate(year.to)}`)];
    if (!sameSpan) lines.push(targetLine(target, portfolio.cpd, period, `This period, ${formatUkDate(period.from)} to ${formatUkDate(period.to)}`));
    flow.field(`${bodyName(target.bodyId, profile)}: ${amount(target.amount, target.unit)} a year`, lines.join('\n'), 200);
  }
}

function drawTraining(flow: Flow, portfolio: Portfolio, date: string): void {
  flow.gap(6);
  flow.heading('Training compliance', TYPE.subheading);
  const { expired, dueSoon } = trainingCompliance(portfolio.training, date);
  const line = (s: TrainingStanding) => `${s.record.course}${s.record.provider ? ` (${s.record.provider})` : ''}: ${s.status.kind === 'expired' ? 'expired on' : 'due'} ${formatUkDate(s.status.date)}`;
  if (expired.length === 0 && dueSoon.length === 0) {
    flow.paragraph(
      portfolio.training.length === 0
        ? 'No training is recorded in the training register.'
        : `All training in the register is in date, and none falls due within ${COMPLIANCE_DUE_DAYS} days of ${formatUkDate(date)}.`,
    );
    return;
  }
  flow.field('Expired', expired.length === 0 ? 'None' : expired.map(line).join('\n'));
  flow.field(`Due within ${COMPLIANCE_DUE_DAYS} days`, dueSoon.length === 0 ? 'None' : dueSoon.map(line).join('\n'));
}

const verdict: Record<CpdAudit['status'], string> = { pass: 'Met', warn: 'Met, with a point to check', fail: 'Not met' };
const ruleVerdict: Record<CpdAudit['status'], string> = { pass: 'Met', warn: 'Check', fail: 'Not met' };

function drawAudits(flow: Flow, portfolio: Portfolio, period: Period): void {
  flow.gap(6);
  flow.heading('CPD requirements', TYPE.subheading);
  const sets = ruleBodiesFor(portfolio.profile).flatMap((id) => findCpdRuleSet(id) ?? []);
  if (sets.length === 0) {
    flow.paragraph('No professional body in the profile has CPD requirements Techfolio can check.', { grey: true });
    return;
  }
  for (const set of sets) {
    const audit = evaluateRuleSet(set, { records: portfolio.cpd, goals: portfolio.goals, period, gapExplanations: portfolio.cpdGapExplanations });
    flow.field(audit.name, `${verdict[audit.status]} for ${formatUkDate(period.from)} to ${formatUkDate(period.to)}.`, 200);
    for (const result of audit.results) {
      flow.paragraph(`${ruleVerdict[result.status]}: ${result.title}. ${result.summary}`, { indent: 12, size: TYPE.small + 0.5 });
      for (const reason of result.missing) flow.paragraph(`• ${reason}`, { indent: 24, size: TYPE.small, grey: true });
    }
    flow.gap(4);
  }
}

/**
 * CPD over a date range for an appraisal or PDR meeting: where the technician stands (hours against
 * targets, training compliance, each body's CPD requirement), then every completed activity with
 * its reflection in full. Drafts are left out and the summary says how many.
 */
export async function writeCpdSummary(input: { portfolio: Portfolio; from: string; to: string; date: string; fonts: FontBytes; deflate?: Deflate | undefined }): Promise<WrittenSummary> {
  const { doc, fonts, type } = await createPackDocument(input.fonts, input.deflate);
  const flow = new Flow(doc, type, fonts);
  const { portfolio } = input;
  const period = { from: input.from, to: input.to };
  const records = countedCpdInPeriod(portfolio.cpd, period);
  const drafts = draftCpdInPeriod(portfolio.cpd, period).length;
  flow.newPage();
  flow.heading(`CPD summary: ${applicantName(portfolio)}`, TYPE.heading + 2);
  const role = [portfolio.profile.jobTitle, portfolio.profile.employer].filter(Boolean).join(', ');
  if (role) flow.paragraph(role);
  flow.paragraph(`Prepared ${formatUkDateLong(input.date)} for appraisal, covering ${formatUkDate(input.from)} to ${formatUkDate(input.to)}.`, { grey: true });
  flow.gap(4);
  flow.field('CPD in this period', `${amount(records.reduce((s, r) => s + r.hours, 0), 'hours')} over ${plural(records.length, 'activity', 'activities')}`);
  const left = draftsLeftOutLine(drafts);
  if (left) flow.paragraph(left, { grey: true });
  flow.gap(4);
  drawTargets(flow, portfolio, period);
  drawTraining(flow, portfolio, input.date);
  drawAudits(flow, portfolio, period);
  flow.gap(6);
  drawCpdRecord(flow, records, period, 'Continuing professional development');
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

/** A registration aimed for, by the framework's name and the body it goes through. */
function registrationLine(portfolio: Portfolio, frameworkId: string, viaBodyId: string, frameworks: FrameworkNames): string {
  const fw = frameworks[frameworkId];
  const name = fw ? `${fw.name} (${fw.shortName})` : 'a registration whose framework is no longer in Techfolio';
  return viaBodyId ? `${name} through ${bodyName(viaBodyId, portfolio.profile)}` : name;
}

/**
 * One page about the technician: role, memberships, registrations aimed for, recent CPD hours,
 * qualifications and current training. Lists are cut short so it always fits one page.
 */
export async function writeProfilePage(input: { portfolio: Portfolio; date: string; fonts: FontBytes; frameworks: FrameworkNames; deflate?: Deflate | undefined }): Promise<WrittenSummary> {
  const { doc, fonts, type } = await createPackDocument(input.fonts, input.deflate);
  const flow = new Flow(doc, type, fonts);
  const { portfolio } = input;
  const p = portfolio.profile;
  const name = applicantName(portfolio);
  flow.newPage();
  flow.heading(name, TYPE.title);
  flow.paragraph([p.jobTitle, p.department, p.employer].filter(Boolean).join(', ') || ' ');
  if (p.email) flow.paragraph(p.email, { grey: true });
  flow.gap(8);
  const recent = countedCpdInPeriod(portfolio.cpd, twelveMonthsTo(input.date));
  flow.field('CPD in the last 12 months', `${amount(recent.reduce((s, r) => s + r.hours, 0), 'hours')} over ${plural(recent.length, 'activity', 'activities')}`);
  if (p.professionalBodies.length > 0) flow.field('Memberships', p.professionalBodies.map((b) => [bodyName(b.bodyId, p), b.grade].filter(Boolean).join(', ')).join('; '));
  if (p.targetRegistrations.length > 0) flow.field('Working towards', p.targetRegistrations.map((t) => registrationLine(portfolio, t.frameworkId, t.viaBodyId, input.frameworks)).join('; '));
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
  const current = portfolio.training.filter((t) => (expiryDateOf(t) ?? '9999') >= input.date);
  list('Current training', current.map((t) => {
    const until = expiryDateOf(t);
    return `${t.course}${until ? ` (until ${formatUkDate(until)})` : ''}`;
  }), 8);
  // Whatever the lists hold, the profile stays one page.
  while (doc.getPageCount() > 1) doc.removePage(doc.getPageCount() - 1);
  writeOutline(doc, [{ title: name, pageIndex: 0 }]);
  stampPageNumbers(doc.getPages(), type, fonts.regular, `Profile, ${formatUkDate(input.date)}`, new Set());
  setPackMetadata(doc, { title: `Profile: ${name}`, author: name, subject: 'One-page profile', date: parseISO(input.date) });
  return { bytes: await doc.save({ useObjectStreams: true }), pages: 1 };
}
