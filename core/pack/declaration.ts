import type { Flow } from './flow';
import { applicantName } from './pack-sections';
import type { PackPlan } from './pack-plan';
import { MARGIN, TYPE } from './page-geometry';
import { declarationConductSentence } from './route-sections';

/** The applicant's declaration, before the appendix so an assessor meets it with the application. */
export function drawDeclaration(flow: Flow, plan: PackPlan): void {
  flow.heading('Declaration');
  flow.paragraph(
    `I confirm that the information in this application for ${plan.framework.shortName} is true and complete to the best of my knowledge, that the competence report is my own work, and that the evidence I have included is genuine.`,
  );
  const conduct = declarationConductSentence(plan.route);
  if (conduct) flow.paragraph(conduct);
  flow.gap(20);
  flow.field('Name', applicantName(plan.portfolio));
  const line = (label: string) => {
    flow.ensure(40);
    flow.gap(30);
    flow.type.draw(flow.page, label, { x: MARGIN.left, y: flow.y, size: TYPE.body, font: flow.fonts.bold });
    flow.page.drawLine({ start: { x: MARGIN.left + 150, y: flow.y - 2 }, end: { x: MARGIN.left + flow.width, y: flow.y - 2 }, thickness: 0.6 });
  };
  line('Signature');
  line('Date');
  flow.gap(8);
}
