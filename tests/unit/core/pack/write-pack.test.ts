import { PDFDocument, StandardFonts, degrees } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackOptions } from '../../../../core/pack/pack-options';
import { writePack, type PackProgress, type WrittenPack } from '../../../../core/pack/write-pack';
import { renderPng } from '../../../support/pdf-reader';
import { qpdf } from '../../../support/qpdf';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, loadFonts, loadFramework, makePdf, makePortfolio, type FileEvidence } from './pack-fixtures';
import { PdfFile, outlineTitles } from './pdf-tools';

const fonts = loadFonts();
const framework = loadFramework('sc-rscitech');
const options = PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  temp = await makeTempDir('techfolio-pack-');
});
afterAll(() => temp.remove());

async function makePack(name: string, files: FileEvidence[] = [], change?: (e: MapEvidence) => void): Promise<{ pack: WrittenPack; pdf: PdfFile; progress: PackProgress[] }> {
  const evidence = new MapEvidence();
  const portfolio = makePortfolio(evidence, files);
  change?.(evidence);
  const progress: PackProgress[] = [];
  const pack = await writePack({ portfolio, framework, options, fonts, evidence, onProgress: (p) => progress.push(p) });
  return { pack, pdf: PdfFile.write(temp.dir, name, pack.bytes), progress };
}

/** qpdf encrypts in the test itself: an owner password only (opens without a password), AES-256. */
function qpdfEncrypt(bytes: Uint8Array, userPassword: string): Uint8Array {
  const input = path.join(temp.dir, `plain-${userPassword || 'none'}.pdf`);
  const output = path.join(temp.dir, `locked-${userPassword || 'none'}.pdf`);
  writeFileSync(input, bytes);
  qpdf(['--encrypt', userPassword, 'owner', '256', '--', input, output]);
  return readFileSync(output);
}

const pdfEvidence = (title: string, bytes: Uint8Array, codes = ['A1']): FileEvidence => ({ title, bytes, mediaType: 'application/pdf', originalName: `${title}.pdf`, codes });

describe('writePack read back with qpdf and pdf.js', () => {
  let base: Awaited<ReturnType<typeof makePack>>;
  beforeAll(async () => {
    base = await makePack('base.pdf');
  });

  it('passes qpdf --check with no errors or warnings', () => {
    const { status, output } = base.pdf.check();
    expect(output).toContain('No syntax or stream encoding errors found');
    expect(status).toBe(0);
  });

  it('prints every section, the statements and names with Ł, ø, ŵ, â and ë as text', () => {
    const text = base.pdf.text().replace(/\s+/g, ' ');
    for (const heading of ['Contents', 'Applicant details', 'Employment history', 'Qualifications', 'Competence report', 'Supporters', 'CPD record', 'Totals by category', 'Training register', 'Evidence index', 'Evidence appendix', 'Declaration']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Łukasz Bjørn Ŵyn');
    expect(text).toContain('Zoë Ørsted');
    expect(text).toContain('I validated the autoclave cycle for the teaching labs.');
    expect(text).toContain('I planned the freezer move with Bjørn and Siân.');
    expect(text).toContain('Mentoring Siân, a new apprentice');
  });

  it('leaves CPD outside the period out of the CPD record', () => {
    // 2018 is outside the default three years before 20/11/2026.
    expect(base.pdf.text()).not.toContain('Reading on freezer alarms');
  });

  it('has the page count it reports, with "Page n of N" on every page', () => {
    const pages = base.pdf.pages();
    expect(pages).toBe(base.pack.pages);
    for (const n of [1, Math.ceil(pages / 2), pages]) expect(base.pdf.text(n)).toContain(`Page ${n} of ${pages}`);
  });

  it('lists in the contents, and bookmarks, the page where each section starts', () => {
    const outlines = base.pdf.json().outlines;
    const titles = outlineTitles(outlines);
    for (const section of base.pack.sections.filter((s) => !/^[A-E]\d/.test(s.title))) {
      expect(titles).toContain(section.title);
      expect(base.pdf.text(section.page)).toContain(section.title === 'Cover' ? 'Application for registration' : section.title);
    }
    const contents = base.pdf.text(2);
    const cpd = base.pack.sections.find((s) => s.title === 'CPD record')!;
    expect(contents).toMatch(new RegExp(`CPD record\\s+${cpd.page}\\b`));
    // Competence criteria sit under the report.
    const report = outlines.find((o) => o.title === 'Competence report')!;
    expect(outlineTitles(report.kids as never)).toContain('A1 · Apply knowledge of underlying concepts and principles associated with area of work');
  });

  it('sets title, author and language in the document', () => {
    const info = base.pdf.info();
    expect(info.Title).toBe('RSciTech application: Łukasz Bjørn Ŵyn');
    expect(info.Author).toBe('Łukasz Bjørn Ŵyn');
    expect(JSON.stringify(base.pdf.json().qpdf)).toMatch(/"\/Lang":\s*"u:en-GB"/);
  });

  it('reports progress up to the total', () => {
    const last = base.progress.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(last.stage).toBe('saving');
  });
});

describe('evidence appendix', () => {
  it('merges an owner-password PDF made by qpdf, page for page, each under its evidence number', async () => {
    const plain = await makePack('no-evidence.pdf');
    const locked = qpdfEncrypt(await makePdf('Owner locked certificate', 3), '');
    const { pack, pdf } = await makePack('owner.pdf', [pdfEvidence('Radiation certificate', locked)]);
    expect(pdf.check().status).toBe(0);
    expect(pdf.pages()).toBe(plain.pack.pages + 3);
    const first = pack.sections.find((s) => s.title === 'Ev 1 Radiation certificate')!;
    for (let i = 0; i < 3; i++) {
      const text = pdf.text(first.page + i);
      expect(text).toContain(`Owner locked certificate page ${i + 1}`);
      expect(text).toContain('Ev 1');
      expect(text).toContain(`Radiation certificate (p. ${i + 1} of 3)`);
      expect(text).toContain(`Page ${first.page + i} of ${pack.pages}`);
    }
    expect(outlineTitles(pdf.json().outlines)).toContain('Ev 1 Radiation certificate');
  });

  it('labels rotated evidence pages upright, across their visible top', async () => {
    const source = await PDFDocument.create();
    const helvetica = await source.embedFont(StandardFonts.Helvetica);
    for (const angle of [0, 90, 180, 270]) {
      const page = source.addPage([595, 842]);
      page.drawText(`Scan turned ${angle}`, { x: 60, y: 700, size: 14, font: helvetica });
      page.setRotation(degrees(angle));
    }
    const { pack, pdf } = await makePack('rotated.pdf', [pdfEvidence('Rotated scans', await source.save())]);
    expect(pdf.check().status).toBe(0);
    const first = pack.sections.find((s) => s.title === 'Ev 1 Rotated scans')!.page;
    for (let i = 0; i < 4; i++) {
      const page = first + i;
      const png = path.join(temp.dir, `rotated-${page}`);
      renderPng(pdf.file, { dpi: 72, first: page, last: page, stem: png, single: true });
      const { data, info } = await sharp(`${png}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3);
      // The strip's pale blue fills the visible top edge, whichever way the page is turned.
      expect([...at(info.width - 5, 3)]).toEqual([235, 240, 247]);
      // Upright text runs right from the inset: the title's ink lies inside the strip, right of the label.
      let ink = 0;
      for (let y = 0; y < 26; y++) for (let x = 70; x < 200; x++) if (at(x, y)[0]! < 120) ink += 1;
      expect(ink).toBeGreaterThan(20);
      expect(pdf.text(page)).toContain(`Scan turned ${[0, 90, 180, 270][i]}`);
    }
  });

  it('puts a placeholder naming the problem in place of a user-password PDF, and still completes', async () => {
    const locked = qpdfEncrypt(await makePdf('Secret', 2), 'letmein');
    const { pack, pdf } = await makePack('user.pdf', [pdfEvidence('Locked payslip', locked)]);
    expect(pdf.check().status).toBe(0);
    const page = pack.sections.find((s) => s.title === 'Ev 1 Locked payslip')!.page;
    expect(pdf.text(page)).toContain('needs a password to open');
    expect(pdf.text()).not.toContain('Secret page');
  });

  it('puts a placeholder in place of a truncated PDF, and still completes', async () => {
    const whole = await makePdf('Cut short', 4);
    const { pack, pdf } = await makePack('truncated.pdf', [pdfEvidence('Calibration report', whole.subarray(0, Math.floor(whole.length * 0.6)))]);
    expect(pdf.check().status).toBe(0);
    const page = pack.sections.find((s) => s.title === 'Ev 1 Calibration report')!.page;
    expect(pdf.text(page)).toContain('damaged or incomplete');
    expect(pdf.text()).not.toContain('Cut short page');
  });

  it('puts placeholders in place of a missing file and a file changed since it was added', async () => {
    const missing = await makePdf('Gone', 1);
    const changed = await makePdf('Altered', 1);
    const { pack, pdf } = await makePack('missing.pdf', [pdfEvidence('Lost log', missing), pdfEvidence('Edited log', changed, ['B1'])], (e) => {
      const hashes = [...e.files.keys()];
      e.files.delete(hashes[0]!);
      e.files.set(hashes[1]!, new Uint8Array([...changed, 0x20]));
    });
    const text = (title: string) => pdf.text(pack.sections.find((s) => s.title.endsWith(title))!.page);
    expect(text('Lost log')).toContain('missing from the portfolio folder');
    expect(text('Edited log')).toContain('has changed since it was added');
  });

  it('lists a file it cannot print with its name, size and SHA-256', async () => {
    const bytes = new TextEncoder().encode('col1,col2\n1,2\n');
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence, [{ title: 'Stock spreadsheet', bytes, mediaType: 'text/csv', originalName: 'stock-levels.csv', codes: ['A2'] }]);
    const pack = await writePack({ portfolio, framework, options, fonts, evidence });
    const pdf = PdfFile.write(temp.dir, 'listed.pdf', pack.bytes);
    const text = pdf.text();
    expect(text).toContain('stock-levels.csv');
    expect(text).toContain(`${bytes.length} bytes`);
    const hash = [...evidence.files.keys()][0]!;
    expect(text.replace(/\s+/g, '')).toContain(hash);
  });

  it('stops when the signal is aborted', async () => {
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence, [pdfEvidence('One', await makePdf('One', 1))]);
    const controller = new AbortController();
    controller.abort();
    await expect(writePack({ portfolio, framework, options, fonts, evidence, signal: controller.signal })).rejects.toThrow();
  });
});

describe('characters the fonts lack', () => {
  it('prints them as "?" rather than an empty box', async () => {
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence);
    portfolio.statements[0]!.text = 'Calibrated the 中 balance.';
    const pack = await writePack({ portfolio, framework, options, fonts, evidence });
    expect(PdfFile.write(temp.dir, 'cjk.pdf', pack.bytes).text()).toContain('Calibrated the ? balance.');
  });
});
