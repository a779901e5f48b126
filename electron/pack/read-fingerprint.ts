import { PDFDocument, PDFName, PDFRawStream, type PDFDict } from '@cantoo/pdf-lib';
import jsQR from 'jsqr';
import { loadSharp } from './native-packages';
import { findShortFingerprint } from '../../core/pack/statements-fingerprint';

/** A fingerprint read back from a returned brief: lower-case hex without dashes, and where it was found. */
export interface FoundFingerprint {
  hex: string;
  readFrom: 'pdf-text' | 'qr-code';
}

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';

/** Photos are searched at a few sizes: a small QR code in a large photo is found more surely at full size, a blurred one after shrinking. */
const QR_WIDTHS = [1600, 2400, 1000] as const;

/** The fingerprint in a QR code anywhere in an image (a photo or scan of a signed page), upright or not. */
export async function fingerprintFromImage(bytes: Uint8Array): Promise<string | undefined> {
  const sharp = await loadSharp();
  const oriented = sharp(bytes, { limitInputPixels: 100_000_000 }).rotate();
  const { width = 0 } = await oriented.metadata();
  const widths = [...new Set(QR_WIDTHS.map((w) => Math.min(w, width || w)))];
  for (const target of widths) {
    for (const normalise of [false, true]) {
      let image = sharp(bytes, { limitInputPixels: 100_000_000 }).rotate().resize({ width: target, withoutEnlargement: true });
      if (normalise) image = image.normalise();
      // jsQR takes RGBA pixels, whatever the image's own channels.
      const { data, info } = await image.toColourspace('srgb').ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height, { inversionAttempts: 'attemptBoth' });
      const hex = code ? findShortFingerprint(code.data) : undefined;
      if (hex) return hex;
    }
  }
  return undefined;
}

/** The text of every page of a PDF, through pdf.js (loaded only when a brief is checked). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js runs its worker in this thread when it finds the worker's module on globalThis: no worker file to locate once bundled.
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, enableXfa: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const parts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return parts.join('\n');
  } finally {
    await doc.destroy();
  }
}

/**
 * The JPEG images a scanned PDF is made of: scanners and phone apps store each page as one. They
 * are searched for the QR code when the PDF has no text.
 */
async function scannedImages(bytes: Uint8Array): Promise<Uint8Array[]> {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  const images: Uint8Array[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict: PDFDict = object.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const filter = dict.get(PDFName.of('Filter'));
    if (filter === PDFName.of('DCTDecode')) images.push(object.getContents());
  }
  return images;
}

/**
 * Reads the statements' fingerprint from a returned brief: from a PDF's text (the brief as made or
 * filled in), else from the QR code of a scanned PDF's page images or of a photo.
 */
export async function readFingerprint(bytes: Uint8Array): Promise<FoundFingerprint | undefined> {
  if (isPdf(bytes)) {
    const fromText = findShortFingerprint(await pdfText(bytes).catch(() => ''));
    if (fromText) return { hex: fromText, readFrom: 'pdf-text' };
    for (const image of await scannedImages(bytes).catch(() => [])) {
      const hex = await fingerprintFromImage(image).catch(() => undefined);
      if (hex) return { hex, readFrom: 'qr-code' };
    }
    return undefined;
  }
  const hex = await fingerprintFromImage(bytes).catch(() => undefined);
  return hex ? { hex, readFrom: 'qr-code' } : undefined;
}
