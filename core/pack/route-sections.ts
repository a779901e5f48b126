import { formatUkDate } from '../format/uk-date';
import { GOAL_STATUS_LABELS, type Goal, type GoalStatus } from '../model/career';
import { drawConfirmationBox } from './confirmation-box';
import type { Flow } from './flow';
import { TYPE } from './page-geometry';
import { supporterNoun, type RouteRequirements } from './route-requirements';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Who the nominated supporter (or referee) is, as the body needs to contact them. */
export function drawNominatedSupporter(flow: Flow, req: RouteRequirements): void {
  const noun = supporterNoun(req.supporterKind);
  flow.heading(capitalised(noun), TYPE.subheading);
  const person = req.nominated;
  if (!person) {
    flow.paragraph(`No ${noun} chosen yet.`);
    return;
  }
  flow.field('Name', person.name);
  flow.field('Role', person.role);
  flow.field('Organisation', person.organisation);
  flow.field('Email', person.email);
  if (person.phone) flow.field('Phone', person.phone);
  flow.field('How they know my work', person.relationship);
  flow.gap(6);
}

/** The box after one area of the competence report, where the nominated supporter confirms the applicant's account. */
export function drawSupporterConfirmation(flow: Flow, areaLabel: string, req: RouteRequirements): void {
  drawConfirmationBox(flow, {
    title: `${req.supporterKind === 'referee' ? "Referee's" : "Nominated supporter's"} confirmation: ${areaLabel}`,
    note: req.nominated ? `To be completed by ${req.nominated.name}.` : undefined,
    writingLines: 5,
  });
}

const ORDER: Readonly<Record<GoalStatus, number>> = { 'in-progress': 0, 'not-started': 1, achieved: 2, dropped: 3 };

/** Current goals first (in progress, then not started), then achieved and dropped; soonest target first within each. */
export function sortedPlan(goals: readonly Goal[]): Goal[] {
  return [...goals].sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999') || a.objective.localeCompare(b.objective, 'en-GB'));
}

/** The development plan: what the applicant means to learn next, how they will know, and by when. */
export function drawDevelopmentPlan(flow: Flow, goals: readonly Goal[]): void {
  flow.heading('Development plan', TYPE.subheading);
  if (goals.length === 0) {
    flow.paragraph('No development goals recorded.');
    return;
  }
  flow.table(
    [
      { header: 'Objective', share: 0.4 },
      { header: 'How I will measure it', share: 0.3 },
      { header: 'Target date', share: 0.14 },
      { header: 'Status', share: 0.16 },
    ],
    sortedPlan(goals).map((g) => [g.objective, g.measure || '—', g.targetDate ? formatUkDate(g.targetDate) : '—', GOAL_STATUS_LABELS[g.status]]),
  );
}

/** The declaration's sentence about the route's code of conduct, when the route names one. */
export function declarationConductSentence(req: RouteRequirements): string | undefined {
  return req.codeOfConduct ? `I have read and will abide by the ${req.codeOfConduct.name}.` : undefined;
}
