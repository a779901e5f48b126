import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImagePreparer } from '../../../../core/pack/evidence-appendix';
import { createPackDocument } from '../../../../core/pack/pack-document';
import { PackOptions } from '../../../../core/pack/pack-options';
import { VisualFrame, drawLabelStrip } from '../../../../core/pack/page-frame';
import { A4, MARGIN } from '../../../../core/pack/page-geometry';
import { writePack, type WrittenPack } from '../../../../core/pack/write-pack';
import { qpdf } from '../../../support/qpdf';
import { makeTempDir } from '../../../support/temp-dir';
import { indirectLengthPdf, oddPagesPdf } from './odd-pdfs';
import { MapEvidence, loadFonts, loadFramework, makePdf, makePortfolio, type FileEvidence } from './pack-fixtures';
import { fontTable, pageBoxes, qpdfObjects } from './pdf-inspect';
import { PdfFile } from './pdf-tools';

const fonts = loadFonts();
const framework = loadFramework('sc-rscitech');
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  temp = await makeTempDir('techfolio-pack-file-');
});
afterAll(() => temp.remove());

/** Images "prepared" as the worker would: decoded by sharp and re-encoded as JPEG at their own size. */
const prepareImage: ImagePreparer = async (image) => {
  const { data, info } = await sharp(await image.read()).jpeg({ quality: 80 }).toBuffer({ resolveWithObject: true });
  return { jpeg: data, widthPx: info.width, heightPx: info.height };
};

async function evidenceFiles(): Promise<FileEvidence[]> {
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#4080c0' } }).jpeg().toBuffer();
  return [
    { title: 'Autoclave validation report', bytes: await makePdf('Validation report', 6), mediaType: 'application/pdf', originalName: 'report.pdf', codes: ['A1'] },
    { title: 'Odd pages', bytes: await oddPagesPdf(), mediaType: 'application/pdf', originalName: 'odd.pdf', codes: ['B1'] },
    { title: 'Cairo-made certificate', bytes: indirectLengthPdf('\n').bytes, mediaType: 'application/pdf', originalName: 'cert.pdf', codes: ['A1'] },
    { title: 'Landscape photo of the freezer room', bytes: photo, mediaType: 'image/jpeg', originalName: 'freezers.jpg', codes: ['B1'] },
  ];
}

async function makePack(name: string, paper: 'a4' | 'letter' = 'a4'): Promise<{ pack: WrittenPack; pdf: PdfFile }> {
  const evidence = new MapEvidence();
  const portfolio = makePortfolio(evidence, await evidenceFiles());
  const options = PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20', paper });
  const pack = await writePack({ portfolio, framework, options, fonts, evidence, prepareImage });
  return { pack, pdf: PdfFile.write(temp.dir, name, pack.bytes) };
}

describe('the pack file', { timeout: 120_000 }, () => {
  let first: Awaited<ReturnType<typeof makePack>>;
  let second: Awaited<ReturnType<typeof makePack>>;
  beforeAll(async () => {
    first = await makePack('first.pdf');
    second = await makePack('second.pdf');
  });

  it('is byte-identical when made twice from the same portfolio', () => {
    expect(Buffer.from(first.pack.bytes).equals(Buffer.from(second.pack.bytes))).toBe(true);
  });

  it('passes qpdf --check with no warnings', () => {
    const { status, output } = first.pdf.check();
    expect(output).toContain('No syntax or stream encoding errors found');
    expect(status).toBe(0);
  });

  it('packs its objects into object streams, and is smaller for it', () => {
    const objects = qpdfObjects(first.pdf);
    expect(Object.values(objects).some((o) => o.stream?.dict['/Type'] === '/ObjStm')).toBe(true);
    const loose = path.join(temp.dir, 'loose.pdf');
    qpdf(['--object-streams=disable', '--compress-streams=n', '--decode-level=none', first.pdf.file, loose]);
    expect(first.pack.bytes.length).toBeLessThan(readFileSync(loose).length);
  });

  it('names its font subsets with the six-letter subset tag', () => {
    const objects = qpdfObjects(first.pdf);
    const descriptors = Object.values(objects)
      .map((o) => o.value as Record<string, unknown> | undefined)
      .filter((v) => v?.['/Type'] === '/FontDescriptor' && v['/FontFile2']);
    expect(descriptors.map((d) => d!['/FontName'])).toEqual(expect.arrayContaining([expect.stringMatching(/^\/[A-Z]{6}\+DejaVuSans$/), expect.stringMatching(/^\/[A-Z]{6}\+DejaVuSans-Bold$/)]));
    for (const d of descriptors) expect(d!['/FontName']).toMatch(/^\/[A-Z]{6}\+/);
    const fonts = fontTable(objects);
    expect(fonts).toMatch(/^[A-Z]{6}\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/m);
  });

  it('prints a landscape photo on a portrait page of the pack paper, and every page on Letter when chosen', async () => {
    const landscape = first.pack.sections.find((s) => s.title.endsWith('Landscape photo of the freezer room'))!.page;
    const boxes = pageBoxes(first.pdf, first.pack.pages);
    expect(boxes[landscape - 1]).toEqual({ width: 595.28, height: 841.89, rotate: 0 });
    const letter = await makePack('letter.pdf', 'letter');
    expect(letter.pdf.check().status).toBe(0);
    for (const box of pageBoxes(letter.pdf, letter.pack.pages)) expect(box).toEqual({ width: 612, height: 792, rotate: 0 });
    expect(letter.pdf.text().replace(/\s+/g, ' ')).toContain(`Page ${letter.pack.pages} of ${letter.pack.pages}`);
  });
});

describe('the label strip', () => {
  it('cuts a long title and long criteria to fit side by side within the page', async () => {
    const { doc, fonts: packFonts, type } = await createPackDocument(fonts);
    const page = doc.addPage([A4.width, A4.height]);
    const title = 'Annual radiation protection supervisor refresher training certificate with the practical assessment record and the signed attendance sheet';
    const criteria = `Cited for ${Array.from({ length: 30 }, (_, i) => `C${i + 1}`).join(', ')}`;
    drawLabelStrip(new VisualFrame(page), type, packFonts, 'Ev 12', title, criteria);
    const pdf = PdfFile.write(temp.dir, 'strip.pdf', await doc.save());
    const words = pdf.words(1);
    expect(words.map((w) => w.text).join(' ')).toMatch(/^Ev 12 Annual radiation .*… Cited for C1, C2, .*…$/);
    const cited = words.findIndex((w) => w.text === 'Cited');
    const lastTitleWord = words[cited - 1]!;
    expect(lastTitleWord.x1).toBeLessThan(words[cited]!.x0);
    const inset = Math.min(MARGIN.left, A4.width * 0.05);
    for (const word of words) expect(word.x1).toBeLessThanOrEqual(A4.width - inset + 0.5);
  });
});
