import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appraisalContent } from '../../../../core/appraisal/appraisal-content';
import { APPRAISAL_SECTIONS } from '../../../../core/appraisal/appraisal-pdf';
import { appraisalDocx } from '../../../../electron/appraisal/appraisal-docx';
import { makeTempDir } from '../../../support/temp-dir';
import { appraisalPortfolio, fixtureRegistry, REVIEW } from '../../core/appraisal/appraisal-fixture';
import { docxText } from '../submission/docx-text';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let read: { headings: string[]; paragraphs: string[] };
const portfolio = appraisalPortfolio();

beforeAll(async () => {
  temp = await makeTempDir('techfolio-appraisal-docx-');
  const file = path.join(temp.dir, 'appraisal.docx');
  await writeFile(file, await appraisalDocx(appraisalContent(portfolio, fixtureRegistry(portfolio), REVIEW)));
  read = await docxText(file);
});
afterAll(() => temp.remove());

describe('the appraisal Word copy', () => {
  it('reads back with every section as a heading, in order', () => {
    expect(read.headings[0]).toBe('Appraisal: Łukasz Bjørn Ŵyn');
    const sections = read.headings.filter((h) => (Object.values(APPRAISAL_SECTIONS) as string[]).includes(h));
    expect(sections).toEqual(Object.values(APPRAISAL_SECTIONS));
  });

  it('holds the reflections in full, the training due and expired, and the register progress', () => {
    const all = read.paragraphs.join('\n');
    const lcms = portfolio.cpd.find((r) => r.title === 'LC-MS method validation')!;
    expect(all).toContain(lcms.reflection.answers['benefit-to-users']!.trim());
    expect(read.headings).toContain('LC-MS method validation (12/06/2025, 14 h)');
    expect(all).toContain('Fume cupboard face velocity testing (LEV Services): expired on 28/02/2026');
    expect(all).toContain('Biological safety cabinet use: due 15/06/2026');
    expect(all).toContain('Statements written or changed: A1 (changed); B1 (written).');
    expect(all).toContain('Science week at Ysgol Glan Taf');
    expect(all).not.toContain('Unfinished notes on spectrometers');
    expect(all).toContain('1 draft record in this period is not included; finish it in the CPD log.');
  });
});
