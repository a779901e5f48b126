import { PDFArray, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvidencePdf } from '../../../../core/pack/evidence-pdf';
import { PackOptions } from '../../../../core/pack/pack-options';
import { FOOTER_BAND, LABEL_STRIP } from '../../../../core/pack/page-geometry';
import { writePack, type WrittenPack } from '../../../../core/pack/write-pack';
import { renderPng } from '../../../support/pdf-reader';
import { makeTempDir } from '../../../support/temp-dir';
import { ODD_PAGES, filledFormPdf, indirectLengthPdf, manyLinksPdf, oddPagesPdf } from './odd-pdfs';
import { MapEvidence, loadFonts, loadFramework, makePortfolio, type FileEvidence } from './pack-fixtures';
import { contentStreamData, pageBoxes, pageDicts, pixelBox, qpdfObjects, renderPage, type Render } from './pdf-inspect';
import { PdfFile } from './pdf-tools';

const fonts = loadFonts();
const framework = loadFramework('sc-rscitech');
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  temp = await makeTempDir('techfolio-evidence-pages-');
});
afterAll(() => temp.remove());

const pdfEvidence = (title: string, bytes: Uint8Array): FileEvidence => ({ title, bytes, mediaType: 'application/pdf', originalName: `${title}.pdf`, codes: ['A1'] });

async function makePack(name: string, files: FileEvidence[], paper: 'a4' | 'letter' = 'a4'): Promise<{ pack: WrittenPack; pdf: PdfFile }> {
  const evidence = new MapEvidence();
  const portfolio = makePortfolio(evidence, files);
  const options = PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20', paper });
  const pack = await writePack({ portfolio, framework, options, fonts, evidence });
  const pdf = PdfFile.write(temp.dir, name, pack.bytes);
  return { pack, pdf };
}

/** The pages an evidence item fills: its bookmark's page and the next `count - 1`. */
function itemPages(pack: WrittenPack, title: string, count: number): number[] {
  const first = pack.sections.find((s) => s.title.endsWith(` ${title}`))!.page;
  return Array.from({ length: count }, (_, i) => first + i);
}

/** Merged evidence pages: their contents are the drawing, the opening wrapper, the page's own streams and the closing wrapper. */
const evidencePages = (objects: ReturnType<typeof qpdfObjects>) => pageDicts(objects).filter((p) => Array.isArray(p['/Contents']) && (p['/Contents'] as unknown[]).length >= 3 && contentStreamData(objects, p)[1]!.toString('latin1').startsWith('q '));

const isFill = ([r, g, b]: [number, number, number]) => Math.abs(r - 204) <= 8 && Math.abs(g - 230) <= 8 && Math.abs(b - 204) <= 8;
const isRed = ([r, g, b]: [number, number, number]) => r > 200 && g < 70 && b < 70;
const isEvidence = (rgb: [number, number, number]) => isFill(rgb) || isRed(rgb);
const isBlack = ([r, g, b]: [number, number, number]) => r < 60 && g < 60 && b < 60;

/** Where the red corner sits in the visible page, as fractions of its width and height. */
function cornerOf(render: Render, top = 0, bottom = render.height): { x: number; y: number; box: NonNullable<ReturnType<typeof pixelBox>> } {
  const box = pixelBox(render, isEvidence, top, bottom)!;
  const red = pixelBox(render, isRed, top, bottom)!;
  return { x: (red.cx - box.x0) / (box.x1 - box.x0), y: (red.cy - box.y0) / (box.y1 - box.y0), box };
}

describe('evidence pages of odd sizes and rotations', { timeout: 120_000 }, () => {
  let source: Uint8Array;
  let sourcePdf: PdfFile;
  let a4: Awaited<ReturnType<typeof makePack>>;
  let letter: Awaited<ReturnType<typeof makePack>>;
  beforeAll(async () => {
    source = await oddPagesPdf();
    sourcePdf = PdfFile.write(temp.dir, 'odd-source.pdf', source);
    a4 = await makePack('odd-a4.pdf', [pdfEvidence('Odd sizes', source)]);
    letter = await makePack('odd-letter.pdf', [pdfEvidence('Odd sizes', source)], 'letter');
  });

  it('makes every page of the pack A4 portrait, upright, and every page Letter when Letter is chosen', () => {
    for (const [made, size] of [[a4, { width: 595.28, height: 841.89 }], [letter, { width: 612, height: 792 }]] as const) {
      const boxes = pageBoxes(made.pdf, made.pack.pages);
      expect(boxes).toHaveLength(made.pack.pages);
      for (const box of boxes) {
        expect(box.width).toBeCloseTo(size.width, 1);
        expect(box.height).toBeCloseTo(size.height, 1);
        expect(box.rotate).toBe(0);
      }
    }
  });

  it('passes qpdf --check with no warnings', () => {
    for (const made of [a4, letter]) {
      const { status, output } = made.pdf.check();
      expect(output).toContain('No syntax or stream encoding errors found');
      expect(status).toBe(0);
    }
  });

  it('prints the label, the evidence text and "Page n of N" intact on every page, however small the source', () => {
    for (const made of [a4, letter]) {
      const pages = itemPages(made.pack, 'Odd sizes', ODD_PAGES.length);
      const title = made.pack.sections.find((s) => s.title.endsWith(' Odd sizes'))!.title;
      pages.forEach((page, i) => {
        const text = made.pdf.text(page).replace(/\s+/g, ' ');
        expect(text).toContain(title);
        expect(text).toContain(`Page ${page} of ${made.pack.pages}`);
        expect(text).toContain('Łukasz Bjørn Ŵyn');
        // The 20 × 20 pt page clips its own label; every other page shows it.
        if (ODD_PAGES[i]!.width > 20) expect(text).toContain(`Odd page ${i + 1}`);
      });
    }
  });

  it('fits each page whole and upright between the label strip and the page-number band, clipped to its crop box', async () => {
    const dpi = 50;
    const px = (pt: number) => (pt * dpi) / 72;
    const pages = itemPages(a4.pack, 'Odd sizes', ODD_PAGES.length);
    for (const [i, spec] of ODD_PAGES.entries()) {
      const packed = await renderPage(a4.pdf, pages[i]!, dpi, temp.dir);
      const visible = spec.crop ?? spec;
      const sourceDpi = Math.min(144, (72 * 400) / Math.max(visible.width, visible.height));
      const alone = await renderPage(sourcePdf, i + 1, sourceDpi, temp.dir);
      const want = cornerOf(alone);
      const got = cornerOf(packed);
      // Nothing of the evidence outside the area; nothing from outside its crop box inside it.
      expect(got.box.y0).toBeGreaterThanOrEqual(Math.floor(px(LABEL_STRIP)));
      expect(got.box.y1).toBeLessThanOrEqual(Math.ceil(packed.height - px(FOOTER_BAND)));
      // (A clip edge may show a pixel of what lies under it, as in any viewer.)
      const b = got.box;
      const outside = (_rgb: unknown, x: number, y: number) => x < b.x0 - 2 || x >= b.x1 + 2 || y < b.y0 - 2 || y >= b.y1 + 2;
      expect({ page: i + 1, black: pixelBox(packed, (rgb, x, y) => isBlack(rgb) && outside(rgb, x, y), Math.ceil(px(LABEL_STRIP)) + 1, Math.floor(packed.height - px(FOOTER_BAND)) - 1) }).toEqual({ page: i + 1, black: undefined });
      // The same way up as a reader shows the source on its own, and the same shape.
      expect(got.x).toBeCloseTo(want.x, 1);
      expect(got.y).toBeCloseTo(want.y, 1);
      const shape = (b: typeof got.box) => (b.x1 - b.x0) / (b.y1 - b.y0);
      expect(shape(got.box) / shape(want.box)).toBeGreaterThan(0.85);
      expect(shape(got.box) / shape(want.box)).toBeLessThan(1.15);
    }
    // A small page is enlarged twice over; an A3 page is shrunk to the height between strip and band.
    const small = cornerOf(await renderPage(a4.pdf, pages[0]!, dpi, temp.dir)).box;
    expect(small.y1 - small.y0).toBeCloseTo(px(2 * 108), -0.5);
    const a3 = cornerOf(await renderPage(a4.pdf, pages[5]!, dpi, temp.dir)).box;
    expect(a3.y1 - a3.y0).toBeGreaterThan(px(841.89 - LABEL_STRIP - FOOTER_BAND - 12));
  });

  it('keeps every copied content stream byte for byte, only wrapped', () => {
    const sourceObjects = qpdfObjects(sourcePdf);
    const packObjects = qpdfObjects(a4.pdf);
    const sourcePages = pageDicts(sourceObjects);
    // qpdf lists pages in object order; the source's pages were written in page order.
    const packPages = evidencePages(packObjects);
    const wrapped = packPages.map((p) => contentStreamData(packObjects, p));
    for (const page of sourcePages) {
      const original = contentStreamData(sourceObjects, page);
      const match = wrapped.find((streams) => streams.length === original.length + 3 && original.every((bytes, i) => bytes.equals(streams[i + 2]!)));
      expect(match).toBeDefined();
      expect(match![1]!.toString('latin1')).toMatch(/^q [-\d. ]+ cm [-\d. ]+ re W n\n$/);
      expect(match![match!.length - 1]!.toString('latin1')).toBe('\nQ\n');
    }
  });
});

describe('annotations on evidence pages', { timeout: 120_000 }, () => {
  it('drops 30,000 links: no /Annots left, and the page renders quickly', async () => {
    const { pack, pdf } = await makePack('links.pdf', [pdfEvidence('Link farm', await manyLinksPdf(30_000))]);
    expect(pdf.check().status).toBe(0);
    const objects = qpdfObjects(pdf);
    for (const page of evidencePages(objects)) expect(page).not.toHaveProperty('/Annots');
    // The pack's own links (contents, references) remain; none of the evidence's.
    expect(JSON.stringify(objects)).not.toContain('example.org');
    const [page] = itemPages(pack, 'Link farm', 1);
    const started = performance.now();
    renderPng(pdf.file, { dpi: 72, first: 1, last: pack.pages, stem: `${temp.dir}/links` });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(pdf.text(page)).toContain('Page full of links');
  });

  it('flattens a filled form: its values print, no annotation survives', async () => {
    const { pack, pdf } = await makePack('form.pdf', [pdfEvidence('Filled form', await filledFormPdf('Ffion Jenkins-Orsted'))]);
    expect(pdf.check().status).toBe(0);
    const [page] = itemPages(pack, 'Filled form', 1);
    expect(pdf.text(page)).toContain('Training record form');
    expect(pdf.text(page)).toContain('Ffion Jenkins-Orsted');
    const objects = qpdfObjects(pdf);
    const pages = pageDicts(objects);
    for (const dict of evidencePages(objects)) expect(dict).not.toHaveProperty('/Annots');
    const kind = (o: { value?: unknown }) => o.value as Record<string, unknown> | undefined;
    expect(Object.values(objects).filter((o) => kind(o)?.['/Subtype'] === '/Widget')).toEqual([]);
    expect(JSON.stringify(objects)).not.toContain('example.org');
    // Both the text field's and the ticked box's appearances are painted from the page's resources.
    const formPage = pages.find((p) => JSON.stringify(p).includes('TfAp'))!;
    const resources = formPage['/Resources'] as string | Record<string, unknown>;
    const dict = typeof resources === 'string' ? (objects[`obj:${resources}`]!.value as Record<string, unknown>) : resources;
    const xobjects = typeof dict['/XObject'] === 'string' ? (objects[`obj:${dict['/XObject'] as string}`]!.value as Record<string, unknown>) : (dict['/XObject'] as Record<string, unknown>);
    expect(Object.keys(xobjects).filter((k) => k.startsWith('/TfAp'))).toHaveLength(2);
  });
});

describe('streams whose /Length is an indirect object', () => {
  it.each([['\\r\\n', '\r\n'], ['\\n', '\n']] as const)('loads the data ending in %s whole', async (_name, ending) => {
    const { bytes, content } = indirectLengthPdf(ending);
    const loaded = await loadEvidencePdf(bytes);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const page = loaded.doc.getPage(0);
    const contents = page.node.lookup(PDFName.of('Contents'));
    const stream = contents instanceof PDFArray ? loaded.doc.context.lookup(contents.get(0)) : contents;
    expect(stream).toBeInstanceOf(PDFRawStream);
    expect(Buffer.from((stream as PDFRawStream).contents).equals(Buffer.from(content))).toBe(true);
  });

  it('copies them into a pack unchanged, and the pack passes qpdf --check', { timeout: 60_000 }, async () => {
    const { bytes, content } = indirectLengthPdf('\r\n');
    const source = PdfFile.write(temp.dir, 'indirect.pdf', bytes);
    expect(source.check().status).toBe(0);
    const { pdf } = await makePack('indirect-pack.pdf', [pdfEvidence('Cairo-style file', bytes)]);
    const { status, output } = pdf.check();
    expect(output).toContain('No syntax or stream encoding errors found');
    expect(status).toBe(0);
    const objects = qpdfObjects(pdf);
    const all = pageDicts(objects).flatMap((p) => contentStreamData(objects, p));
    expect(all.some((data) => data.equals(Buffer.from(content)))).toBe(true);
  });
});
