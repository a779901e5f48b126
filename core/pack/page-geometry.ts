import { PageSizes } from '@cantoo/pdf-lib';

/** A4 portrait, the size UK bodies print applications on. */
export const A4 = { width: PageSizes.A4[0], height: PageSizes.A4[1] } as const;
export const A4_LANDSCAPE = { width: A4.height, height: A4.width } as const;

export const MARGIN = { top: 56, bottom: 56, left: 56, right: 56 } as const;
/** The band at the foot of every page that carries "Page n of N". */
export const FOOTER_Y = 28;
/** Height of the label strip added above each evidence page. */
export const LABEL_STRIP = 26;
/** Height of the band added below each evidence page for its page number. */
export const FOOTER_BAND = 22;

export const TYPE = {
  title: 24,
  heading: 16,
  subheading: 11.5,
  body: 10,
  small: 8.5,
  lineGap: 1.35,
} as const;

export const contentWidth = (pageWidth: number): number => pageWidth - MARGIN.left - MARGIN.right;

/**
 * Where an image is printed: its own page, oriented like the image, inside the margins and below
 * the label strip. Shared by the writer and by image preparation, which downsamples to this size.
 */
export function imagePlacement(widthPx: number, heightPx: number): { page: { width: number; height: number }; box: { x: number; y: number; width: number; height: number } } {
  const page = widthPx > heightPx ? A4_LANDSCAPE : A4;
  const top = MARGIN.top + LABEL_STRIP;
  const availW = page.width - MARGIN.left - MARGIN.right;
  const availH = page.height - top - MARGIN.bottom;
  const scale = Math.min(availW / widthPx, availH / heightPx);
  const width = widthPx * scale;
  const height = heightPx * scale;
  return { page, box: { x: (page.width - width) / 2, y: MARGIN.bottom + (availH - height) / 2, width, height } };
}

/** A photo stays under this many bytes in the pack, so with its page it adds at most 500 KB. */
export const IMAGE_BYTE_BUDGET = 440 * 1024;

/** The largest pixel size worth keeping for an image printed by imagePlacement at the given dpi. */
export function imagePixelBudget(widthPx: number, heightPx: number, dpi: number): { width: number; height: number } {
  const { box } = imagePlacement(widthPx, heightPx);
  return { width: Math.ceil((box.width / 72) * dpi), height: Math.ceil((box.height / 72) * dpi) };
}
