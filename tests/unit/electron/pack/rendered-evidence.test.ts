import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontCharacterSet } from '../../../../core/pack/pack-document';
import { PackOptions, type PackFinding } from '../../../../core/pack/pack-options';
import { preflightPack } from '../../../../core/pack/preflight';
import { writePack, type WrittenPack } from '../../../../core/pack/write-pack';
import { renderPdfPages } from '../../../../electron/pack/render-pdf-pages';
import { renderPng } from '../../../support/pdf-reader';
import { makeTempDir } from '../../../support/temp-dir';
import { brokenFormPdf, brokenLastPagePdf, contentCyclePdf, encryptWordPdf, manyAnnotationsPdf, pageTreeCyclePdf, plainPdf, qpdfEncrypted, resourcesStreamPdf } from '../../core/pack/broken-pdfs';
import { MapEvidence, loadFonts, loadFramework, makePortfolio, type FileEvidence } from '../../core/pack/pack-fixtures';
import { PdfFile } from '../../core/pack/pdf-tools';

/**
 * Evidence pdf-lib cannot copy, printed as pdf.js draws it (the pack worker's renderer, with the
 * canvas package): the pack completes, every page of the written file opens at A4 as a reader shows it
 * and in the pack's own renderer, and the
 * preflight foretold each rendered page and placeholder.
 */
const fonts = loadFonts();
const framework = loadFramework('sc-rscitech');
const A4 = { width: 595.28, height: 841.89 };
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('techfolio-rendered-');
});
afterAll(() => temp.remove());

const pdf = (title: string, bytes: Uint8Array): FileEvidence => ({ title, bytes, mediaType: 'application/pdf', originalName: `${title}.pdf`, codes: ['A1'] });
/** Colour: the generated evidence (pale green, red marks, blue text); the pack's own pages are black, grey and white. */
const isFill = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b) > 20;

/** How many pixels of an RGB image are coloured like the evidence, and how many are not white. */
function countPixels(data: Uint8Array | Buffer, channels: number): { fill: number; ink: number } {
  let fill = 0;
  let ink = 0;
  for (let i = 0; i < data.length; i += channels) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (isFill(r, g, b)) fill += 1;
    if (r < 240 || g < 240 || b < 240) ink += 1;
  }
  return { fill, ink };
}

describe('evidence printed as rendered pages', { timeout: 240_000 }, () => {
  let pack: WrittenPack;
  let made: PdfFile;
  let findings: PackFinding[];
  beforeAll(async () => {
    const files = [
      pdf('Filled form', brokenFormPdf()),
      pdf('Resources stream', resourcesStreamPdf()),
      pdf('Page tree cycle', pageTreeCyclePdf()),
      pdf('Content cycle', contentCyclePdf()),
      pdf('Forty thousand marks', manyAnnotationsPdf(40_000)),
      pdf('Word Encrypt', encryptWordPdf()),
      pdf('Empty password', qpdfEncrypted(temp.dir, 'empty', plainPdf('Opens with no password'), '')),
      pdf('User password', qpdfEncrypted(temp.dir, 'user', plainPdf('Needs a password'), 'letmein')),
      pdf('Half copied', brokenLastPagePdf()),
    ];
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence, files);
    const options = PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20', imageDpi: 100 });
    pack = await writePack({ portfolio, framework, options, fonts, evidence, renderPdf: renderPdfPages });
    made = PdfFile.write(temp.dir, 'rendered.pdf', pack.bytes);
    findings = (await preflightPack({ portfolio, framework, options, evidence, charset: fontCharacterSet(fonts) })).findings;
  }, 180_000);

  it('prints what pdf-lib cannot copy as rendered pages, and placeholders only for what no reader can open', () => {
    const how = Object.fromEntries(pack.evidence.map((e) => [e.title, [e.status, e.reason, e.pages]]));
    expect(how).toEqual({
      'Filled form': ['rendered', 'cannot-copy', 3],
      'Resources stream': ['rendered', 'cannot-copy', 1],
      'Page tree cycle': ['placeholder', 'damaged', 1],
      'Content cycle': ['pages', undefined, 1],
      'Forty thousand marks': ['rendered', 'over-limits', 1],
      'Word Encrypt': ['pages', undefined, 1],
      'Empty password': ['pages', undefined, 1],
      'User password': ['placeholder', 'needs-password', 1],
      'Half copied': ['rendered', 'cannot-copy', 3],
    });
  });

  it('marks each rendered page in its label strip, and the item in the evidence index', () => {
    for (const item of pack.evidence.filter((e) => e.status === 'rendered')) {
      for (let n = 0; n < item.pages; n++) expect(made.text(item.page + n)).toContain(`Rendered image of page ${n + 1}`);
    }
    const index = pack.sections.find((s) => s.title === 'Evidence index')!.page;
    const rows = made.layoutText(index).split('\n');
    expect(rows.filter((row) => /PDF \(rendered\)/.test(row)).map((row) => /Ev \d+\s+(.+?)\s{2,}/.exec(row)![1]).sort()).toEqual(['Filled form', 'Forty thousand marks', 'Half copied', 'Resources stream']);
    expect(rows.find((row) => row.includes('Word Encrypt'))).not.toContain('(rendered)');
  });

  it('passes qpdf --check', () => {
    const { status, output } = made.check();
    expect(output).not.toMatch(/WARNING|ERROR/);
    expect(status).toBe(0);
  });

  it('renders every page of the written file at A4 as a reader shows it, the evidence visible on each printed item', async () => {
    const stem = path.join(temp.dir, 'reader');
    renderPng(made.file, { dpi: 24, first: 1, last: made.pages(), stem });
    const files = readdirSync(temp.dir).filter((f) => f.startsWith('reader-')).sort();
    expect(files).toHaveLength(pack.pages);
    const printed = new Set(pack.evidence.filter((e) => e.status !== 'placeholder').flatMap((e) => Array.from({ length: e.pages }, (_, i) => e.page + i)));
    for (const [i, file] of files.entries()) {
      const { data, info } = await sharp(path.join(temp.dir, file)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(info.width / info.height).toBeCloseTo(A4.width / A4.height, 2);
      const { fill, ink } = countPixels(data, info.channels);
      expect(ink, `page ${i + 1}`).toBeGreaterThan(0);
      if (printed.has(i + 1)) expect(fill, `page ${i + 1}`).toBeGreaterThan(info.width * info.height * 0.2);
    }
  });

  it('renders every page at A4 in pdf.js too', async () => {
    const pages = await renderPdfPages(pack.bytes, (count) => Array.from({ length: count }, (_, i) => i), 24);
    expect(pages).toHaveLength(pack.pages);
    const printed = new Set(pack.evidence.filter((e) => e.status !== 'placeholder').flatMap((e) => Array.from({ length: e.pages }, (_, i) => e.page - 1 + i)));
    for (const page of pages) {
      expect(page.widthPx / page.heightPx).toBeCloseTo(A4.width / A4.height, 2);
      const { data, info } = await sharp(page.jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const { fill, ink } = countPixels(data, info.channels);
      expect(ink, `page ${page.pageIndex + 1}`).toBeGreaterThan(0);
      if (printed.has(page.pageIndex)) expect(fill, `page ${page.pageIndex + 1}`).toBeGreaterThan(info.width * info.height * 0.2);
    }
  });

  it('was foretold by the preflight: the same items rendered, the same placeholders', () => {
    const named = (kind: PackFinding['kind']) => findings.filter((f) => f.kind === kind).map((f) => /“(.+?)”/.exec(f.message)![1]).sort();
    const titles = (status: string) => pack.evidence.filter((e) => e.status === status).map((e) => e.title).sort();
    expect(named('evidence-rendered')).toEqual(titles('rendered'));
    expect(named('evidence-unreadable')).toEqual(titles('placeholder'));
  });
});

describe('renderPdfPages', () => {
  it('says a file needs a password only when pdf.js cannot open it with the empty one', async () => {
    const dir = temp.dir;
    await expect(renderPdfPages(qpdfEncrypted(dir, 'r-user', plainPdf('x'), 'secret'), () => [0], 150)).rejects.toMatchObject({ problem: 'user-password' });
    const [page] = await renderPdfPages(qpdfEncrypted(dir, 'r-empty', plainPdf('x'), ''), () => [0], 150);
    // An A4 page printed in the evidence area at 150 dpi: about 1,000 pixels wide, upright.
    expect(page!.widthPx).toBeGreaterThan(900);
    expect(page!.heightPx / page!.widthPx).toBeCloseTo(842 / 595, 1);
  });
});
