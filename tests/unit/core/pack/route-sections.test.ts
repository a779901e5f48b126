import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Goal, Supporter } from '../../../../core/model/career';
import { Flow } from '../../../../core/pack/flow';
import { createPackDocument } from '../../../../core/pack/pack-document';
import { MARGIN } from '../../../../core/pack/page-geometry';
import type { RouteRequirements } from '../../../../core/pack/route-requirements';
import { declarationConductSentence, drawDevelopmentPlan, drawNominatedSupporter, drawSupporterConfirmation, sortedPlan } from '../../../../core/pack/route-sections';
import { makeTempDir } from '../../../support/temp-dir';
import { loadFonts } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => (temp = await makeTempDir('techfolio-route-pdf-')));
afterAll(() => temp.remove());

const stamp = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const zoe = Supporter.parse({ ...stamp, id: 'supporter-0001', name: 'Zoë Ørsted', role: 'Laboratory Manager', organisation: 'University of Caerdydd', email: 'zoe@example.ac.uk', relationship: 'My line manager since 2019' });
const withZoe: RouteRequirements = { supporterKind: 'supporter', supportersNeeded: 1, nominated: zoe, developmentPlan: false, cv: true };
const nobody: RouteRequirements = { supporterKind: 'supporter', supportersNeeded: 1, developmentPlan: false, cv: true };

/** Draws on a fresh A4 flow and returns the PDF, checked by qpdf, to read back. */
async function render(draw: (flow: Flow) => void): Promise<PdfFile> {
  const { doc, fonts, type } = await createPackDocument(loadFonts());
  const flow = new Flow(doc, type, fonts);
  flow.newPage();
  draw(flow);
  const pdf = PdfFile.write(temp.dir, `route-${Math.random().toString(36).slice(2)}.pdf`, await doc.save());
  expect(pdf.check().status).toBe(0);
  return pdf;
}
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the route sections of the pack', () => {
  it('names the nominated supporter with everything the body needs to reach them', async () => {
    const text = flat((await render((flow) => drawNominatedSupporter(flow, withZoe))).text());
    expect(text).toContain('Nominated supporter');
    for (const part of ['Zoë Ørsted', 'Laboratory Manager', 'University of Caerdydd', 'zoe@example.ac.uk', 'How they know my work', 'My line manager since 2019']) expect(text).toContain(part);
  });

  it('says plainly when no supporter is chosen yet, and calls a referee a referee', async () => {
    expect(flat((await render((flow) => drawNominatedSupporter(flow, nobody))).text())).toContain('No nominated supporter chosen yet.');
    const referee = flat((await render((flow) => drawNominatedSupporter(flow, { ...nobody, supporterKind: 'referee' }))).text());
    expect(referee).toContain('No referee chosen yet.');
  });

  it('draws the confirmation box with its area, the nominee\'s name and the name, signature and date lines', async () => {
    const pdf = await render((flow) => drawSupporterConfirmation(flow, 'A: Application of knowledge and understanding', withZoe));
    const text = flat(pdf.text());
    expect(text).toContain("Nominated supporter's confirmation: A: Application of knowledge and understanding");
    expect(text).toContain('To be completed by Zoë Ørsted.');
    expect(text).toMatch(/Name Signature Date/);
    expect(pdf.pages()).toBe(1);
  });

  it('keeps the whole box on one page when it starts near the foot of a page', async () => {
    let pageOfBox = -1;
    const pdf = await render((flow) => {
      flow.paragraph('End of the account for area B.');
      flow.y = MARGIN.bottom + 80; // room for the title and a line or two, not the box
      drawSupporterConfirmation(flow, 'B: Personal responsibility', withZoe);
      pageOfBox = flow.pageIndex;
      expect(flow.y).toBeGreaterThan(MARGIN.bottom);
    });
    expect(pageOfBox).toBe(1);
    expect(pdf.pages()).toBe(2);
    const first = flat(pdf.text(1));
    const second = flat(pdf.text(2));
    expect(first).toContain('End of the account for area B.');
    expect(first).not.toContain('confirmation');
    expect(first).not.toContain('Signature');
    expect(second).toContain("Nominated supporter's confirmation: B: Personal responsibility");
    expect(second).toMatch(/Name Signature Date/);
  });

  it('does not start a new page for a box that fits, and stacks one box per area', async () => {
    const pdf = await render((flow) => {
      drawSupporterConfirmation(flow, 'A: Application of knowledge and understanding', withZoe);
      drawSupporterConfirmation(flow, 'B: Personal responsibility', withZoe);
    });
    expect(pdf.pages()).toBe(1);
    const text = flat(pdf.text());
    expect(text.indexOf('confirmation: A')).toBeLessThan(text.indexOf('confirmation: B'));
  });

  it('prints the development plan with current goals first, and says when there is none', async () => {
    const goal = (id: string, objective: string, status: Goal['status'], extra: Partial<Goal> = {}) => Goal.parse({ ...stamp, id, objective, status, ...extra });
    const goals = [
      goal('goal-000001', 'Pass the HNC in Applied Science', 'achieved', { targetDate: '2024-06-30' }),
      goal('goal-000002', 'Train two apprentices on the autoclave', 'not-started', { targetDate: '2026-09-30', measure: 'Both run a cycle unsupervised' }),
      goal('goal-000003', 'Lead the freezer-alarm review', 'in-progress', { targetDate: '2026-12-31' }),
      goal('goal-000004', 'Learn Python for plate-reader data', 'dropped'),
    ];
    expect(sortedPlan(goals).map((g) => g.status)).toEqual(['in-progress', 'not-started', 'achieved', 'dropped']);
    const text = flat((await render((flow) => drawDevelopmentPlan(flow, goals))).text());
    expect(text).toContain('Development plan');
    expect(text).toContain('Both run a cycle unsupervised');
    expect(text).toContain('30/09/2026');
    const order = ['Lead the freezer-alarm review', 'Train two apprentices', 'Pass the HNC', 'Learn Python'].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toMatch(/In progress/);
    expect(flat((await render((flow) => drawDevelopmentPlan(flow, []))).text())).toContain('No development goals recorded.');
  });

  it('gives the declaration a sentence naming the code of conduct, and none when the route names no code', () => {
    expect(declarationConductSentence({ ...withZoe, codeOfConduct: { name: 'Science Council Model Rules of Conduct for Registrants' } })).toBe('I have read and will abide by the Science Council Model Rules of Conduct for Registrants.');
    expect(declarationConductSentence(withZoe)).toBeUndefined();
  });
});
