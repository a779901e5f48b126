import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Activity } from '../../../../core/model/commitment';
import { PackOptions } from '../../../../core/pack/pack-options';
import { writeCpdSummary } from '../../../../core/pack/summaries';
import { writePack } from '../../../../core/pack/write-pack';
import { ONE_OF_EACH } from '../../../support/commitment-fixtures';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, loadFonts, loadFramework, makePortfolio } from './pack-fixtures';
import { PdfFile, outlineTitles } from './pdf-tools';

const SECTION_TITLES = [
  'Contributions to research outputs',
  'Outreach and public engagement',
  'Awards and recognition',
  'Committees, networks and roles',
  'Secondments and development programmes',
  'People trained and mentored',
];
const stamp = (i: number) => ({ id: `activity-${String(i).padStart(4, '0')}`, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
const activities = ONE_OF_EACH.map((a, i) => Activity.parse({ ...a, ...stamp(i) }));

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => (temp = await makeTempDir('techfolio-commitment-pack-')));
afterAll(() => temp.remove());

describe('Technician Commitment records in the application pack and the CPD summary', () => {
  it('gives the pack a section, a contents line and a bookmark for each kind with records', async () => {
    const evidence = new MapEvidence();
    const portfolio = { ...makePortfolio(evidence), activities };
    const pack = await writePack({ portfolio, framework: loadFramework('sc-rscitech'), options: PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' }), fonts: loadFonts(), evidence });
    const pdf = PdfFile.write(temp.dir, 'pack-with-commitment.pdf', pack.bytes);
    expect(pdf.check().status).toBe(0);
    const text = pdf.text().replace(/\s+/g, ' ');
    for (const title of SECTION_TITLES) expect(text).toContain(title);
    expect(text).toContain('Author: Investigation, Methodology');
    expect(text).toContain('Both now prepare media and pour plates unsupervised.');
    expect(pack.sections.map((s) => s.title)).toEqual(expect.arrayContaining(SECTION_TITLES));
    expect(outlineTitles(pdf.json().outlines)).toEqual(expect.arrayContaining(SECTION_TITLES));
  });

  it('leaves the sections out of a pack when there are no records', async () => {
    const evidence = new MapEvidence();
    const pack = await writePack({ portfolio: makePortfolio(evidence), framework: loadFramework('sc-rscitech'), options: PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' }), fonts: loadFonts(), evidence });
    const text = PdfFile.write(temp.dir, 'pack-without.pdf', pack.bytes).text();
    for (const title of SECTION_TITLES) expect(text).not.toContain(title);
  });

  it('adds "Recognition and impact" to the CPD summary with the records of its period only', async () => {
    const portfolio = { ...makePortfolio(new MapEvidence()), activities };
    const made = await writeCpdSummary({ portfolio, from: '2026-01-01', to: '2026-12-31', date: '2026-11-20', fonts: loadFonts() });
    const pdf = PdfFile.write(temp.dir, 'summary-with-commitment.pdf', made.bytes);
    expect(pdf.check().status).toBe(0);
    const text = pdf.text().replace(/\s+/g, ' ');
    expect(text).toContain('Recognition and impact');
    expect(text).toContain('Lipid droplets in yeast under stress');
    expect(text).toContain('Technician of the Year');
    expect(text).not.toContain('Imaging facility secondment'); // January to June 2025
  });
});
