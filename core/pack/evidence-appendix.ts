import type { PDFPage } from '@cantoo/pdf-lib';
import { formatUkDate } from '../format/uk-date';
import { selectedPageIndices } from '../evidence/page-ranges';
import type { EvidenceItem } from '../model/evidence';
import type { EvidenceSource } from './evidence-source';
import { PDF_PROBLEM_TEXT, loadEvidencePdf } from './evidence-pdf';
import type { Flow } from './flow';
import type { OutlineNode } from './outline';
import { formatBytes } from './pack-labels';
import type { PlannedEvidence } from './pack-plan';
import type { EvidencePlacement } from './page-refs';
import { placeEvidencePage } from './evidence-page-placement';
import { VisualFrame, drawLabelStrip } from './page-frame';
import { MARGIN, TYPE, imagePlacement } from './page-geometry';

/** An image ready to place: upright JPEG bytes already downsampled for its printed size. */
export interface PreparedImage {
  jpeg: Uint8Array;
  widthPx: number;
  heightPx: number;
}

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
  imageDpi: number;
  /** Merged pages, whose page number goes in the band added below them. */
  bandPages: Set<PDFPage>;
  /** Every page with a label strip across its top (merged, image and placeholder pages). */
  stripPages: Set<PDFPage>;
  signal?: AbortSignal | undefined;
  onItemDone?: (() => void) | undefined;
}

const isImage = (type: string) => /^image\/(jpeg|png|webp|tiff|gif|heif|heic|avif|bmp)$/.test(type);

/** Why an evidence item could not be printed, as the placeholder page says it. */
const MISSING_TEXT = 'The file for this evidence is missing from the portfolio folder. Add the file again on the Evidence screen.';
const CHANGED_TEXT = 'The file for this evidence has changed since it was added (its fingerprint no longer matches), so it was left out. Add the file again on the Evidence screen.';
const IMAGE_TEXT = 'This image could not be read, so it could not be printed. Replace it with a JPEG or PNG copy.';

/** What the band on an evidence page says after the title: the criteria it is cited for. */
export const citedForText = (planned: PlannedEvidence): string => (planned.codes.length > 0 ? `Cited for ${planned.codes.join(', ')}` : 'Qualification certificate');

export interface WrittenAppendix {
  /** One bookmark per item. */
  marks: OutlineNode[];
  /** Where each item landed, by evidence id: what the report's page references point at. */
  placements: Map<string, EvidencePlacement>;
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
  const ahead = new Lookahead(evidence, (planned) => fetchFile(ctx, planned.item));
  for (const [index, planned] of evidence.entries()) {
    ctx.signal?.throwIfAborted();
    const { item, label } = planned;
    const mark = (pageIndex: number, pageCount = 1) => {
      marks.push({ title: `${label} ${item.title}`, pageIndex });
      placements.set(item.id, { pageIndex, pageCount });
    };
    const placeholder = (message: string) => {
      onTextPage = false;
      const page = placeholderPage(ctx, planned, message);
      mark(flow.pageIndex);
      return page;
    };
    if (item.kind === 'note' || item.kind === 'link') {
      listed();
      const start = flow.pageIndex;
      itemHeading(flow, planned);
      if (item.kind === 'link') flow.field('Web address', item.url);
      else flow.paragraph(item.note);
      mark(start, flow.pageIndex - start + 1);
    } else {
      const fetched = await ahead.take(index);
      if (fetched.state === 'failed') throw fetched.error;
      if (fetched.state === 'missing') placeholder(MISSING_TEXT);
      else if (fetched.state === 'changed') placeholder(CHANGED_TEXT);
      else if (fetched.state === 'pdf') {
        const loaded = await loadEvidencePdf(fetched.bytes);
        const total = loaded.ok ? loaded.doc.getPageCount() : 0;
        const chosen = loaded.ok ? selectedPageIndices(item.kind === 'file' ? item.pages : undefined, total) : [];
        if (!loaded.ok) placeholder(PDF_PROBLEM_TEXT[loaded.problem]);
        else if (chosen.length === 0) placeholder(`None of the pages chosen for this evidence (${item.kind === 'file' ? item.pages : ''}) are in the document, which has ${total} page${total === 1 ? '' : 's'}. Choose pages on the Evidence screen.`);
        else {
          onTextPage = false;
          const first = flow.doc.getPageCount();
          const copied = await flow.doc.copyPages(loaded.doc, chosen);
          copied.forEach((page, i) => {
            flow.doc.addPage(page);
            const frame = placeEvidencePage(page, flow.paper);
            // Page numbers of the document itself, so "p. 13 of 66" matches the original.
            const title = total > 1 ? `${item.title} (p. ${chosen[i]! + 1} of ${total})` : item.title;
            drawLabelStrip(frame, flow.type, flow.fonts, label, title, citedForText(planned));
            ctx.bandPages.add(page);
            ctx.stripPages.add(page);
          });
          mark(first, copied.length);
        }
      } else if (fetched.state === 'image') {
        const { prepared } = fetched;
        if (!prepared) placeholder(IMAGE_TEXT);
        else {
          onTextPage = false;
          const image = await flow.doc.embedJpg(prepared.jpeg);
          const { page: size, box } = imagePlacement(prepared.widthPx, prepared.heightPx, flow.paper);
          const page = flow.doc.addPage([size.width, size.height]);
          mark(flow.doc.getPageCount() - 1);
          drawLabelStrip(new VisualFrame(page), flow.type, flow.fonts, label, item.title, citedForText(planned));
          ctx.stripPages.add(page);
          page.drawImage(image, box);
        }
      } else {
        listed();
        const start = flow.pageIndex;
        itemHeading(flow, planned);
        flow.field('File name', item.file.originalName);
        flow.field('Type', item.file.mediaType || 'unknown');
        flow.field('Size', `${formatBytes(item.file.size)} (${item.file.size.toLocaleString('en-GB')} bytes)`);
        flow.field('SHA-256', item.file.sha256);
        mark(start, flow.pageIndex - start + 1);
      }
    }
    ctx.onItemDone?.();
  }
  return { marks, placements };
}

/** A file item as the appendix will print it, fetched (and an image prepared) before its turn. */
type Fetched =
  | { state: 'missing' | 'changed' | 'other' }
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
    if (!isImage(mediaType) || !ctx.prepareImage) return { state: 'other' };
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
