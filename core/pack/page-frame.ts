import { rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { FOOTER_BAND, FOOTER_Y, LABEL_STRIP, MARGIN, TYPE } from './page-geometry';
import type { Typesetter } from './typesetter';

const STRIP_FILL = rgb(0.92, 0.94, 0.97);
const FOOTER_GREY = rgb(0.3, 0.3, 0.3);

/**
 * A page seen the way a reader sees it: upright, whatever its /Rotate. Maps a point measured from
 * the visible bottom-left corner to the page's own coordinates, so labels on rotated evidence
 * pages read the right way up.
 */
export class VisualFrame {
  readonly width: number;
  readonly height: number;
  readonly rotation: 0 | 90 | 180 | 270;
  private readonly box: { x0: number; y0: number; x1: number; y1: number };

  constructor(readonly page: PDFPage) {
    const crop = page.getCropBox();
    this.box = { x0: crop.x, y0: crop.y, x1: crop.x + crop.width, y1: crop.y + crop.height };
    const angle = ((page.getRotation().angle % 360) + 360) % 360;
    this.rotation = (angle - (angle % 90)) as 0 | 90 | 180 | 270;
    const sideways = this.rotation === 90 || this.rotation === 270;
    this.width = sideways ? crop.height : crop.width;
    this.height = sideways ? crop.width : crop.height;
  }

  toPage(u: number, v: number): { x: number; y: number } {
    const { x0, y0, x1, y1 } = this.box;
    switch (this.rotation) {
      case 90:
        return { x: x0 + (this.height - v), y: y0 + u };
      case 180:
        return { x: x1 - u, y: y1 - v };
      case 270:
        return { x: x1 - (this.height - v), y: y1 - u };
      default:
        return { x: x0 + u, y: y0 + v };
    }
  }

  /** Draws one line of text upright at visual (u, v). */
  text(type: Typesetter, text: string, u: number, v: number, font: PDFFont, size: number, color = FOOTER_GREY): void {
    const { x, y } = this.toPage(u, v);
    type.draw(this.page, text, { x, y, size, font, color, rotate: this.rotation });
  }

  /** Fills a visual rectangle (axis-aligned in every rotation). */
  fill(u: number, v: number, w: number, h: number, color = STRIP_FILL): void {
    const a = this.toPage(u, v);
    const b = this.toPage(u + w, v + h);
    this.page.drawRectangle({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y), color });
  }
}

/**
 * The strip across the top of an evidence page: its E-number and title, and when given the
 * criteria it is cited for ("Cited for B2, C1"), right-aligned in smaller type. Each part is cut to
 * fit, the criteria to at most 40% of the strip, so nothing runs past the page edge.
 */
export function drawLabelStrip(frame: VisualFrame, type: Typesetter, fonts: { regular: PDFFont; bold: PDFFont }, label: string, title: string, criteria?: string): void {
  const height = LABEL_STRIP;
  frame.fill(0, frame.height - height, frame.width, height);
  const size = TYPE.body;
  const baseline = frame.height - height + (height - size) / 2 + 1.5;
  const inset = Math.min(MARGIN.left, frame.width * 0.05);
  const room = frame.width - inset * 2;
  const shownLabel = fitLine(type, label, fonts.bold, size, room);
  frame.text(type, shownLabel, inset, baseline, fonts.bold, size, rgb(0, 0, 0));
  const labelWidth = type.width(shownLabel, fonts.bold, size) + 8;
  let criteriaWidth = 0;
  const cited = criteria?.replace(/\s+/g, ' ').trim();
  if (cited) {
    const shown = fitLine(type, cited, fonts.regular, TYPE.small, Math.min(room * 0.4, room - labelWidth));
    const width = type.width(shown, fonts.regular, TYPE.small);
    if (width > 0) {
      frame.text(type, shown, frame.width - inset - width, baseline, fonts.regular, TYPE.small, FOOTER_GREY);
      criteriaWidth = width + 12;
    }
  }
  const titleRoom = room - labelWidth - criteriaWidth;
  if (titleRoom > 0) frame.text(type, fitLine(type, title, fonts.regular, size, titleRoom), inset + labelWidth, baseline, fonts.regular, size, rgb(0, 0, 0));
}

/**
 * The text cut with an ellipsis to fit a width: the first wrapped line, so only cached word widths
 * are measured (a table of thousands of CPD rows stays fast).
 */
export function fitLine(type: Typesetter, text: string, font: PDFFont, size: number, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (type.width(flat, font, size) <= width) return flat;
  const first = type.wrap(flat, font, size, width - type.width('…', font, size))[0] ?? '';
  return `${first}…`;
}

/**
 * "Page n of N" centred at the foot of every page, with the applicant's name on the left. Merged
 * evidence pages carry it in the band below the evidence, which placeEvidencePage leaves clear.
 */
export function stampPageNumbers(pages: readonly PDFPage[], type: Typesetter, font: PDFFont, footerLeft: string, bandPages: ReadonlySet<PDFPage>): void {
  const total = pages.length;
  const size = TYPE.small;
  pages.forEach((page, i) => {
    const frame = new VisualFrame(page);
    const label = `Page ${i + 1} of ${total}`;
    const y = bandPages.has(page) ? (FOOTER_BAND - size) / 2 + 1 : FOOTER_Y;
    frame.text(type, label, (frame.width - type.width(label, font, size)) / 2, y, font, size);
    if (footerLeft) frame.text(type, fitLine(type, footerLeft, font, size, frame.width / 3 - 10), Math.min(MARGIN.left, frame.width * 0.05), y, font, size);
  });
}
