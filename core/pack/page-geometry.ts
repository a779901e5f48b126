// Plain numbers (pdf-lib's PageSizes.A4 and .Letter, in points), so this module, which the
// backend's start reaches through the photo cache, loads no PDF code.

/** A page size in points, portrait. */
export interface Paper {
  readonly width: number;
  readonly height: number;
}

/** A4 portrait, the size UK bodies print applications on. */
export const A4: Paper = { width: 595.28, height: 841.89 };
/** US Letter portrait, for bodies that print on it. */
export const LETTER: Paper = { width: 612, height: 792 };

/** The paper a pack option names. */
export const paperSize = (name: 'a4' | 'letter'): Paper => (name === 'letter' ? LETTER : A4);

export const MARGIN = { top: 56, bottom: 56, left: 56, right: 56 } as const;
/** The band at the foot of every page that carries "Page n of N". */
export const FOOTER_Y = 28;
/** Height of the label strip across the top of each evidence page. */
export const LABEL_STRIP = 26;
/** Height of the band across the foot of each merged evidence page, for its page number. */
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

/** Space kept between the evidence and the page's sides, label strip and page-number band. */
export const EVIDENCE_INSET = { side: 14, gap: 4 } as const;

/** A merged evidence page is shrunk to fit, or enlarged up to this factor when it is small. */
export const MAX_EVIDENCE_SCALE = 2;

/** The box a merged evidence page is fitted into: below the label strip, above the page-number band. */
export function evidenceArea(paper: Paper): { x: number; y: number; width: number; height: number } {
  const y = FOOTER_BAND + EVIDENCE_INSET.gap;
  return { x: EVIDENCE_INSET.side, y, width: paper.width - 2 * EVIDENCE_INSET.side, height: paper.height - LABEL_STRIP - EVIDENCE_INSET.gap - y };
}

/**
 * Where an image is printed: its own page of the pack's paper, inside the margins and below the
 * label strip (a landscape photo is shrunk onto the portrait page).
 */
export function imagePlacement(widthPx: number, heightPx: number, paper: Paper = A4): { page: Paper; box: { x: number; y: number; width: number; height: number } } {
  const top = MARGIN.top + LABEL_STRIP;
  const availW = paper.width - MARGIN.left - MARGIN.right;
  const availH = paper.height - top - MARGIN.bottom;
  const scale = Math.min(availW / widthPx, availH / heightPx);
  const width = widthPx * scale;
  const height = heightPx * scale;
  return { page: paper, box: { x: (paper.width - width) / 2, y: MARGIN.bottom + (availH - height) / 2, width, height } };
}

/** A photo stays under this many bytes in the pack, so with its page it adds at most 500 KB. */
export const IMAGE_BYTE_BUDGET = 440 * 1024;

/**
 * The largest pixel size worth keeping for an image printed by imagePlacement at the given dpi, on
 * whichever paper prints it larger: a prepared image is cached by file, not by paper.
 */
export function imagePixelBudget(widthPx: number, heightPx: number, dpi: number): { width: number; height: number } {
  const boxes = [A4, LETTER].map((paper) => imagePlacement(widthPx, heightPx, paper).box);
  const width = Math.max(...boxes.map((b) => b.width));
  const height = Math.max(...boxes.map((b) => b.height));
  return { width: Math.ceil((width / 72) * dpi), height: Math.ceil((height / 72) * dpi) };
}
