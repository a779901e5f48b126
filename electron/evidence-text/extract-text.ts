import { createRequire } from 'node:module';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream, type PDFDict } from '@cantoo/pdf-lib';
import { loadSharp, loadTesseract } from '../pack/native-packages';

/** Bounds on one file's extraction, so a huge or hostile file costs little. */
export const TEXT_LIMITS = {
  /** Pages of a PDF whose text is read. */
  pdfPages: 30,
  /** Scanned pages (or photos) read by OCR. */
  ocrImages: 3,
  /** Longest edge of an image handed to OCR, in pixels. */
  ocrEdge: 2400,
  /** Images smaller than this on their longest edge are not read. */
  ocrMinEdge: 200,
  /** OCR of one file is abandoned (and its worker ended) after this long. */
  ocrMs: 90_000,
  /** Characters of text kept per file. */
  chars: 200_000,
} as const;

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';

/** The text of a PDF's first pages through pdf.js, one line per line of the page. */
export async function pdfText(bytes: Uint8Array, maxPages: number = TEXT_LIMITS.pdfPages): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js runs its worker in this thread when it finds the worker's module on globalThis: no worker file to locate once bundled.
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, enableXfa: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}

/** The JPEG page images a scanned PDF is made of (scanners and phone apps store each page as one). */
async function scannedPageImages(bytes: Uint8Array, max: number): Promise<Uint8Array[]> {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  const images: Uint8Array[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (images.length >= max) break;
    if (!(object instanceof PDFRawStream)) continue;
    const dict: PDFDict = object.dict;
    if (dict.get(PDFName.of('Subtype')) === PDFName.of('Image') && dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode')) images.push(object.getContents());
  }
  return images;
}

/** Where tesseract.js's English data sits: the npm package @tesseract.js-data/eng, never a download. */
function englishDataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/**
 * Reads the words in images with tesseract.js, which runs Tesseract (WebAssembly) in a worker
 * thread of its own. Its data comes from the local package and nothing is cached or fetched; each
 * image is first made upright, grey and at most TEXT_LIMITS.ocrEdge pixels long; after
 * TEXT_LIMITS.ocrMs the worker is ended and what was read so far is kept.
 */
export async function ocrImages(images: readonly Uint8Array[], timeoutMs: number = TEXT_LIMITS.ocrMs, signal?: AbortSignal): Promise<string> {
  if (images.length === 0 || signal?.aborted) return '';
  const sharp = await loadSharp();
  const readable = [];
  for (const image of images) {
    const { width = 0, height = 0 } = await sharp(image, { limitInputPixels: 100_000_000 }).metadata().catch(() => ({ width: 0, height: 0 }));
    // Too small to hold words anyone could read (an icon, a thumbnail).
    if (Math.max(width, height) >= TEXT_LIMITS.ocrMinEdge) readable.push(image);
  }
  if (readable.length === 0) return '';
  const { createWorker } = await loadTesseract();
  const worker = await createWorker('eng', 1, { langPath: englishDataDir(), cacheMethod: 'none', gzip: true, logger: () => {}, errorHandler: () => {} });
  const texts: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  // Stopped by its time limit, or when the portfolio closes or a pack starts; a stop that came
  // while the OCR engine was loading counts too (an abort event is not sent twice).
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
    if (signal?.aborted) resolve('timeout');
    signal?.addEventListener('abort', () => resolve('timeout'), { once: true });
  });
  try {
    for (const image of readable) {
      const prepared = await sharp(image, { limitInputPixels: 100_000_000 })
        .rotate()
        .resize({ width: TEXT_LIMITS.ocrEdge, height: TEXT_LIMITS.ocrEdge, fit: 'inside', withoutEnlargement: true })
        .greyscale()
        .png()
        .toBuffer();
      const result = await Promise.race([worker.recognize(prepared), timedOut]);
      if (result === 'timeout') break;
      texts.push(result.data.text);
    }
  } finally {
    clearTimeout(timer);
    await worker.terminate().catch(() => {});
  }
  return texts.join('\n');
}

/**
 * The words in an evidence file: a PDF's own text, else OCR of its scanned page images; an image
 * read by OCR. Other files (Word, spreadsheets, text notes) have none here. Never throws: a file
 * that cannot be read has no text.
 */
export async function extractEvidenceText(bytes: Uint8Array, mediaType: string, signal?: AbortSignal): Promise<string> {
  let text = '';
  try {
    if (mediaType === 'application/pdf' || isPdf(bytes)) {
      text = await pdfText(bytes).catch(() => '');
      if (text.replace(/\s/g, '').length < 20) {
        const scanned = await scannedPageImages(bytes, TEXT_LIMITS.ocrImages).catch(() => []);
        const read = await ocrImages(scanned, TEXT_LIMITS.ocrMs, signal);
        if (read.trim()) text = read;
      }
    } else if (mediaType.startsWith('image/')) {
      text = await ocrImages([bytes], TEXT_LIMITS.ocrMs, signal);
    } else if (mediaType.startsWith('text/')) {
      text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, TEXT_LIMITS.chars * 4));
    }
  } catch {
    text = '';
  }
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim().slice(0, TEXT_LIMITS.chars);
}
