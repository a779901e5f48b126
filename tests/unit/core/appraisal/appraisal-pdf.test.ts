import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appraisalContent } from '../../../../core/appraisal/appraisal-content';
import { APPRAISAL_SECTIONS, writeAppraisalPdf } from '../../../../core/appraisal/appraisal-pdf';
import { makeTempDir } from '../../../support/temp-dir';
import { flatText } from '../pack/cpd-reflections';
import { loadFonts } from '../pack/pack-fixtures';
import { fontTable, qpdfObjects } from '../pack/pdf-inspect';
import { outlineTitles, PdfFile } from '../pack/pdf-tools';
import { appraisalPortfolio, fixtureRegistry, REVIEW } from './appraisal-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let pdf: PdfFile;
let text = '';
const portfolio = appraisalPortfolio();

beforeAll(async () => {
  temp = await makeTempDir('techfolio-appraisal-pdf-');
  const made = await writeAppraisalPdf(appraisalContent(portfolio, fixtureRegistry(portfolio), REVIEW), loadFonts());
  pdf = PdfFile.write(temp.dir, 'appraisal.pdf', made.bytes);
  expect(pdf.pages()).toBe(made.pages);
  text = flatText(pdf.text(), portfolio.cpd.map((r) => r.title)).replace(/Page \d+ of \d+ Łukasz Bjørn Ŵyn /g, '').replace(/Łukasz Bjørn Ŵyn Page \d+ of \d+ /g, '');
});
afterAll(() => temp.remove());

describe('the appraisal PDF', () => {
  it('passes qpdf --check with no warnings', () => {
    const { status, output } = pdf.check();
    expect(output).toContain('No syntax or stream encoding errors found');
    expect(status).toBe(0);
  });

  it('embeds its fonts as subsets, and carries title, author, subject and an outline of its sections', () => {
    expect(fontTable(qpdfObjects(pdf))).toMatch(/^[A-Z]{6}\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/m);
    const info = pdf.info();
    expect(info.Title).toBe('Appraisal 01/04/2025 to 10/04/2026: Łukasz Bjørn Ŵyn');
    expect(info.Author).toBe('Łukasz Bjørn Ŵyn');
    expect(info.Subject).toBe('Appraisal (annual review) pack');
    expect(outlineTitles(pdf.json().outlines)).toEqual(Object.values(APPRAISAL_SECTIONS));
  });

  it('shows expired training and training due in the next 12 months', () => {
    expect(text).toContain('Expired Fume cupboard face velocity testing (LEV Services): expired on 28/02/2026');
    expect(text).toContain('Due in the next 12 months Biological safety cabinet use: due 15/06/2026');
    expect(text).toContain('Radiation safety (RPA Cymru): due 01/02/2027');
    expect(text).not.toContain('Laser safety');
  });

  it('prints each reflection in full and leaves the draft out', () => {
    const lcms = portfolio.cpd.find((r) => r.title === 'LC-MS method validation')!;
    expect(text).toContain(`Benefit to my practice ${lcms.reflection.answers['benefit-to-practice']}`);
    expect(text).not.toContain('Unfinished notes on spectrometers');
    expect(text).toContain('1 draft record in this period is not included; finish it in the CPD log.');
    expect(text).not.toContain('Autoclave validation course');
  });

  it('gives progress towards the register, goals and Technician Commitment records', () => {
    expect(text).toContain('Criteria evidenced: 2 of');
    expect(text).toContain('Newly evidenced: C1 (Area C: Interpersonal skills).');
    expect(text).toContain('Statements written or changed: A1 (changed); B1 (written).');
    expect(text).toContain('Submit the RSciTech application');
    expect(text).toContain('Science week at Ysgol Glan Taf');
    expect(text).toContain('Technician of the Year');
    expect(text).toContain('Two first-year apprentices');
    expect(text).toContain('Technician Commitment champion');
    expect(text).not.toContain('Old goal met long ago');
    expect(text).not.toMatch(/sc-rscitech|people-developed/);
  });
});
