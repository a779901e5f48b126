import { rgb } from '@cantoo/pdf-lib';
import { formatUkDate } from '../format/uk-date';
import { GOAL_STATUS_LABELS, type Goal, type GoalStatus } from '../model/career';
import type { Flow } from './flow';
import { MARGIN, TYPE } from './page-geometry';
import { supporterNoun, type RouteRequirements } from './route-requirements';

const BORDER = rgb(0.3, 0.3, 0.3);
const WRITING_LINE = rgb(0.7, 0.7, 0.7);
const GREY = rgb(0.35, 0.35, 0.35);

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

/** Spacing of the box: room to write by hand, as on a paper form. */
const BOX = { pad: 10, writingLines: 5, writingGap: 22, signatureGap: 30 } as const;

/**
 * A bordered box after one area of the competence report, where the nominated supporter confirms
 * the applicant's account. It never splits across pages: a supporter signs one box, not two halves.
 */
export function drawSupporterConfirmation(flow: Flow, areaLabel: string, req: RouteRequirements): void {
  const { fonts, type } = flow;
  const size = TYPE.body;
  const lh = flow.lineHeight(size);
  const innerWidth = flow.width - 2 * BOX.pad;
  const title = type.wrap(`${req.supporterKind === 'referee' ? "Referee's" : "Nominated supporter's"} confirmation: ${areaLabel}`, fonts.bold, size, innerWidth);
  const who = req.nominated ? type.wrap(`To be completed by ${req.nominated.name}.`, fonts.regular, TYPE.small, innerWidth) : [];
  const smallLh = flow.lineHeight(TYPE.small);
  const height = BOX.pad + title.length * lh + who.length * smallLh + BOX.writingLines * BOX.writingGap + BOX.signatureGap + BOX.pad;

  flow.ensure(height + 6);
  flow.gap(6);
  const page = flow.page;
  const top = flow.y;
  const left = MARGIN.left;
  page.drawRectangle({ x: left, y: top - height, width: flow.width, height, borderColor: BORDER, borderWidth: 0.8 });

  let y = top - BOX.pad;
  for (const line of title) {
    y -= lh;
    type.draw(page, line, { x: left + BOX.pad, y: y + (lh - size), size, font: fonts.bold });
  }
  for (const line of who) {
    y -= smallLh;
    type.draw(page, line, { x: left + BOX.pad, y: y + (smallLh - TYPE.small), size: TYPE.small, font: fonts.regular, color: GREY });
  }
  for (let i = 0; i < BOX.writingLines; i++) {
    y -= BOX.writingGap;
    page.drawLine({ start: { x: left + BOX.pad, y }, end: { x: left + flow.width - BOX.pad, y }, thickness: 0.4, color: WRITING_LINE });
  }

  // Name, signature and date side by side, each a label with a line to write on.
  y -= BOX.signatureGap;
  const cells = [
    { label: 'Name', share: 0.4 },
    { label: 'Signature', share: 0.35 },
    { label: 'Date', share: 0.25 },
  ];
  let x = left + BOX.pad;
  for (const cell of cells) {
    const cellWidth = innerWidth * cell.share;
    const labelWidth = type.width(cell.label, fonts.bold, TYPE.small) + 4;
    type.draw(page, cell.label, { x, y: y + 2, size: TYPE.small, font: fonts.bold });
    page.drawLine({ start: { x: x + labelWidth, y }, end: { x: x + cellWidth - 8, y }, thickness: 0.5, color: BORDER });
    x += cellWidth;
  }

  flow.y = top - height;
  flow.gap(10);
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
