import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio } from '../../../../core/model/portfolio';
import { TrainingRecord } from '../../../../core/model/training';
import { writeCpdSummary, writeProfilePage } from '../../../../core/pack/summaries';
import { makeCpdRecord } from '../../../support/fixtures';
import { makeTempDir } from '../../../support/temp-dir';
import { flatText, scienceCouncilRecord } from './cpd-reflections';
import { MapEvidence, loadFonts, makePortfolio } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('techfolio-appraisal-');
});
afterAll(() => temp.remove());

const frameworks = { 'sc-rscitech': { name: 'Registered Science Technician', shortName: 'RSciTech' } };
const training = (fields: Record<string, unknown>) =>
  TrainingRecord.parse({ id: `training-${String(fields.course).length}-${String(fields.completedDate)}`, createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z', ...fields });

/** The fixture portfolio plus long reflections, two drafts, a yearly target and training falling due. */
function appraisalPortfolio(): Portfolio {
  const portfolio = makePortfolio(new MapEvidence());
  portfolio.cpd.push(
    scienceCouncilRecord('LC-MS method validation', '2025-06-12', 14),
    scienceCouncilRecord('Supervising the summer students', '2025-09-01', 6),
    makeCpdRecord({ title: 'Unfinished notes on spectrometers', startDate: '2025-10-01', hours: 13.25, category: 'other', status: 'draft' }),
    makeCpdRecord({ title: 'Half-written seminar record', startDate: '2026-01-20', hours: 2.75, category: 'professional', status: 'draft' }),
  );
  portfolio.profile.cpdTargets = [{ bodyId: 'ist', amount: 40, unit: 'hours' }];
  portfolio.training.push(
    training({ course: 'Fume cupboard face velocity testing', provider: 'LEV Services', completedDate: '2024-03-01', expiryDate: '2026-02-28' }),
    training({ course: 'Biological safety cabinet use', completedDate: '2023-06-15', renewalMonths: 36 }),
    training({ course: 'Laser safety', completedDate: '2025-01-10', expiryDate: '2028-01-10' }),
    // Renewed: the older certificate lapsed, the newer one is in date, so nothing is reported.
    training({ course: 'First aid at work', completedDate: '2022-05-01', expiryDate: '2025-05-01' }),
    training({ course: 'First aid at work', completedDate: '2025-04-20', expiryDate: '2028-04-20' }),
  );
  return portfolio;
}

const period = { from: '2025-04-01', to: '2026-03-31' };

describe('CPD summary for appraisal', () => {
  let text = '';
  let portfolio: Portfolio;
  beforeAll(async () => {
    portfolio = appraisalPortfolio();
    const made = await writeCpdSummary({ portfolio, ...period, date: '2026-04-10', fonts: loadFonts() });
    const pdf = PdfFile.write(temp.dir, 'appraisal.pdf', made.bytes);
    expect(pdf.check().status).toBe(0);
    expect(made.pages).toBeGreaterThan(2);
    text = flatText(pdf.text(), portfolio.cpd.map((r) => r.title)).replace(/Page \d+ of \d+ Łukasz Bjørn Ŵyn /g, '').replace(/Łukasz Bjørn Ŵyn Page \d+ of \d+ /g, '');
  });

  it('prints every reflection answer in full, benefit to practice and to users under their headings', () => {
    expect(portfolio.cpd.filter((r) => r.status === 'complete' && r.reflection.answers['benefit-to-users'])).toHaveLength(2);
    for (const record of portfolio.cpd.filter((r) => r.status === 'complete' && r.reflection.answers['benefit-to-users'])) {
      expect(text).toContain(`What I did ${record.reflection.answers['what-i-did']}`);
      expect(text).toContain(`Benefit to my practice ${record.reflection.answers['benefit-to-practice']}`);
      expect(text).toContain(`Benefit to the users of my work ${record.reflection.answers['benefit-to-users']}`);
    }
  });

  it('leaves drafts out of the record and the totals, and says how many were left out', () => {
    expect(text).not.toContain('Unfinished notes on spectrometers');
    expect(text).not.toContain('Half-written seminar record');
    expect(text).not.toContain('13.25');
    expect(text).not.toContain('2.75');
    expect(text).toContain('2 draft records in this period are not included; finish them in the CPD log.');
    // 10 (mentoring) + 14 + 6; the drafts' 16 hours are nowhere.
    expect(text).toContain('CPD in this period 30 hours over 3 activities');
    expect(text).toContain('Total 3 30');
  });

  it('shows training that has expired and training due within 90 days, but not a course since renewed', () => {
    expect(text).toContain('Training compliance');
    expect(text).toContain('Expired Fume cupboard face velocity testing (LEV Services): expired on 28/02/2026');
    expect(text).toContain('Due within 90 days Biological safety cabinet use: due 15/06/2026');
    expect(text).not.toContain('Laser safety');
    expect(text).not.toContain('First aid at work');
  });

  it('shows hours against the yearly target for the 12 months to the end date', () => {
    expect(text).toContain('Institute of Science and Technology: 40 hours a year');
    expect(text).toContain('12 months to 31/03/2026: 30 hours of 40 (10 hours short).');
  });

  it('gives the CPD audit result for the body, with the reasons', () => {
    expect(text).toContain('Science Council CPD standards (2022) Not met for 01/04/2025 to 31/03/2026.');
    expect(text).toContain('Met: A continuous record (standard 1). 3 completed records in the period.');
    // The mentoring record has no reflection: the evaluator names it and says what to write.
    expect(text).toContain('Not met: Benefit to practice and to users, reflected on (standards 3 and 4).');
    expect(text).toContain('"Mentoring Siân, a new apprentice" (02/05/2025): write at least 10 words on the benefit to your practice and on the benefit to the users of your work.');
  });

  it('never prints an internal id', () => {
    expect(text).not.toMatch(/sc-rscitech|science-council|work-based|benefit-to-practice/);
  });
});

describe('one-page profile', () => {
  it('names the framework aimed for, not its id, and counts no draft', async () => {
    const portfolio = appraisalPortfolio();
    const made = await writeProfilePage({ portfolio, date: '2026-03-31', fonts: loadFonts(), frameworks });
    const pdf = PdfFile.write(temp.dir, 'profile-names.pdf', made.bytes);
    const text = flatText(pdf.text());
    expect(pdf.pages()).toBe(1);
    expect(text).toContain('Working towards Registered Science Technician (RSciTech) through Institute of Science and Technology');
    expect(text).not.toContain('sc-rscitech');
    // Mentoring (10) + 14 + 6 in the 12 months to 31/03/2026; not the drafts' 16.
    expect(text).toContain('CPD in the last 12 months 30 hours over 3 activities');
    expect(text).not.toContain('Unfinished notes on spectrometers');
    expect(text).not.toContain('13.25');
  });

  it('says so, without the id, when a framework aimed for is no longer installed', async () => {
    const portfolio = appraisalPortfolio();
    const made = await writeProfilePage({ portfolio, date: '2026-03-31', fonts: loadFonts(), frameworks: {} });
    const text = flatText(PdfFile.write(temp.dir, 'profile-unknown.pdf', made.bytes).text());
    expect(text).toContain('a registration whose framework is no longer in Techfolio');
    expect(text).not.toContain('sc-rscitech');
  });
});
