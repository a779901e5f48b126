import { rgb, type PDFPage } from '@cantoo/pdf-lib';
import qrcode from 'qrcode-generator';

/**
 * A QR code drawn as filled rectangles, so it is vector, sharp at any zoom and needs no image
 * encoder. Error correction "Q" (a quarter of the code may be lost) because the code is read back
 * from photos of printed, signed pages.
 */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'Q');
  // Upper-case letters, digits and "-" fit the alphanumeric mode: a smaller code for the same text.
  qr.addData(text, /^[0-9A-Z $%*+\-./:]*$/.test(text) ? 'Alphanumeric' : 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
}

/** Draws the code with its bottom-left corner at (x, y), `size` points square. Runs of dark modules in a row are one rectangle. */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const modules = qrModules(text);
  const n = modules.length;
  const cell = size / n;
  const black = rgb(0, 0, 0);
  modules.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= n; c++) {
      const dark = c < n && row[c];
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        // A hair wider than the cell, so no light seam shows between neighbouring runs when rasterised.
        page.drawRectangle({ x: x + start * cell, y: y + size - (r + 1) * cell - 0.02, width: (c - start) * cell + 0.02, height: cell + 0.04, color: black });
        start = -1;
      }
    }
  });
}
