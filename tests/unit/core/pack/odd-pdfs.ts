import { PDFDocument, PDFName, StandardFonts, degrees, rgb } from '@cantoo/pdf-lib';

/** A page of evidence as generated: its size, /Rotate, and a CropBox offset from the MediaBox if any. */
export interface OddPage {
  width: number;
  height: number;
  rotate?: 0 | 90 | 180 | 270;
  crop?: { x: number; y: number; width: number; height: number };
}

export const ODD_PAGES: OddPage[] = [
  { width: 84, height: 108 },
  { width: 20, height: 20 },
  { width: 3000, height: 200 },
  { width: 841.89, height: 595.28 },
  { width: 612, height: 792 },
  { width: 841.89, height: 1190.55 },
  { width: 595.28, height: 841.89, rotate: 90 },
  { width: 595.28, height: 841.89, rotate: 180 },
  { width: 595.28, height: 841.89, rotate: 270 },
  { width: 600, height: 800, rotate: 90, crop: { x: 100, y: 200, width: 300, height: 400 } },
];

export const FILL = rgb(0.8, 0.9, 0.8);
export const RED = rgb(1, 0, 0);

/**
 * One page per OddPage: its visible box filled pale green, a red square in the box's top-left corner (in
 * the page's own coordinates, so a /Rotate moves it), blue text naming the page, and black ink
 * outside the crop box that a reader must never see.
 */
export async function oddPagesPdf(pages: readonly OddPage[] = ODD_PAGES): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [i, spec] of pages.entries()) {
    const page = doc.addPage([spec.width, spec.height]);
    const box = spec.crop ?? { x: 0, y: 0, width: spec.width, height: spec.height };
    if (spec.crop) {
      page.drawRectangle({ x: 0, y: 0, width: spec.width, height: spec.height, color: rgb(0, 0, 0) });
      page.setCropBox(box.x, box.y, box.width, box.height);
    }
    page.drawRectangle({ ...box, color: FILL });
    const side = Math.min(box.width, box.height) / 4;
    page.drawRectangle({ x: box.x, y: box.y + box.height - side, width: side, height: side, color: RED });
    const size = Math.max(1, Math.min(12, box.height / 6));
    page.drawText(`Odd page ${i + 1}`, { x: box.x + side + 1, y: box.y + box.height / 2, size, font, color: rgb(0, 0, 1) });
    if (spec.rotate) page.setRotation(degrees(spec.rotate));
  }
  return doc.save();
}

/** One A4 page carrying `count` link annotations (a real file carried 32,776) and one line of text. */
export async function manyLinksPdf(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Page full of links', { x: 60, y: 700, size: 18, font });
  const { context } = doc;
  const refs = Array.from({ length: count }, (_, i) => {
    const x = (i % 50) * 10;
    const y = Math.floor(i / 50) % 80 * 10;
    return context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [x, y, x + 8, y + 8], Border: [0, 0, 0], F: 4, A: { S: 'URI', URI: `https://example.org/${i}` } }));
  });
  page.node.set(PDFName.of('Annots'), context.obj(refs));
  return doc.save({ useObjectStreams: true });
}

/** A form with a filled text field and a ticked check box, its appearances made by pdf-lib, plus a link. */
export async function filledFormPdf(value: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Training record form', { x: 60, y: 780, size: 16, font });
  const form = doc.getForm();
  const name = form.createTextField('trainee');
  name.setText(value);
  name.addToPage(page, { x: 60, y: 700, width: 300, height: 24, font });
  const check = form.createCheckBox('signed');
  check.addToPage(page, { x: 60, y: 650, width: 20, height: 20 });
  check.check();
  const { context } = doc;
  const link = context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [60, 600, 200, 620], F: 4, A: { S: 'URI', URI: 'https://example.org' } }));
  page.node.addAnnot(link);
  return doc.save();
}

/**
 * A hand-written PDF whose page content stream has an indirect /Length (as cairo writes them) and
 * data that ends in `ending`, followed directly by "endstream": pdf-lib's own scan for "endstream"
 * would take the ending for the end-of-line before it.
 */
export function indirectLengthPdf(ending: '\r\n' | '\n'): { bytes: Uint8Array; content: Uint8Array } {
  const content = new TextEncoder().encode(`BT /F1 14 Tf 72 700 Td (Indirect length data) Tj ET 0 0 1 rg 72 600 100 50 re f${ending}`);
  const parts: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let at = 0;
  const push = (part: string | Uint8Array) => {
    parts.push(part);
    at += typeof part === 'string' ? part.length : part.length;
  };
  const object = (n: number, body: string | (string | Uint8Array)[]) => {
    offsets[n] = at;
    push(`${n} 0 obj\n`);
    for (const part of Array.isArray(body) ? body : [body]) push(part);
    push('\nendobj\n');
  };
  push('%PDF-1.5\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>');
  object(4, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  object(5, ['<< /Length 6 0 R >>\nstream\n', content, 'endstream']);
  object(6, String(content.length));
  const xref = at;
  push(`xref\n0 7\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const bytes = new Uint8Array(at);
  let to = 0;
  for (const part of parts) {
    const chunk = typeof part === 'string' ? Uint8Array.from(part, (c) => c.charCodeAt(0)) : part;
    bytes.set(chunk, to);
    to += chunk.length;
  }
  return { bytes, content };
}
