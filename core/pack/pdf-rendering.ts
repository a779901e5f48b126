import type { PreparedImage } from './prepared-image';

/** Why a PDF could not be drawn either: it needs a password to open, or no reader can make sense of it. */
export type PdfRenderProblem = 'user-password' | 'damaged';

/** Thrown by a PdfRenderer that could not draw the file, saying which problem it met. */
export class PdfRenderError extends Error {
  constructor(
    readonly problem: PdfRenderProblem,
    message: string,
  ) {
    super(message);
    this.name = 'PdfRenderError';
  }
}

/**
 * Draws chosen pages of a PDF as upright JPEG images at `dpi` at the size the pack prints them
 * (pdf.js with a canvas, in electron/pack), for evidence whose pages pdf-lib cannot copy
 * faithfully. `choose` picks the pages (0-based) from the page count the renderer reads, since
 * pdf-lib may not have been able to count them. Throws PdfRenderError when the file cannot be
 * drawn; any other error means "could not be drawn" too.
 */
export type PdfRenderer = (bytes: Uint8Array, choose: (pageCount: number) => readonly number[], dpi: number) => Promise<RenderedPdfPage[]>;

/** One rendered page: its image and which page of the file (0-based) it shows. */
export interface RenderedPdfPage extends PreparedImage {
  pageIndex: number;
}

/** Rendered pages are printed at the pack's image resolution, but never below what keeps small print legible. */
export const RENDER_DPI = { min: 150, max: 200 } as const;

export const renderDpi = (imageDpi: number): number => Math.min(RENDER_DPI.max, Math.max(RENDER_DPI.min, Math.round(imageDpi)));
