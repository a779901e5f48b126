import { PDFDocument, StandardFonts, rgb, type PDFFont } from '@cantoo/pdf-lib';
import { z } from 'zod';
import { copyEvidencePdf, type PdfCopy } from './evidence-pdf-copy';
import { A4 } from './page-geometry';

const pageCount = z.number().int().nonnegative();
const detail = z.string().max(2000);

/**
 * What the pack will make of an evidence PDF's chosen pages: copied (how many), rendered as images
 * (why), or a placeholder (why). `total` is the document's page count where it could be read.
 */
export const PdfInspection = z.discriminatedUnion('how', [
  z.object({ how: z.literal('pages'), total: pageCount, chosen: pageCount }),
  z.object({ how: z.literal('rendered'), reason: z.enum(['cannot-copy', 'over-limits']), detail, total: pageCount.optional() }),
  z.object({ how: z.literal('placeholder'), reason: z.enum(['needs-password', 'damaged', 'pages-outside']), detail, total: pageCount.optional() }),
]);
export type PdfInspection = z.infer<typeof PdfInspection>;

/** Files are named by their SHA-256 and never change, so what was learnt about one (with its chosen pages) holds for good. */
const known = new Map<string, PdfInspection>();
const KEEP = 2000;

/** What has been learnt, oldest first, for keeping beside the portfolio (electron/pack/inspection-cache.ts). */
export const knownInspections = (): [string, PdfInspection][] => [...known];

/** Takes in what an earlier run learnt (already validated), without going past the limit kept. */
export function learnInspections(entries: Iterable<readonly [string, PdfInspection]>): void {
  for (const [key, inspection] of entries) {
    if (known.has(key)) continue;
    if (known.size >= KEEP) return;
    known.set(key, inspection);
  }
}

/**
 * Tries an evidence PDF the way the pack will print it: the same loader, the same checks, its
 * chosen pages copied into a scratch document, placed and labelled. So the preflight can say,
 * before the pack is made, which files will print as placeholders or as rendered images, and how
 * many pages each adds. Once per file and page choice: the answer is kept.
 */
export async function inspectEvidencePdf(sha256: string, pages: string | undefined, read: () => Promise<Uint8Array | null>): Promise<PdfInspection | null> {
  const key = `${sha256}|${pages ?? ''}`;
  const hit = known.get(key);
  if (hit) return hit;
  const bytes = await read();
  if (!bytes) return null;
  const result = inspection(await tryCopy(bytes, pages));
  if (known.size >= KEEP) known.delete(known.keys().next().value!);
  known.set(key, result);
  return result;
}

async function tryCopy(bytes: Uint8Array, pages: string | undefined): Promise<PdfCopy> {
  const scratch = await PDFDocument.create({ updateMetadata: false });
  let font: PDFFont | undefined;
  try {
    return await copyEvidencePdf(bytes, pages, {
      doc: scratch,
      paper: A4,
      // What the pack's label strip does to a page: a filled band and text in an embedded font.
      label: (frame) => {
        font ??= scratch.embedStandardFont(StandardFonts.Helvetica);
        frame.page.drawRectangle({ x: 0, y: frame.page.getHeight() - 20, width: frame.page.getWidth(), height: 20, color: rgb(0.9, 0.9, 0.9) });
        frame.page.drawText('Ev 1', { x: 10, y: frame.page.getHeight() - 14, size: 9, font });
      },
    });
  } catch (error) {
    // copyEvidencePdf answers for everything the file can do; what escapes it is still this file's.
    return { how: 'render', reason: 'cannot-copy', detail: error instanceof Error ? error.message : String(error) };
  }
}

function inspection(copy: PdfCopy): PdfInspection {
  if (copy.how === 'copied') return { how: 'pages', total: copy.total, chosen: copy.chosen.length };
  if (copy.how === 'render') return { how: 'rendered', reason: copy.reason, detail: copy.detail, total: copy.total };
  return { how: 'placeholder', reason: copy.reason, detail: copy.detail, total: copy.total };
}
