import { rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { FOOTER_BAND, FOOTER_Y, LABEL_STRIP, MARGIN, TYPE } from './page-geometry';
import { SharedForms, type Placement } from './shared-forms';
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

  /** Where a form drawn upright goes so that its origin sits at visual (u, v). */
  placement(u: number, v: number): Placement {
    return { ...this.toPage(u, v), rotation: this.rotation };
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
 * fit, the criteria to at most 40% of the strip, so nothing runs past the page edge. All but the
 * page note is the same on every page of an item, so it is laid out and drawn once as a form
 * (per width) and placed on each page; only " (p. 3 of 12)" is drawn on the page itself, in room
 * kept for the widest note after the title.
 */
export function drawLabelStrip(
  frame: VisualFrame,
  type: Typesetter,
  fonts: { regular: PDFFont; bold: PDFFont },
  label: string,
  title: string,
  criteria?: string,
  /** Which page of the evidence document this is: " (p. 3 of 12)" follows the title. */
  pageOf?: { page: number; total: number },
): void {
  const height = LABEL_STRIP;
  const size = TYPE.body;
  const baseline = (height - size) / 2 + 1.5;
  const { width } = frame;
  const cited = criteria?.replace(/\s+/g, ' ').trim() ?? '';
  const noteRoom = pageOf ? type.width(pageNote(pageOf.total, pageOf.total), fonts.regular, size) : 0;
  const forms = SharedForms.of(frame.page.doc);
  const key = ['strip', width, label, title, cited, noteRoom, fonts.regular.name, fonts.bold.name].join('\u0000');
  const { ref, value: noteAt } = forms.form(key, type, [0, 0, width, height], (form) => {
    form.fill(0, 0, width, height, STRIP_FILL);
    const inset = Math.min(MARGIN.left, width * 0.05);
    const room = width - inset * 2;
    const shownLabel = fitLine(type, label, fonts.bold, size, room);
    form.text(shownLabel, { x: inset, y: baseline, font: fonts.bold, size, color: rgb(0, 0, 0) });
    const labelWidth = type.width(shownLabel, fonts.bold, size) + 8;
    let criteriaWidth = 0;
    if (cited) {
      const shown = fitLine(type, cited, fonts.regular, TYPE.small, Math.min(room * 0.4, room - labelWidth));
      const shownWidth = type.width(shown, fonts.regular, TYPE.small);
      if (shownWidth > 0) {
        form.text(shown, { x: width - inset - shownWidth, y: baseline, font: fonts.regular, size: TYPE.small, color: FOOTER_GREY });
        criteriaWidth = shownWidth + 12;
      }
    }
    const titleRoom = room - labelWidth - criteriaWidth;
    if (titleRoom <= 0) return undefined;
    // On a strip too narrow for both, the title goes without the page note.
    const withNote = noteRoom > 0 && noteRoom < titleRoom;
    const shownTitle = fitLine(type, title, fonts.regular, size, titleRoom - (withNote ? noteRoom : 0));
    form.text(shownTitle, { x: inset + labelWidth, y: baseline, font: fonts.regular, size, color: rgb(0, 0, 0) });
    return withNote ? inset + labelWidth + type.width(shownTitle, fonts.regular, size) : undefined;
  });
  const top = frame.height - height;
  forms.place(frame.page, ref, frame.placement(0, top));
  if (pageOf && noteAt !== undefined) frame.text(type, pageNote(pageOf.page, pageOf.total), noteAt, top + baseline, fonts.regular, size, rgb(0, 0, 0));
}

/** The words after an evidence title naming the page of its document: page numbers of the document itself, so " (p. 13 of 66)" matches the original. */
const pageNote = (page: number, total: number): string => ` (p. ${page} of ${total})`;

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
 * The name stays drawn on each page rather than placed as a shared form: measured, the `cm`, `Do`
 * and resource entry a form needs on every page made the pack larger and no faster than the one
 * short line of text.
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
