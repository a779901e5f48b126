import { rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { VisualFrame } from './page-frame';
import { TYPE } from './page-geometry';
import type { Typesetter } from './typesetter';

const BAND_HEIGHT = 14;
const BAND_FILL = rgb(0.99, 0.89, 0.86);
const BAND_TEXT = rgb(0.55, 0.07, 0.02);

/** "DRAFT: 3 items to fix before sending", as every page of a pack with must-fix findings says. */
export const draftBandText = (mustFix: number): string => `DRAFT: ${mustFix} item${mustFix === 1 ? '' : 's'} to fix before sending`;

/**
 * A tinted band across the top edge of every page while must-fix findings remain, so a draft is
 * never mistaken for the application itself. It sits above the top margin and the label strip.
 */
export function stampDraftBand(pages: readonly PDFPage[], type: Typesetter, font: PDFFont, mustFix: number): void {
  if (mustFix <= 0) return;
  const text = draftBandText(mustFix);
  const size = TYPE.small;
  for (const page of pages) {
    const frame = new VisualFrame(page);
    frame.fill(0, frame.height - BAND_HEIGHT, frame.width, BAND_HEIGHT, BAND_FILL);
    frame.text(type, text, (frame.width - type.width(text, font, size)) / 2, frame.height - BAND_HEIGHT + (BAND_HEIGHT - size) / 2 + 1, font, size, BAND_TEXT);
  }
}
