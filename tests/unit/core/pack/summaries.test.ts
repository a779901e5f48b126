import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCpdSummary, writeProfilePage } from '../../../../core/pack/summaries';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, loadFonts, makePortfolio } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('techfolio-summary-');
});
afterAll(() => temp.remove());

describe('CPD summary and profile page', () => {
  it('summarises only the CPD in the period, with totals by category', async () => {
    const portfolio = makePortfolio(new MapEvidence());
    const made = await writeCpdSummary({ portfolio, from: '2025-04-01', to: '2026-03-31', date: '2026-04-10', fonts: loadFonts() });
    const pdf = PdfFile.write(temp.dir, 'summary.pdf', made.bytes);
    expect(pdf.check().status).toBe(0);
    const text = pdf.text().replace(/\s+/g, ' ');
    expect(text).toContain('CPD summary: Łukasz Bjørn Ŵyn');
    expect(text).toContain('Activities from 01/04/2025 to 31/03/2026.');
    expect(text).toContain('Mentoring Siân, a new apprentice');
    expect(text).not.toContain('Autoclave validation course'); // 25/03/2025, before the period
    expect(text).toContain('Work-based learning 1 10');
    expect(text).toContain('Total 1 10');
    expect(pdf.info().Title).toBe('CPD summary 01/04/2025 to 31/03/2026: Łukasz Bjørn Ŵyn');
  });

  it('keeps the profile to one page however long the lists are', async () => {
    const portfolio = makePortfolio(new MapEvidence());
    const job = portfolio.employment[0]!;
    portfolio.employment = Array.from({ length: 40 }, (_, i) => ({ ...job, id: `job-many-${i}`, role: `Technician role ${i}` }));
    const made = await writeProfilePage({ portfolio, date: '2026-11-20', fonts: loadFonts(), frameworks: { 'sc-rscitech': { name: 'Registered Science Technician', shortName: 'RSciTech' } } });
    const pdf = PdfFile.write(temp.dir, 'profile.pdf', made.bytes);
    expect(pdf.pages()).toBe(1);
    expect(pdf.text()).toContain('and 35 more');
    expect(pdf.text()).toContain('Radiation safety (until 01/02/2027)');
  });
});
