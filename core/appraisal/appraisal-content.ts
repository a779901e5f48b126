import { addYears, differenceInCalendarDays, parseISO } from 'date-fns';
import { ACTIVITY_KIND_LABELS } from '../commitment/activity-labels';
import { coverageOf } from '../coverage/coverage';
import { countedCpdInPeriod, draftCpdInPeriod } from '../cpd/counted-records';
import { loadedCriterionWording } from '../frameworks/criterion-wording';
import type { FrameworkRegistry } from '../frameworks/registry';
import { GOAL_STATUS_LABELS, type Goal } from '../model/career';
import type { Activity, ActivityKind } from '../model/commitment';
import type { CpdRecord } from '../model/cpd-record';
import type { Portfolio } from '../model/portfolio';
import { activitiesInPeriod } from '../pack/commitment-sections';
import { categoryLabel } from '../format/labels';
import { applicantName } from '../pack/pack-sections';
import { trainingCompliance, type TrainingStanding } from '../training/compliance';

/** The Technician Commitment kinds an appraisal asks about: visibility, recognition, people trained, outreach. */
export const APPRAISAL_ACTIVITY_KINDS: readonly ActivityKind[] = ['role', 'recognition', 'people-developed', 'outreach', 'research-output', 'secondment'];

export interface AppraisalGoal {
  objective: string;
  measure: string;
  targetDate: string | undefined;
  status: string;
}

export interface AppraisalCriterion {
  code: string;
  heading: string;
}

export interface AppraisalRegister {
  frameworkId: string;
  name: string;
  criteriaCount: number;
  evidencedBefore: number;
  evidencedNow: number;
  /** Criteria nothing dated before the review showed, that something shows now. */
  newlyEvidenced: AppraisalCriterion[];
  /** Statements first written, or changed, since the last review. */
  statements: (AppraisalCriterion & { change: 'written' | 'changed' })[];
}

/** Everything the appraisal document says, worked out once for the PDF and the Word copy alike. */
export interface AppraisalContent {
  name: string;
  role: string;
  since: string;
  date: string;
  /** Goals reviewed: open ones, and any achieved or dropped since the last review. */
  objectives: AppraisalGoal[];
  /** Goals not started yet: what the technician proposes for the coming year. */
  proposedGoals: AppraisalGoal[];
  /** Completed CPD since the review, by category then date; drafts are never here. */
  cpd: CpdRecord[];
  draftsLeftOut: number;
  training: { expired: TrainingStanding[]; dueSoon: TrainingStanding[] };
  registers: AppraisalRegister[];
  /** Technician Commitment records since the review, by kind in the order above. */
  commitment: { kind: ActivityKind; title: string; activities: Activity[] }[];
}

const goalOf = (g: Goal): AppraisalGoal => ({ objective: g.objective, measure: g.measure ?? '', targetDate: g.targetDate, status: GOAL_STATUS_LABELS[g.status] });
const byTarget = (a: Goal, b: Goal) => (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999') || a.objective.localeCompare(b.objective);

/** Training falls due "in the next 12 months" up to the same day next year. */
export const dueDaysWithinAYear = (date: string): number => differenceInCalendarDays(addYears(parseISO(date), 1), parseISO(date));

function registerProgress(portfolio: Portfolio, registry: FrameworkRegistry, frameworkId: string, since: string, date: string): AppraisalRegister | undefined {
  const loaded = registry.get(frameworkId);
  if (!loaded) return undefined;
  const coverage = coverageOf(portfolio, loaded.framework, { asOf: date });
  const heading = (code: string) => loadedCriterionWording(loaded, code).heading;
  // An item without a date cannot be placed after the review, so it counts as shown before.
  const before = coverage.criteria.filter((c) => c.items.some((i) => i.date === undefined || i.date < since));
  const now = coverage.criteria.filter((c) => c.itemCount > 0);
  const beforeCodes = new Set(before.map((c) => c.code));
  const statements = portfolio.statements
    .filter((s) => s.frameworkId === frameworkId && s.text.trim() !== '' && s.updatedAt.slice(0, 10) >= since)
    .map((s) => {
      const first = [s.updatedAt, ...s.versions.map((v) => v.savedAt)].sort()[0] ?? s.updatedAt;
      return { code: s.code, heading: heading(s.code), change: first.slice(0, 10) >= since ? ('written' as const) : ('changed' as const) };
    })
    .sort((a, b) => a.code.localeCompare(b.code, 'en-GB', { numeric: true }));
  return {
    frameworkId,
    name: `${loaded.framework.name} (${loaded.framework.shortName})`,
    criteriaCount: coverage.criteria.length,
    evidencedBefore: before.length,
    evidencedNow: now.length,
    newlyEvidenced: now.filter((c) => !beforeCodes.has(c.code)).map((c) => ({ code: c.code, heading: heading(c.code) })),
    statements,
  };
}

/**
 * The annual review (PDR) from the portfolio: goals and their status, CPD since `since` with its
 * reflections, training compliance from the one renewal rule (expired, and due within a year of
 * `date`), progress towards each target register, Technician Commitment records and the goals
 * proposed. Drafts are left out, as the counted-records rule says, and counted for a note.
 */
export function appraisalContent(portfolio: Portfolio, registry: FrameworkRegistry, options: { since: string; date: string }): AppraisalContent {
  const { since, date } = options;
  const period = { from: since, to: date };
  const cpd = countedCpdInPeriod(portfolio.cpd, period).sort((a, b) => categoryLabel(a.category).localeCompare(categoryLabel(b.category)) || a.startDate.localeCompare(b.startDate));
  const open = (g: Goal) => g.status === 'in-progress' || g.status === 'not-started';
  const objectives = portfolio.goals.filter((g) => open(g) || g.updatedAt.slice(0, 10) >= since).sort(byTarget);
  const proposedGoals = portfolio.goals.filter((g) => g.status === 'not-started').sort(byTarget);
  const inPeriod = activitiesInPeriod(portfolio.activities, since, date);
  const frameworkIds = [...new Set(portfolio.profile.targetRegistrations.map((r) => r.frameworkId))];
  return {
    name: applicantName(portfolio),
    role: [portfolio.profile.jobTitle, portfolio.profile.employer].filter(Boolean).join(', '),
    since,
    date,
    objectives: objectives.map(goalOf),
    proposedGoals: proposedGoals.map(goalOf),
    cpd,
    draftsLeftOut: draftCpdInPeriod(portfolio.cpd, period).length,
    training: trainingCompliance(portfolio.training, date, dueDaysWithinAYear(date)),
    registers: frameworkIds.flatMap((id) => registerProgress(portfolio, registry, id, since, date) ?? []),
    commitment: APPRAISAL_ACTIVITY_KINDS.map((kind) => ({ kind, title: ACTIVITY_KIND_LABELS[kind].many, activities: inPeriod.filter((a) => a.kind === kind) })).filter((k) => k.activities.length > 0),
  };
}
