import type { PDFPage } from '@cantoo/pdf-lib';
import { formatUkDate } from '../format/uk-date';
import { selectedPageIndices } from '../evidence/page-ranges';
import type { EvidenceItem } from '../model/evidence';
import type { EvidenceSource } from './evidence-source';
import { copyEvidencePdf, removePagesFrom } from './evidence-pdf-copy';
import { REASON_TEXT, type EvidencePrintReason, type EvidencePrinted } from './evidence-printed';
import type { Flow } from './flow';
import type { OutlineNode } from './outline';
import { formatBytes } from './pack-labels';
import type { PlannedEvidence } from './pack-plan';
import type { EvidencePlacement } from './page-refs';
import { VisualFrame, drawLabelStrip } from './page-frame';
import { MARGIN, TYPE, imagePlacement } from './page-geometry';
import { PdfRenderError, renderDpi, type PdfRenderer } from './pdf-rendering';
import { isPrintedAsImage, type PreparedImage } from './prepared-image';

/**
 * Turns an image file into a PreparedImage for the given resolution (sharp, in electron/pack). The
 * SHA-256 names the file, so a prepared copy can be kept and the file itself not read at all.
 * Throws when the image cannot be read or decoded.
 */
export type ImagePreparer = (image: { sha256: string; read: () => Promise<Uint8Array> }, dpi: number) => Promise<PreparedImage>;

export interface AppendixContext {
  flow: Flow;
  source: EvidenceSource;
  prepareImage?: ImagePreparer | undefined;
  /** Draws the pages of PDFs pdf-lib cannot copy; without it they become placeholders. */
  renderPdf?: PdfRenderer | undefined;
  imageDpi: number;
  /** Merged pages, whose page number goes in the band added below them. */
  bandPages: Set<PDFPage>;
  /** Every page with a label strip across its top (merged, image and placeholder pages). */
  stripPages: Set<PDFPage>;
  signal?: AbortSignal | undefined;
  onItemDone?: (() => void) | undefined;
}

export { isPrintedAsImage };


/** What the band on an evidence page says after the title: the criteria it is cited for. */
export const citedForText = (planned: PlannedEvidence): string => (planned.codes.length > 0 ? `Cited for ${planned.codes.join(', ')}` : 'Qualification certificate');

export interface WrittenAppendix {
  /** One bookmark per item. */
  marks: OutlineNode[];
  /** Where each item landed, by evidence id: what the report's page references point at. */
  placements: Map<string, EvidencePlacement>;
  /** How each item was printed, in appendix order. */
  printed: EvidencePrinted[];
}

/** Writes the appendix: each item behind a label naming its evidence number and the criteria it is cited for. */
export async function writeEvidenceAppendix(ctx: AppendixContext, evidence: readonly PlannedEvidence[]): Promise<WrittenAppendix> {
  const { flow } = ctx;
  const marks: OutlineNode[] = [];
  const placements = new Map<string, EvidencePlacement>();
  flow.newPage();
  flow.heading('Evidence appendix');
  flow.paragraph('Each item follows under a label with its evidence number (Ev 1, Ev 2, ...) as the evidence index lists it, and the criteria it is cited for. Files that cannot be printed are listed with their size and SHA-256 fingerprint, so a reader can check a copy sent separately.', { grey: true });
  /** Listed items (notes, links, other files) flow on text pages; printed items take pages of their own. */
  let onTextPage = true;
  const listed = () => {
    if (!onTextPage) {
      flow.newPage();
      onTextPage = true;
    }
    flow.ensure(60);
  };
  const printed: EvidencePrinted[] = [];
  const ahead = new Lookahead(evidence, (planned) => fetchFile(ctx, planned.item));
  for (const [index, planned] of evidence.entries()) {
    ctx.signal?.throwIfAborted();
    const { item, label } = planned;
    const record = (outcome: ItemOutcome, pageIndex: number, pageCount: number) => {
      marks.push({ title: `${label} ${item.title}`, pageIndex });
      placements.set(item.id, { pageIndex, pageCount, ...(outcome.status === 'rendered' ? { printedAs: 'rendered' as const } : {}) });
      printed.push({ id: item.id, label, title: item.title, ...outcome, page: pageIndex + 1, pages: pageCount });
    };
    const placeholder = (reason: EvidencePrintReason, message: string) => {
      onTextPage = false;
      placeholderPage(ctx, planned, message);
      record({ status: 'placeholder', reason, message }, flow.pageIndex, 1);
    };
    if (item.kind === 'note' || item.kind === 'link') {
      listed();
      const start = flow.pageIndex;
      itemHeading(flow, planned);
      if (item.kind === 'link') flow.field('Web address', item.url);
      else flow.paragraph(item.note);
      record({ status: 'listed' }, start, flow.pageIndex - start + 1);
    } else {
      const fetched = await ahead.take(index);
      if (fetched.state === 'other') {
        listed();
        const start = flow.pageIndex;
        itemHeading(flow, planned);
        flow.field('File name', item.file.originalName);
        flow.field('Type', item.file.mediaType || 'unknown');
        flow.field('Size', `${formatBytes(item.file.size)} (${item.file.size.toLocaleString('en-GB')} bytes)`);
        flow.field('SHA-256', item.file.sha256);
        record({ status: 'listed' }, start, flow.pageIndex - start + 1);
      } else {
        // Whatever goes wrong with this one item becomes its placeholder; a half-printed item's pages go first.
        const first = flow.doc.getPageCount();
        let outcome: PrintedFile;
        try {
          outcome = await printFile(ctx, planned, fetched);
        } catch (error) {
          discardPages(ctx, first);
          outcome = { status: 'placeholder', reason: 'failed', message: `${REASON_TEXT.failed} (The error was: ${errorText(error)})` };
        }
        if (outcome.status === 'placeholder') {
          discardPages(ctx, first);
          try {
            placeholder(outcome.reason, outcome.message);
          } catch (error) {
            throw new Error(`The evidence appendix could not be written at ${label} (${item.title}): ${errorText(error)}`);
          }
        } else {
          onTextPage = false;
          record(outcome, first, flow.doc.getPageCount() - first);
        }
      }
    }
    ctx.onItemDone?.();
  }
  return { marks, placements, printed };
}

type ItemOutcome = Omit<EvidencePrinted, 'id' | 'label' | 'title' | 'page' | 'pages'>;
/** A printed file: its pages are in the document; a placeholder is yet to be drawn. */
type PrintedFile = { status: 'pages' | 'rendered'; reason?: EvidencePrintReason; message?: string } | { status: 'placeholder'; reason: EvidencePrintReason; message: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Removes what a failed item added, so no half-item stays and later page numbers hold. */
function discardPages(ctx: AppendixContext, first: number): void {
  const pages = ctx.flow.doc.getPages().slice(first);
  for (const page of pages) {
    ctx.bandPages.delete(page);
    ctx.stripPages.delete(page);
  }
  removePagesFrom(ctx.flow.doc, first);
}

/** Prints a fetched file's pages (a PDF's own, rendered, or an image), or says why it cannot be. */
async function printFile(ctx: AppendixContext, planned: PlannedEvidence, fetched: Exclude<Fetched, { state: 'other' }>): Promise<PrintedFile> {
  const { flow } = ctx;
  const { item, label } = planned;
  if (fetched.state === 'failed') return { status: 'placeholder', reason: 'failed', message: `The file for this evidence could not be read from the portfolio folder (${errorText(fetched.error)}). Check the folder can be read, or add the file again.` };
  if (fetched.state === 'missing' || fetched.state === 'changed') return { status: 'placeholder', reason: fetched.state, message: REASON_TEXT[fetched.state] };
  if (fetched.state === 'image') {
    const { prepared } = fetched;
    if (!prepared) return { status: 'placeholder', reason: 'unreadable-image', message: REASON_TEXT['unreadable-image'] };
    try {
      await addImagePage(ctx, planned, prepared, item.title);
    } catch {
      return { status: 'placeholder', reason: 'unreadable-image', message: REASON_TEXT['unreadable-image'] };
    }
    return { status: 'pages' };
  }
  const pages = item.kind === 'file' ? item.pages : undefined;
  const copy = await copyEvidencePdf(fetched.bytes, pages, {
    doc: flow.doc,
    paper: flow.paper,
    label: (frame, sourceIndex, total) => {
      const pageOf = total > 1 ? { page: sourceIndex + 1, total } : undefined;
      drawLabelStrip(frame, flow.type, flow.fonts, label, item.title, citedForText(planned), pageOf);
      ctx.bandPages.add(frame.page);
      ctx.stripPages.add(frame.page);
    },
  });
  if (copy.how === 'copied') return { status: 'pages' };
  if (copy.how === 'placeholder') {
    const message = copy.reason === 'pages-outside' ? pagesOutsideText(pages, copy.total) : REASON_TEXT[copy.reason];
    return { status: 'placeholder', reason: copy.reason, message };
  }
  return renderPdfItem(ctx, planned, fetched.bytes, copy.reason, copy.detail);
}

/** A PDF whose pages cannot be copied, printed as a reader draws them; or the placeholder saying why not. */
async function renderPdfItem(ctx: AppendixContext, planned: PlannedEvidence, bytes: Uint8Array, why: 'cannot-copy' | 'over-limits', detail: string): Promise<PrintedFile> {
  const { item } = planned;
  const pages = item.kind === 'file' ? item.pages : undefined;
  if (!ctx.renderPdf) return { status: 'placeholder', reason: why, message: REASON_TEXT[why] };
  let rendered;
  try {
    rendered = await ctx.renderPdf(bytes, (count) => selectedPageIndices(pages, count), renderDpi(ctx.imageDpi));
  } catch (error) {
    const reason: EvidencePrintReason = error instanceof PdfRenderError ? (error.problem === 'user-password' ? 'needs-password' : why === 'over-limits' ? why : 'damaged') : why;
    return { status: 'placeholder', reason, message: REASON_TEXT[reason] };
  }
  if (rendered.length === 0) return { status: 'placeholder', reason: 'pages-outside', message: pagesOutsideText(pages, undefined) };
  for (const page of rendered) await addImagePage(ctx, planned, page, `Rendered image of page ${page.pageIndex + 1}: ${item.title}`);
  const message = why === 'over-limits' ? `A page is too heavy to copy (${detail.replace(/\.$/, '')}), so the pages are printed as images.` : 'The PDF uses a feature that cannot be copied, so the pages are printed as images.';
  return { status: 'rendered', reason: why, message };
}

function pagesOutsideText(pages: string | undefined, total: number | undefined): string {
  const has = total === undefined ? '' : `, which has ${total} page${total === 1 ? '' : 's'}`;
  return `None of the pages chosen for this evidence (${pages ?? ''}) are in the document${has}. Choose pages on the Evidence screen.`;
}

/** A page of the pack's paper holding one image under its label strip. */
async function addImagePage(ctx: AppendixContext, planned: PlannedEvidence, prepared: PreparedImage, title: string): Promise<void> {
  const { flow } = ctx;
  const image = await flow.doc.embedJpg(prepared.jpeg);
  const { page: size, box } = imagePlacement(prepared.widthPx, prepared.heightPx, flow.paper);
  const page = flow.doc.addPage([size.width, size.height]);
  drawLabelStrip(new VisualFrame(page), flow.type, flow.fonts, planned.label, title, citedForText(planned));
  ctx.stripPages.add(page);
  page.drawImage(image, box);
}


/** A file item as the appendix will print it, fetched (and an image prepared) before its turn. */
type Fetched =
  | { state: 'other' }
  | { state: 'missing' }
  | { state: 'changed' }
  | { state: 'pdf'; bytes: Uint8Array }
  /** prepared is undefined when the image could not be decoded. */
  | { state: 'image'; prepared: PreparedImage | undefined }
  | { state: 'failed'; error: unknown };

async function fetchFile(ctx: AppendixContext, item: EvidenceItem): Promise<Fetched> {
  if (item.kind !== 'file') return { state: 'other' };
  const { sha256, mediaType } = item.file;
  try {
    const check = await ctx.source.check(sha256);
    if (check !== 'ok') return { state: check };
    const read = async () => {
      const bytes = await ctx.source.read(sha256);
      if (!bytes) throw new Error('The file went missing while the pack was made.');
      return bytes;
    };
    if (mediaType === 'application/pdf') return { state: 'pdf', bytes: await read() };
    if (!isPrintedAsImage(mediaType) || !ctx.prepareImage) return { state: 'other' };
    try {
      return { state: 'image', prepared: await ctx.prepareImage({ sha256, read }, ctx.imageDpi) };
    } catch {
      return { state: 'image', prepared: undefined };
    }
  } catch (error) {
    return { state: 'failed', error };
  }
}

/** How many items ahead are read and prepared: images are prepared on other threads while PDFs are copied on this one. */
const FETCH_AHEAD = 3;

/** Fetches a few items ahead of the one being written, so reading and image work overlap the copying. */
class Lookahead<T, R> {
  private readonly pending = new Map<number, Promise<R>>();
  private next = 0;

  constructor(
    private readonly items: readonly T[],
    private readonly fetch: (item: T) => Promise<R>,
  ) {}

  /** The item's result; fetch never rejects, so nothing started ahead goes unhandled. */
  take(index: number): Promise<R> {
    while (this.next < this.items.length && this.next <= index + FETCH_AHEAD) {
      this.pending.set(this.next, this.fetch(this.items[this.next]!));
      this.next += 1;
    }
    const result = this.pending.get(index) ?? this.fetch(this.items[index]!);
    this.pending.delete(index);
    return result;
  }
}

function itemHeading(flow: Flow, planned: PlannedEvidence): void {
  flow.gap(6);
  flow.heading(`${planned.label}  ${planned.item.title}`, TYPE.subheading);
  flow.paragraph(`Dated ${formatUkDate(planned.item.date)}. ${citedForText(planned)}.`, { size: TYPE.small, grey: true });
  if (planned.item.description.trim()) flow.paragraph(planned.item.description);
}

/** A page standing in for evidence that could not be included, saying why and what to do. */
function placeholderPage(ctx: AppendixContext, planned: PlannedEvidence, message: string): PDFPage {
  const { flow } = ctx;
  const page = flow.newPage();
  drawLabelStrip(new VisualFrame(page), flow.type, flow.fonts, planned.label, planned.item.title, citedForText(planned));
  ctx.stripPages.add(page);
  flow.y -= 20;
  flow.heading('This evidence could not be included', TYPE.subheading + 1);
  flow.paragraph(message);
  const item: EvidenceItem = planned.item;
  if (item.kind === 'file') {
    flow.gap(8);
    flow.field('File name', item.file.originalName);
    flow.field('Size', formatBytes(item.file.size));
    flow.field('SHA-256', item.file.sha256);
  }
  flow.y = Math.max(flow.y, MARGIN.bottom);
  return page;
}
