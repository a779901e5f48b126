import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackOptions } from '../../../../core/pack/pack-options';
import type { Deflate } from '../../../../core/pack/stream-deflate';
import { writePack, type WrittenPack } from '../../../../core/pack/write-pack';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, loadFonts, loadFramework, makePdf, makePortfolio } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

const fonts = loadFonts();
const framework = loadFramework('sc-rscitech');
const options = PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Node's zlib, remembering what it was given for each output it made. */
function recordingDeflate(): { deflate: Deflate; inputs: Map<string, Uint8Array> } {
  const inputs = new Map<string, Uint8Array>();
  return {
    inputs,
    deflate: (bytes) => {
      const out = deflateSync(bytes);
      inputs.set(digest(out), bytes.slice());
      return out;
    },
  };
}

async function makePack(deflate: Deflate): Promise<WrittenPack> {
  const evidence = new MapEvidence();
  const portfolio = makePortfolio(evidence, [{ title: 'Validation report', bytes: await makePdf('Validation report', 3), mediaType: 'application/pdf', originalName: 'report.pdf', codes: ['A1'] }]);
  return writePack({ portfolio, framework, options, fonts, evidence, deflate });
}

/** A page's content streams as stored in the file (compressed). */
function storedContents(doc: PDFDocument, index: number): Uint8Array[] {
  const contents = doc.getPage(index).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  return streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream).map((s) => s.contents);
}

describe('the pack compressed with an injected deflate', { timeout: 120_000 }, () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let first: WrittenPack;
  let second: WrittenPack;
  let recorded: ReturnType<typeof recordingDeflate>;
  beforeAll(async () => {
    temp = await makeTempDir('techfolio-deflate-');
    recorded = recordingDeflate();
    first = await makePack(recorded.deflate);
    second = await makePack(recordingDeflate().deflate);
  });
  afterAll(() => temp.remove());

  it('stores what it draws on each page as that deflate made it, and each inflates back to what was drawn', async () => {
    const doc = await PDFDocument.load(first.bytes);
    for (let index = 0; index < doc.getPageCount(); index++) {
      // An evidence page keeps its own content streams as they came; the label drawn over it is the pack's.
      const ours = storedContents(doc, index).filter((bytes) => recorded.inputs.has(digest(bytes)));
      expect(ours.length, `page ${index + 1}`).toBeGreaterThan(0);
      for (const bytes of ours) expect(Buffer.from(inflateSync(bytes)).equals(Buffer.from(recorded.inputs.get(digest(bytes))!))).toBe(true);
    }
  });

  it('compresses the font subsets and the object streams with it too', () => {
    const texts = [...recorded.inputs.values()].map((bytes) => Buffer.from(bytes).toString('latin1'));
    // The two subsets (fontkit writes TrueType with the sfnt tag "true"); an object stream holds dictionaries.
    expect(texts.filter((t) => t.startsWith('true')).length).toBe(2);
    expect(texts.some((t) => t.includes('/Title'))).toBe(true);
  });

  it('gives the same bytes when made twice', () => {
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });

  it('passes qpdf --check, and the evidence labels and page numbers read back as text', () => {
    const pdf = PdfFile.write(temp.dir, 'zlib.pdf', first.bytes);
    const { status, output } = pdf.check();
    expect(output).toContain('No syntax or stream encoding errors found');
    expect(status).toBe(0);
    const text = pdf.text(first.pages);
    expect(text).toContain('Ev 1');
    expect(text).toContain(`Page ${first.pages} of ${first.pages}`);
  });
});

describe('the other PDFs compressed with the injected deflate', { timeout: 120_000 }, () => {
  const portfolio = makePortfolio(new MapEvidence(), []);
  const writers: [string, (deflate: Deflate) => Promise<{ bytes: Uint8Array }>][] = [
    ['a CPD summary', async (deflate) => (await import('../../../../core/pack/summaries')).writeCpdSummary({ portfolio, from: '2025-01-01', to: '2026-12-31', date: '2026-11-20', fonts, deflate })],
    ['a profile page', async (deflate) => (await import('../../../../core/pack/summaries')).writeProfilePage({ portfolio, date: '2026-11-20', fonts, frameworks: {}, deflate })],
    ['a supporter brief', async (deflate) => (await import('../../../../core/pack/supporter-brief')).writeSupporterBrief({ portfolio, framework, date: '2026-11-20', fonts, deflate })],
  ];
  it.each(writers)('%s stores every page and both font subsets as that deflate made them', async (_name, write) => {
    const recorded = recordingDeflate();
    const doc = await PDFDocument.load((await write(recorded.deflate)).bytes);
    for (let index = 0; index < doc.getPageCount(); index++) {
      const stored = storedContents(doc, index);
      expect(stored.length).toBeGreaterThan(0);
      for (const bytes of stored) expect(recorded.inputs.has(digest(bytes)), `page ${index + 1}`).toBe(true);
    }
    const texts = [...recorded.inputs.values()].map((bytes) => Buffer.from(bytes).toString('latin1'));
    expect(texts.filter((t) => t.startsWith('true')).length).toBe(2);
  });
});
