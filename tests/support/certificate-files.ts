import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import sharp from 'sharp';

/** A one-page certificate PDF whose text holds these lines, as a provider's system makes one. */
export async function makeCertificatePdf(lines: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 60, y: 740 - i * 36, size: 18, font }));
  doc.setCreationDate(new Date('2025-01-01T00:00:00Z'));
  return doc.save();
}

/** A PDF with no text at all: a drawn border only, as a scan with no words would be to a reader. */
export async function makeTextlessPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 40, y: 40, width: 515, height: 762, borderWidth: 4 });
  return doc.save();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A photo of a printed certificate: large dark text on a slightly warm paper colour, with a faint
 * border and a little blur, as JPEG. Drawn from SVG by sharp, so OCR has real pixels to read.
 */
export async function makeCertificatePhoto(lines: readonly string[]): Promise<Buffer> {
  const width = 1600;
  const height = 200 + lines.length * 110;
  const text = lines
    .map((line, i) => `<text x="90" y="${170 + i * 110}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="60" fill="#1a1a1a">${escapeXml(line)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f6f1e6"/><rect x="30" y="30" width="${width - 60}" height="${height - 60}" fill="none" stroke="#8a7d5a" stroke-width="6"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).blur(0.6).jpeg({ quality: 85 }).toBuffer();
}
