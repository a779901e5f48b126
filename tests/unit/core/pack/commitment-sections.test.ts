import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Activity } from '../../../../core/model/commitment';
import { activitiesInPeriod, commitmentSections, drawCommitmentSummary } from '../../../../core/pack/commitment-sections';
import { Flow } from '../../../../core/pack/flow';
import { createPackDocument } from '../../../../core/pack/pack-document';
import { makeTempDir } from '../../../support/temp-dir';
import { ONE_OF_EACH } from '../../../support/commitment-fixtures';
import { loadFonts } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => (temp = await makeTempDir('techfolio-commitment-pdf-')));
afterAll(() => temp.remove());

const stamp = (i: number) => ({ id: `activity-${String(i).padStart(4, '0')}`, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
const activities = ONE_OF_EACH.map((a, i) => Activity.parse({ ...a, ...stamp(i) }));

async function render(draw: (flow: Flow) => void): Promise<string> {
  const { doc, fonts, type } = await createPackDocument(loadFonts());
  const flow = new Flow(doc, type, fonts);
  flow.newPage();
  draw(flow);
  const pdf = PdfFile.write(temp.dir, `sections-${Math.random().toString(36).slice(2)}.pdf`, await doc.save());
  expect(pdf.check().status).toBe(0);
  return pdf.text().replace(/\s+/g, ' ');
}

describe('Technician Commitment sections of the pack and the CPD summary', () => {
  it('gives the pack one section per kind with records, in a fixed order, and none for an empty kind', () => {
    expect(commitmentSections(activities).map((s) => s.title)).toEqual([
      'Contributions to research outputs',
      'Outreach and public engagement',
      'Awards and recognition',
      'Committees, networks and roles',
      'Secondments and development programmes',
      'People trained and mentored',
    ]);
    expect(commitmentSections(activities.filter((a) => a.kind === 'outreach')).map((s) => s.kind)).toEqual(['outreach']);
    expect(commitmentSections([])).toEqual([]);
  });

  it('prints each kind\'s own details: DOI and CRediT roles, audience size, outcome, open-ended dates, what was learned and what people can now do', async () => {
    const text = await render((flow) => {
      for (const section of commitmentSections(activities)) section.draw(flow);
    });
    expect(text).toContain('Lipid droplets in yeast under stress (Paper)');
    expect(text).toContain('10.1234/jcs.2026.0042');
    expect(text).toContain('Author: Investigation, Methodology');
    expect(text).toContain('Year 9 pupils, Northmoor Academy, about 60 people');
    expect(text).toMatch(/Technician of the Year University of Northmoor Internal Shortlisted/);
    expect(text).toContain('01/09/2025 – present');
    expect(text).toContain('Running the light-sheet microscope');
    expect(text).toContain('Both now prepare media and pour plates unsupervised.');
  });

  it('puts only the records in the summary\'s period under "Recognition and impact", counting a role that overlaps it', async () => {
    const inPeriod = activitiesInPeriod(activities, '2026-03-01', '2026-03-31');
    expect(inPeriod.map((a) => a.kind).sort()).toEqual(['outreach', 'people-developed', 'role']);
    const text = await render((flow) => drawCommitmentSummary(flow, activities, '2026-03-01', '2026-03-31'));
    expect(text).toContain('Recognition and impact');
    expect(text).toContain('Microscopes in the classroom');
    expect(text).not.toContain('Technician of the Year');
    expect(text).not.toContain('Imaging facility secondment');
  });

  it('draws nothing in the summary when no record falls in the period', async () => {
    const text = await render((flow) => {
      drawCommitmentSummary(flow, activities, '2020-01-01', '2020-12-31');
      flow.paragraph('end');
    });
    expect(text.trim()).toBe('end');
  });
});
