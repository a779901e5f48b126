import { PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';
import { SeededRandom } from '../../electron/sample/seeded-random';
import { asciiSentence } from './bench-text';

export interface GeneratedFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Evidence PDFs as certificates, reports and minutes look: A4 pages of text with headings, rules
 * and a few boxes. `pages` is shared out evenly over `count` files. Fixed dates keep the bytes the
 * same for the same seed.
 */
export async function generateEvidencePdfs(options: { count: number; pages: number; seed: number }): Promise<GeneratedFile[]> {
  const random = new SeededRandom(options.seed);
  const files: GeneratedFile[] = [];
  const when = new Date('2026-01-01T12:00:00Z');
  for (let n = 0; n < options.count; n++) {
    const pageCount = Math.floor(options.pages / options.count) + (n < options.pages % options.count ? 1 : 0);
    const doc = await PDFDocument.create({ updateMetadata: false });
    const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
    for (let p = 0; p < pageCount; p++) {
      const page = doc.addPage([595.28, 841.89]);
      page.drawRectangle({ x: 40, y: 40, width: 515, height: 762, borderWidth: 1, borderColor: rgb(0.3, 0.4, 0.6) });
      page.drawText(`Evidence document ${n + 1}: page ${p + 1} of ${pageCount}`, { x: 60, y: 770, size: 16, font: bold });
      page.drawLine({ start: { x: 60, y: 760 }, end: { x: 535, y: 760 }, thickness: 1.5, color: rgb(0.2, 0.35, 0.6) });
      let y = 735;
      while (y > 120) {
        page.drawText(asciiSentence(random, 7, 10), { x: 60, y, size: 10, font: regular });
        y -= 15;
      }
      const shade = random.next() * 0.5 + 0.4;
      page.drawRectangle({ x: 60, y: 60, width: 200, height: 45, color: rgb(shade, 0.85, 0.9) });
      page.drawCircle({ x: 480, y: 82, size: 20, borderWidth: 2, borderColor: rgb(0.6, 0.1, 0.1) });
    }
    doc.setTitle(`Evidence document ${n + 1}`);
    doc.setCreationDate(when);
    doc.setModificationDate(when);
    files.push({ fileName: `evidence-document-${String(n + 1).padStart(3, '0')}.pdf`, bytes: await doc.save() });
  }
  return files;
}
