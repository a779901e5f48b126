import { PDFDocument } from '@cantoo/pdf-lib';
import { selectedPageIndices } from '../../core/evidence/page-ranges';
import type { EvidenceItem } from '../../core/model/evidence';
import { A4, imagePlacement } from '../../core/pack/page-geometry';
import { renderPdfPages } from '../pack/render-pdf-pages';
import { prepareImage } from '../pack/prepare-image';

/** A certificate file to bind in: its bytes and the pages chosen for the pack. */
export interface CertificateFile {
  item: Extract<EvidenceItem, { kind: 'file' }>;
  bytes: Uint8Array;
}

/**
 * Image resolutions tried in turn until the certificates fit the byte limit; PDFs are copied as
 * they are first, and drawn as images only when copying them cannot fit.
 */
export const CERTIFICATE_DPI_STEPS = [150, 100, 72, 50] as const;

const isPdf = (f: CertificateFile) => f.item.file.mediaType === 'application/pdf';

async function addImagePage(doc: PDFDocument, jpeg: Uint8Array, widthPx: number, heightPx: number): Promise<void> {
  const { page, box } = imagePlacement(widthPx, heightPx, A4);
  const image = await doc.embedJpg(jpeg);
  doc.addPage([page.width, page.height]).drawImage(image, box);
}

/** One attempt: images at `dpi`, PDFs copied (rasterise false) or drawn at `dpi` (true). */
async function build(files: readonly CertificateFile[], dpi: number, rasterise: boolean): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.create();
  doc.setTitle('Qualification certificates');
  for (const f of files) {
    if (isPdf(f)) {
      if (rasterise) {
        const rendered = await renderPdfPages(f.bytes, (count) => selectedPageIndices(f.item.pages, count), dpi);
        for (const r of rendered) await addImagePage(doc, r.jpeg, r.widthPx, r.heightPx);
      } else {
        const source = await PDFDocument.load(f.bytes);
        const pages = await doc.copyPages(source, selectedPageIndices(f.item.pages, source.getPageCount()));
        for (const page of pages) doc.addPage(page);
      }
    } else {
      const prepared = await prepareImage(f.bytes, dpi);
      await addImagePage(doc, prepared.jpeg, prepared.widthPx, prepared.heightPx);
    }
  }
  return { bytes: await doc.save({ useObjectStreams: true }), pages: doc.getPageCount() };
}

export type CertificatesResult =
  | { fits: true; bytes: Uint8Array; pages: number; dpi: number; rasterised: boolean }
  | { fits: false; smallestBytes: number; pages: number };

/**
 * Every certificate in one PDF, as bodies that take one document per type ask, within `limit`
 * bytes: images are downsampled step by step, and PDFs are drawn as images only when copying
 * them as they are cannot fit. Says so when even the smallest attempt is over.
 */
export async function certificatesPdf(files: readonly CertificateFile[], limit: number | undefined): Promise<CertificatesResult> {
  let smallest = { bytes: Number.POSITIVE_INFINITY, pages: 0 };
  for (const rasterise of files.some(isPdf) ? [false, true] : [false]) {
    for (const dpi of CERTIFICATE_DPI_STEPS) {
      const made = await build(files, dpi, rasterise);
      if (limit === undefined || made.bytes.byteLength <= limit) return { fits: true, ...made, dpi, rasterised: rasterise };
      if (made.bytes.byteLength < smallest.bytes) smallest = { bytes: made.bytes.byteLength, pages: made.pages };
    }
  }
  return { fits: false, smallestBytes: smallest.bytes, pages: smallest.pages };
}
