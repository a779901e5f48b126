import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpdTotals, drawCpdRecord, writtenBlocks } from '../../../../core/pack/cpd-section';
import { Flow } from '../../../../core/pack/flow';
import { createPackDocument } from '../../../../core/pack/pack-document';
import { makeCpdRecord } from '../../../support/fixtures';
import { makeTempDir } from '../../../support/temp-dir';
import { flatText, longAnswer, scienceCouncilRecord } from './cpd-reflections';
import { loadFonts } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('techfolio-cpd-section-');
});
afterAll(() => temp.remove());

const period = { from: '2025-04-01', to: '2026-03-31' };

async function draw(records: Parameters<typeof drawCpdRecord>[1]) {
  const { doc, fonts, type } = await createPackDocument(loadFonts());
  const flow = new Flow(doc, type, fonts);
  flow.newPage();
  drawCpdRecord(flow, records, period);
  return PdfFile.write(temp.dir, `cpd-${Math.random().toString(36).slice(2)}.pdf`, await doc.save());
}

describe('drawCpdRecord', () => {
  it('prints every answer of every reflection in full under its prompt, across pages', async () => {
    const first = scienceCouncilRecord('LC-MS method validation', '2025-05-02', 12);
    const second = makeCpdRecord({
      title: 'Fire warden refresher',
      startDate: '2025-06-10',
      hours: 3,
      category: 'work-based',
      reflection: { model: 'gibbs', answers: { description: longAnswer('Gibbs description', 4), 'action-plan': longAnswer('Gibbs plan', 3) } },
    });
    const pdf = await draw([first, second]);
    expect(pdf.check().status).toBe(0);
    expect(pdf.pages()).toBeGreaterThan(1);
    const raw = pdf.text();
    expect(raw).toContain('LC-MS method validation (continued)');
    const text = flatText(raw, [first.title, second.title]);
    for (const record of [first, second]) {
      for (const answer of Object.values(record.reflection.answers)) expect(text).toContain(answer);
    }
    // Standards 3 and 4, each under its own heading, in the model's order.
    expect(text).toContain(`Benefit to my practice ${first.reflection.answers['benefit-to-practice']}`);
    expect(text).toContain(`Benefit to the users of my work ${first.reflection.answers['benefit-to-users']}`);
    expect(text).toContain(`What I did ${first.reflection.answers['what-i-did']}`);
    expect(text).toContain(`Description ${first.description}`);
    expect(text).toContain(`Outcomes ${first.outcomes}`);
    expect(text).toContain(`Action plan ${second.reflection.answers['action-plan']}`);
    expect(text).not.toContain('Feelings'); // a prompt left unanswered gets no heading
    expect(text).toContain('Total 2 15');
  });

  it('never prints a draft, even when handed one, and leaves it out of the totals', async () => {
    const done = makeCpdRecord({ title: 'Microscope service day', startDate: '2025-07-01', hours: 4, category: 'work-based', reflection: { model: 'free', answers: { reflection: 'I can now align the condenser myself.' } } });
    const draft = makeCpdRecord({ title: 'Draft about the new centrifuge', startDate: '2025-07-02', hours: 9.75, category: 'formal', status: 'draft' });
    const text = flatText((await draw([done, draft])).text());
    expect(text).toContain('Microscope service day');
    expect(text).not.toContain('Draft about the new centrifuge');
    expect(text).not.toContain('9.75');
    expect(text).not.toContain('Formal / educational');
    expect(text).toContain('Total 1 4');
    expect(cpdTotals([done, draft])).toEqual([{ category: 'work-based', label: 'Work-based learning', hours: 4, records: 1 }]);
  });

  it('keeps an answer filed under an id the model does not have, rather than losing it', () => {
    const odd = makeCpdRecord({ reflection: { model: 'free', answers: { text: 'I now check the load probe before every cycle.' } } });
    expect(writtenBlocks(odd)).toEqual([{ label: 'Reflection', text: 'I now check the load probe before every cycle.' }]);
  });
});
