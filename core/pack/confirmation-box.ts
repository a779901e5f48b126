import { rgb } from '@cantoo/pdf-lib';
import type { Flow } from './flow';
import { MARGIN, TYPE } from './page-geometry';

const BORDER = rgb(0.3, 0.3, 0.3);
const WRITING_LINE = rgb(0.7, 0.7, 0.7);
const GREY = rgb(0.35, 0.35, 0.35);

/** Spacing of the box: room to write by hand, as on a paper form. */
const BOX = { pad: 10, tick: 9, writingGap: 22, signatureGap: 30 } as const;

export interface ConfirmationBox {
  title: string;
  /** A small grey line under the title, such as who is to complete the box. */
  note?: string | undefined;
  /** Boxes to tick side by side, then a small grey prompt above the writing lines. */
  choice?: { ticks: readonly [string, string]; prompt: string } | undefined;
  writingLines: number;
}

/**
 * A bordered box where a supporter confirms an area of the applicant's account: the title, lines
 * to write on, then name, signature and date. It never splits across pages: a supporter signs one
 * box, not two halves. The competence report and the supporter's brief both draw it.
 */
export function drawConfirmationBox(flow: Flow, box: ConfirmationBox): void {
  const { fonts, type } = flow;
  const size = TYPE.body;
  const lh = flow.lineHeight(size);
  const smallLh = flow.lineHeight(TYPE.small);
  const innerWidth = flow.width - 2 * BOX.pad;
  const title = type.wrap(box.title, fonts.bold, size, innerWidth);
  const note = box.note ? type.wrap(box.note, fonts.regular, TYPE.small, innerWidth) : [];
  const choiceHeight = box.choice ? 8 + BOX.tick + 14 + lh : 0;
  const height = BOX.pad + title.length * lh + note.length * smallLh + choiceHeight + box.writingLines * BOX.writingGap + BOX.signatureGap + BOX.pad;

  flow.ensure(height + 6);
  flow.gap(6);
  const page = flow.page;
  const top = flow.y;
  const left = MARGIN.left;
  page.drawRectangle({ x: left, y: top - height, width: flow.width, height, borderColor: BORDER, borderWidth: 0.8 });

  let y = top - BOX.pad;
  for (const line of title) {
    y -= lh;
    type.draw(page, line, { x: left + BOX.pad, y: y + (lh - size), size, font: fonts.bold });
  }
  for (const line of note) {
    y -= smallLh;
    type.draw(page, line, { x: left + BOX.pad, y: y + (smallLh - TYPE.small), size: TYPE.small, font: fonts.regular, color: GREY });
  }
  if (box.choice) {
    y -= 8 + BOX.tick;
    let x = left + BOX.pad;
    for (const label of box.choice.ticks) {
      page.drawRectangle({ x, y, width: BOX.tick, height: BOX.tick, borderColor: BORDER, borderWidth: 0.8 });
      type.draw(page, label, { x: x + BOX.tick + 5, y: y + 1, size, font: fonts.regular });
      x += innerWidth / 2;
    }
    y -= 14 + lh;
    type.draw(page, box.choice.prompt, { x: left + BOX.pad, y: y + (lh - size), size: TYPE.small, font: fonts.regular, color: GREY });
  }
  for (let i = 0; i < box.writingLines; i++) {
    y -= BOX.writingGap;
    page.drawLine({ start: { x: left + BOX.pad, y }, end: { x: left + flow.width - BOX.pad, y }, thickness: 0.4, color: WRITING_LINE });
  }

  // Name, signature and date side by side, each a label with a line to write on.
  y -= BOX.signatureGap;
  let x = left + BOX.pad;
  for (const cell of [
    { label: 'Name', share: 0.4 },
    { label: 'Signature', share: 0.35 },
    { label: 'Date', share: 0.25 },
  ]) {
    const cellWidth = innerWidth * cell.share;
    const labelWidth = type.width(cell.label, fonts.bold, TYPE.small) + 4;
    type.draw(page, cell.label, { x, y: y + 2, size: TYPE.small, font: fonts.bold });
    page.drawLine({ start: { x: x + labelWidth, y }, end: { x: x + cellWidth - 8, y }, thickness: 0.5, color: BORDER });
    x += cellWidth;
  }

  flow.y = top - height;
  flow.gap(10);
}
