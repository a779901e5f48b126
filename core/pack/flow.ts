import { rgb, type PDFDocument, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { A4, MARGIN, TYPE, contentWidth, type Paper } from './page-geometry';
import type { Typesetter } from './typesetter';

export interface PackFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TableColumn {
  header: string;
  /** A share of the content width; the shares of a table add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

/** Where a table row landed, for drawing into it afterwards. */
export interface TableRowPlace {
  page: PDFPage;
  top: number;
  bottom: number;
  /** Baseline of the row's first line of text. */
  firstBaseline: number;
  size: number;
  /** Left edge and width of each column. */
  xs: readonly number[];
  widths: readonly number[];
}

const GREY = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.75, 0.75, 0.75);

/**
 * Lays text down pages of one paper size (A4 unless told) top to bottom, starting a new page when
 * the next line would not fit.
 * Every measurement goes through the Typesetter's caches.
 */
export class Flow {
  page!: PDFPage;
  /** Baseline of the next line, in points from the bottom of the page. */
  y = 0;
  /** Width of the text column. */
  readonly width: number;

  constructor(
    readonly doc: PDFDocument,
    readonly type: Typesetter,
    readonly fonts: PackFonts,
    /** The size of every page the pack adds, evidence pages included. */
    readonly paper: Paper = A4,
  ) {
    this.width = contentWidth(paper.width);
  }

  /** Zero-based index of the current page in the document. */
  get pageIndex(): number {
    return this.doc.getPageCount() - 1;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage([this.paper.width, this.paper.height]);
    this.y = this.paper.height - MARGIN.top;
    return this.page;
  }

  /** Starts a new page unless `height` more points fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  lineHeight(size: number): number {
    return size * TYPE.lineGap;
  }

  heading(text: string, size: number = TYPE.heading): void {
    const lines = this.type.wrap(text, this.fonts.bold, size, this.width);
    // Keep a heading with at least three lines of what follows it.
    this.ensure(lines.length * this.lineHeight(size) + 3 * this.lineHeight(TYPE.body));
    for (const line of lines) {
      this.y -= size;
      this.type.draw(this.page, line, { x: MARGIN.left, y: this.y, size, font: this.fonts.bold });
      this.y -= size * (TYPE.lineGap - 1);
    }
    this.y -= size * 0.4;
  }

  paragraph(text: string, options: { font?: PDFFont; size?: number; indent?: number; grey?: boolean } = {}): void {
    const size = options.size ?? TYPE.body;
    const font = options.font ?? this.fonts.regular;
    const indent = options.indent ?? 0;
    const lh = this.lineHeight(size);
    for (const line of this.type.wrap(text, font, size, this.width - indent)) {
      this.ensure(lh);
      this.y -= lh;
      this.type.draw(this.page, line, { x: MARGIN.left + indent, y: this.y + (lh - size), size, font, ...(options.grey ? { color: GREY } : {}) });
    }
    this.y -= size * 0.5;
  }

  /** A label in bold beside its value, the value wrapped in the remaining width. */
  field(label: string, value: string, labelWidth = 150): void {
    const size = TYPE.body;
    const lh = this.lineHeight(size);
    const labelLines = this.type.wrap(label, this.fonts.bold, size, labelWidth - 8);
    const valueLines = this.type.wrap(value || '—', this.fonts.regular, size, this.width - labelWidth);
    const rows = Math.max(labelLines.length, valueLines.length);
    this.ensure(Math.min(rows, 4) * lh);
    for (let i = 0; i < rows; i++) {
      this.ensure(lh);
      this.y -= lh;
      const base = this.y + (lh - size);
      const l = labelLines[i];
      const v = valueLines[i];
      if (l) this.type.draw(this.page, l, { x: MARGIN.left, y: base, size, font: this.fonts.bold });
      if (v) this.type.draw(this.page, v, { x: MARGIN.left + labelWidth, y: base, size, font: this.fonts.regular });
    }
    this.y -= 3;
  }

  rule(): void {
    this.ensure(6);
    this.y -= 3;
    this.page.drawLine({ start: { x: MARGIN.left, y: this.y }, end: { x: MARGIN.left + this.width, y: this.y }, thickness: 0.5, color: RULE });
    this.y -= 3;
  }

  /**
   * A table whose cells wrap; the header row repeats at the top of each page it runs onto.
   * `onRow` learns where each body row was painted (its page, its top and bottom), so a caller can
   * add what is only known later there: a page number, a link.
   */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], size: number = TYPE.small, onRow?: (row: number, place: TableRowPlace) => void): void {
    const lh = this.lineHeight(size);
    const pad = 4;
    const widths = columns.map((c) => c.share * this.width);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const drawRow = (cells: readonly string[], font: PDFFont) => {
      const wrapped = columns.map((_, i) => this.type.wrap(cells[i] ?? '', font, size, widths[i]! - pad));
      const height = Math.max(...wrapped.map((w) => w.length)) * lh + 3;
      return { wrapped, height };
    };
    const paint = (row: ReturnType<typeof drawRow>, font: PDFFont) => {
      const top = this.y;
      row.wrapped.forEach((lines, i) => {
        const col = columns[i]!;
        lines.forEach((line, n) => {
          const x = col.align === 'right' ? xs[i]! + widths[i]! - pad - this.type.width(line, font, size) : xs[i]! + (i === 0 ? 0 : pad / 2);
          this.type.draw(this.page, line, { x, y: top - (n + 1) * lh + (lh - size), size, font });
        });
      });
      this.y -= row.height;
      this.page.drawLine({ start: { x: MARGIN.left, y: this.y + 1.5 }, end: { x: MARGIN.left + this.width, y: this.y + 1.5 }, thickness: 0.3, color: RULE });
    };
    const header = drawRow(columns.map((c) => c.header), this.fonts.bold);
    const first = rows[0] ? drawRow(rows[0], this.fonts.regular) : undefined;
    this.ensure(header.height + (first?.height ?? 0));
    paint(header, this.fonts.bold);
    rows.forEach((cells, r) => {
      const row = r === 0 && first ? first : drawRow(cells, this.fonts.regular);
      if (this.y - row.height < MARGIN.bottom) {
        this.newPage();
        paint(header, this.fonts.bold);
      }
      const top = this.y;
      paint(row, this.fonts.regular);
      onRow?.(r, { page: this.page, top, bottom: this.y, firstBaseline: top - lh + (lh - size), size, xs, widths });
    });
    this.y -= 6;
  }
}
