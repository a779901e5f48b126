import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFStream, decodePDFRawStream, degrees, type PDFPage, type PDFRawStream } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackDocument } from '../../../../core/pack/pack-document';
import { PackOptions } from '../../../../core/pack/pack-options';
import { VisualFrame, drawLabelStrip, stampPageNumbers } from '../../../../core/pack/page-frame';
import { LABEL_STRIP } from '../../../../core/pack/page-geometry';
import { writePack, type WrittenPack } from '../../../../core/pack/write-pack';
import { renderPng } from '../../../support/pdf-reader';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, loadFonts, loadFramework, makePdf, makePortfolio, type FileEvidence } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

const fonts = loadFonts();
const framework = loadFramework('sc-rscitech');
const options = PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  temp = await makeTempDir('techfolio-shared-forms-');
});
afterAll(() => temp.remove());

const pdfEvidence = (title: string, bytes: Uint8Array, codes: string[]): FileEvidence => ({ title, bytes, mediaType: 'application/pdf', originalName: `${title}.pdf`, codes });

/** The form XObjects a page paints, by the reference each is stored under. */
function formsOn(page: PDFPage): { ref: PDFRef; bbox: number[] }[] {
  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return [];
  return xobjects.entries().flatMap(([, value]) => {
    if (!(value instanceof PDFRef)) return [];
    const stream = page.doc.context.lookup(value);
    if (!(stream instanceof PDFStream) || stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) return [];
    const bbox = stream.dict.lookup(PDFName.of('BBox'));
    const numbers = bbox && 'asArray' in bbox ? (bbox as { asArray(): unknown[] }).asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : Number.NaN)) : [];
    return [{ ref: value, bbox: numbers }];
  });
}

const isStrip = (form: { bbox: number[] }) => form.bbox[1] === 0 && form.bbox[3] === LABEL_STRIP;

/** The page's own drawing: its content streams decoded and joined. */
function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const refs = contents && 'asArray' in contents ? contents.asArray() : [];
  return refs
    .map((ref) => page.doc.context.lookup(ref))
    .filter((s): s is PDFRawStream => s instanceof PDFStream)
    .map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s).decode()))
    .join('\n');
}

describe('label strips drawn once as forms and placed on each page', { timeout: 120_000 }, () => {
  let pack: WrittenPack;
  let pdf: PdfFile;
  let doc: PDFDocument;
  const longTitle = 'Annual local exhaust ventilation thorough examination and test report for the teaching laboratory fume cupboards';
  beforeAll(async () => {
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence, [
      pdfEvidence('Fume cupboard log', await makePdf('Fume cupboard log', 20), ['B2', 'C1']),
      pdfEvidence(longTitle, await makePdf('LEV report', 3), ['A1']),
      pdfEvidence('Spill kit check', await makePdf('Spill kit check', 1), ['A2']),
    ]);
    pack = await writePack({ portfolio, framework, options, fonts, evidence });
    pdf = PdfFile.write(temp.dir, 'shared-forms.pdf', pack.bytes);
    doc = await PDFDocument.load(pack.bytes);
  });

  const pagesOf = (title: string, count: number) => {
    const first = pack.sections.find((s) => s.title.endsWith(` ${title}`))!.page;
    return Array.from({ length: count }, (_, i) => doc.getPage(first - 1 + i));
  };

  it('places one strip form on all 20 pages of a 20-page evidence PDF, drawn once', () => {
    const pages = pagesOf('Fume cupboard log', 20);
    const strips = pages.map((page) => formsOn(page).filter(isStrip));
    for (const found of strips) expect(found).toHaveLength(1);
    expect(new Set(strips.map((found) => found[0]!.ref.toString())).size).toBe(1);
    // Each page paints it with a Do, and lays the strip out no more: its text is in the form, not the page.
    for (const page of pages) {
      const content = pageContent(page);
      expect(content).toMatch(/ cm\s+\/TfForm-\d+ Do/);
    }
  });

  it('gives every item a strip of its own', () => {
    const strips = new Set(doc.getPages().flatMap((page) => formsOn(page).filter(isStrip).map((f) => f.ref.toString())));
    expect(strips.size).toBe(3);
  });

  it('still reads back as text: the label, title, page of the document, criteria and page number', () => {
    const section = pack.sections.find((s) => s.title.endsWith(' Fume cupboard log'))!;
    const label = /^Ev \d+/.exec(section.title)![0];
    const first = section.page;
    for (const i of [0, 4, 19]) {
      const text = pdf.text(first + i);
      expect(text).toContain(label);
      expect(text).toContain(`Fume cupboard log (p. ${i + 1} of 20)`);
      expect(text).toContain('Cited for B2, C1');
      expect(text).toContain(`Fume cupboard log page ${i + 1}`);
      expect(text).toContain(`Page ${first + i} of ${pack.pages}`);
      expect(text).toContain('Łukasz Bjørn Ŵyn');
    }
  });

  it('keeps the page of the document in view when a long title is cut to fit', () => {
    const first = pack.sections.find((s) => s.title.endsWith(longTitle))!.page;
    for (let i = 0; i < 3; i++) expect(pdf.text(first + i).replace(/\s+/g, ' ')).toMatch(new RegExp(`Annual local exhaust .*… \\(p\\. ${i + 1} of 3\\)`));
  });

  it('passes qpdf --check', () => {
    expect(pdf.check().status).toBe(0);
  });
});

describe('a shared strip on pages with /Rotate', () => {
  it('reads upright across the visible top of each page, one form per visible width', async () => {
    const { doc, fonts: packFonts, type } = await createPackDocument(fonts);
    const angles = [0, 90, 180, 270];
    for (const [i, angle] of angles.entries()) {
      const page = doc.addPage([595, 842]);
      page.setRotation(degrees(angle));
      drawLabelStrip(new VisualFrame(page), type, packFonts, 'Ev 12', 'Spill kit check', 'Cited for A2', { page: i + 1, total: 4 });
    }
    stampPageNumbers(doc.getPages(), type, packFonts.regular, 'Łukasz Bjørn Ŵyn', new Set());
    const bytes = await doc.save();
    const pdf = PdfFile.write(temp.dir, 'rotated-strips.pdf', bytes);
    const read = await PDFDocument.load(bytes);
    const strips = read.getPages().map((page) => formsOn(page).filter(isStrip)[0]!.ref.toString());
    expect(strips[0]).toBe(strips[2]);
    expect(strips[1]).toBe(strips[3]);
    expect(strips[0]).not.toBe(strips[1]);
    for (const [i, angle] of angles.entries()) {
      const text = pdf.text(i + 1).replace(/\s+/g, ' ');
      expect(text).toContain(`Ev 12 Spill kit check (p. ${i + 1} of 4)`);
      expect(text).toContain(`Page ${i + 1} of 4`);
      const png = path.join(temp.dir, `rotated-strip-${angle}`);
      renderPng(pdf.file, { dpi: 72, first: i + 1, last: i + 1, stem: png, single: true });
      const { data, info } = await sharp(`${png}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
      // The strip's pale blue runs along the visible top edge, corner to corner, and not down the side.
      expect(at(3, 3)).toEqual([235, 240, 247]);
      expect(at(info.width - 4, 3)).toEqual([235, 240, 247]);
      expect(at(3, LABEL_STRIP + 10)).toEqual([255, 255, 255]);
      // Upright text starts at the inset: the label's ink lies inside the strip at the left.
      let ink = 0;
      for (let y = 0; y < LABEL_STRIP; y++) for (let x = 25; x < 60; x++) if (at(x, y)[0]! < 120) ink += 1;
      expect(ink).toBeGreaterThan(20);
    }
  });
});
