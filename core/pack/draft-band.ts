import { rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { VisualFrame } from './page-frame';
import { FOOTER_BAND, FOOTER_Y, MARGIN, TYPE } from './page-geometry';
import type { Typesetter } from './typesetter';

const BAND_HEIGHT = 14;
const BAND_FILL = rgb(0.99, 0.89, 0.86);
const BAND_TEXT = rgb(0.55, 0.07, 0.02);

/** "DRAFT: 3 items to fix before sending", as every page of a pack with must-fix findings says. */
export const draftBandText = (mustFix: number): string => `DRAFT: ${mustFix} item${mustFix === 1 ? '' : 's'} to fix before sending`;

/**
 * While must-fix findings remain, every page says it is a draft, so a draft is never mistaken for
 * the application itself: a tinted band across the top of text pages, in the margin above the
 * text; on evidence pages, whose top carries the label strip, the same words at the right of the
 * page-number band, where nothing else is drawn.
 */
export function stampDraftBand(
  pages: readonly PDFPage[],
  type: Typesetter,
  font: PDFFont,
  mustFix: number,
  evidence: { stripPages: ReadonlySet<PDFPage>; bandPages: ReadonlySet<PDFPage> },
): void {
  if (mustFix <= 0) return;
  const text = draftBandText(mustFix);
  const size = TYPE.small;
  for (const page of pages) {
    const frame = new VisualFrame(page);
    const width = type.width(text, font, size);
    if (evidence.stripPages.has(page)) {
      // The footer's own baseline: in the band below merged pages, else where text pages have it.
      const y = evidence.bandPages.has(page) ? (FOOTER_BAND - size) / 2 + 1 : FOOTER_Y;
      const x = frame.width - Math.min(MARGIN.right, frame.width * 0.05) - width;
      frame.fill(x - 4, y - 4, width + 8, size + 6, BAND_FILL);
      frame.text(type, text, x, y, font, size, BAND_TEXT);
      continue;
    }
    frame.fill(0, frame.height - BAND_HEIGHT, frame.width, BAND_HEIGHT, BAND_FILL);
    frame.text(type, text, (frame.width - width) / 2, frame.height - BAND_HEIGHT + (BAND_HEIGHT - size) / 2 + 1, font, size, BAND_TEXT);
  }
}
