import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import { selectedPageIndices } from '../evidence/page-ranges';
import { loadEvidencePdf } from './evidence-pdf';
import { placeEvidencePage } from './evidence-page-placement';
import type { VisualFrame } from './page-frame';
import type { Paper } from './page-geometry';
import { pageOverLimits } from './page-limits';

/** Where copied pages go, and how each is labelled once placed (sourceIndex: its 0-based page in the file). */
export interface CopyTarget {
  doc: PDFDocument;
  paper: Paper;
  label: (frame: VisualFrame, sourceIndex: number, total: number) => void;
}

/**
 * What became of an evidence PDF's chosen pages:
 * - copied: placed and labelled in the target document;
 * - render: they cannot be copied faithfully (pdf-lib fails on the file, or a page is past
 *   PAGE_LIMITS), so a reader's rendering of them should be printed instead;
 * - placeholder: nothing can be printed (needs a password, damaged, no chosen page exists).
 * `total` is the document's page count where pdf-lib could read it.
 */
export type PdfCopy =
  | { how: 'copied'; total: number; chosen: number[]; pages: PDFPage[] }
  | { how: 'render'; reason: 'cannot-copy' | 'over-limits'; detail: string; total?: number | undefined }
  | { how: 'placeholder'; reason: 'needs-password' | 'damaged' | 'pages-outside'; detail: string; total?: number | undefined };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Loads an evidence PDF and copies its chosen pages into `target`, placed and labelled. Whatever
 * goes wrong part-way, the pages it added are removed again before it answers, so the target holds
 * the whole item or none of it. The pack calls it with its own document; the preflight with a
 * scratch one, so both reach the same answer for the same file.
 */
export async function copyEvidencePdf(bytes: Uint8Array, pages: string | undefined, target: CopyTarget): Promise<PdfCopy> {
  const loaded = await loadEvidencePdf(bytes);
  if (!loaded.ok) {
    if (loaded.problem === 'cannot-copy') return { how: 'render', reason: 'cannot-copy', detail: loaded.detail };
    return { how: 'placeholder', reason: loaded.problem === 'user-password' ? 'needs-password' : 'damaged', detail: loaded.detail };
  }
  const source = loaded.doc;
  let total: number;
  let chosen: number[];
  try {
    total = source.getPageCount();
    chosen = selectedPageIndices(pages, total);
    for (const index of chosen) {
      const over = pageOverLimits(source, index);
      if (over) return { how: 'render', reason: 'over-limits', detail: `Page ${index + 1}: ${over}.`, total };
    }
  } catch (error) {
    return { how: 'render', reason: 'cannot-copy', detail: message(error) };
  }
  if (chosen.length === 0) return { how: 'placeholder', reason: 'pages-outside', detail: `The document has ${total} page${total === 1 ? '' : 's'}.`, total };

  const { doc } = target;
  const first = doc.getPageCount();
  const placed: PDFPage[] = [];
  try {
    const copied = await doc.copyPages(source, chosen);
    for (const [i, page] of copied.entries()) {
      doc.addPage(page);
      placed.push(page);
      target.label(placeEvidencePage(page, target.paper), chosen[i]!, total);
    }
    return { how: 'copied', total, chosen, pages: placed };
  } catch (error) {
    removePagesFrom(doc, first);
    return { how: 'render', reason: 'cannot-copy', detail: message(error), total };
  }
}

/** Removes every page from `first` on: what a failed item added. */
export function removePagesFrom(doc: PDFDocument, first: number): void {
  for (let index = doc.getPageCount() - 1; index >= first; index--) doc.removePage(index);
}
