import { PDFArray, PDFName, PDFNull, type PDFDocument, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import type { Flow, TableColumn, TableRowPlace } from './flow';
import type { Typesetter } from './typesetter';

/** Where an evidence item landed in the appendix: its first page (0-based) and how many pages it has. */
export interface EvidencePlacement {
  pageIndex: number;
  pageCount: number;
  /** Set when the item's pages are images of its pages drawn by a reader, not its own pages. */
  printedAs?: 'rendered' | undefined;
}

/** Added after a type cell's text once the appendix knows the item was printed as rendered images. */
const RENDERED_NOTE = ' (rendered)';
const MIN_NOTE_SIZE = 5;

interface PendingRef {
  page: PDFPage;
  /** The right edge the number is aligned to, and its baseline. */
  right: number;
  baseline: number;
  size: number;
  evidenceId: string;
  show: 'start' | 'count';
  /** The area that becomes a link to the evidence's first page. */
  link?: { x: number; y: number; width: number; height: number } | undefined;
}

/**
 * Page numbers of evidence, printed in the report, the index and the matrix before the appendix
 * is laid out: each reference is noted where it goes and filled in once the appendix has placed
 * every item, with an internal link to the item's first page. The pack's only links are these and
 * the contents; evidence files keep none of their own.
 */
export class EvidencePageRefs {
  private readonly pending: PendingRef[] = [];
  private readonly typeNotes: { page: PDFPage; x: number; right: number; baseline: number; size: number; evidenceId: string; text: string }[] = [];

  /** Notes a type cell (holding `text` on its first line) that says "(rendered)" after it if the item is printed as rendered images. */
  typeCell(place: TableRowPlace, column: number, evidenceId: string, text: string): void {
    // flow.table draws a cell's text 2 points (half its padding) in from the column's left edge.
    const x = place.xs[column]! + 2;
    this.typeNotes.push({ page: place.page, x, right: place.xs[column]! + place.widths[column]! - 2, baseline: place.firstBaseline, size: place.size, evidenceId, text });
  }

  /** A page number (or page count) right-aligned in a table column, the row a link to the evidence. */
  inTableCell(place: TableRowPlace, column: number, evidenceId: string, show: 'start' | 'count' = 'start', linkRow = true): void {
    const right = place.xs[column]! + place.widths[column]! - 4;
    const left = place.xs[0]!;
    const lastRight = place.xs[place.xs.length - 1]! + place.widths[place.widths.length - 1]!;
    this.pending.push({
      page: place.page,
      right,
      baseline: place.firstBaseline,
      size: place.size,
      evidenceId,
      show,
      link: linkRow ? { x: left, y: place.bottom + 1.5, width: lastRight - left, height: place.top - place.bottom - 1.5 } : undefined,
    });
  }

  /** Draws every noted number and link, now that each evidence item's pages are known. */
  resolve(doc: PDFDocument, type: Typesetter, font: PDFFont, placements: ReadonlyMap<string, EvidencePlacement>): void {
    const pages = doc.getPages();
    for (const ref of this.pending) {
      const placed = placements.get(ref.evidenceId);
      const text = placed === undefined ? '–' : ref.show === 'start' ? String(placed.pageIndex + 1) : String(placed.pageCount);
      type.draw(ref.page, text, { x: ref.right - type.width(text, font, ref.size), y: ref.baseline, size: ref.size, font });
      if (ref.link && placed !== undefined) addInternalLink(doc, ref.page, ref.link, pages[placed.pageIndex]!);
    }
    for (const note of this.typeNotes) {
      if (placements.get(note.evidenceId)?.printedAs !== 'rendered') continue;
      const x = note.x + type.width(note.text, font, note.size);
      // Set smaller where the column is narrow, rather than run into the next one.
      const size = Math.min(note.size, (note.size * (note.right - x)) / type.width(RENDERED_NOTE, font, note.size));
      if (size >= MIN_NOTE_SIZE) type.draw(note.page, RENDERED_NOTE, { x, y: note.baseline, size, font });
    }
  }
}

/** A link annotation that opens another page of the same document: no action, no address, no border. */
export function addInternalLink(doc: PDFDocument, from: PDFPage, rect: { x: number; y: number; width: number; height: number }, to: PDFPage): void {
  const annot = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height],
      Border: [0, 0, 0],
      Dest: [to.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull],
    }),
  );
  const annots = from.node.lookup(PDFName.of('Annots'));
  if (annots instanceof PDFArray) annots.push(annot);
  else from.node.set(PDFName.of('Annots'), doc.context.obj([annot]));
}

/** A table row, and the evidence file whose first page its page column shows (if any). */
export interface EvidenceRow {
  cells: string[];
  evidenceId?: string | undefined;
}

/**
 * A table whose last column is the page an evidence file starts on, filled in once the appendix
 * is laid out; each such row links to that page. The report, the qualifications and the index use it.
 */
export function drawEvidenceTable(flow: Flow, refs: EvidencePageRefs, columns: readonly TableColumn[], rows: readonly EvidenceRow[], size: number, extra?: (row: EvidenceRow, place: TableRowPlace) => void): void {
  const pageColumn = columns.length - 1;
  flow.table(
    columns,
    rows.map((r) => r.cells),
    size,
    (i, place) => {
      const row = rows[i]!;
      if (row.evidenceId !== undefined) refs.inTableCell(place, pageColumn, row.evidenceId);
      extra?.(row, place);
    },
  );
}
