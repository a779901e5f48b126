import fontkit from '@cantoo/fontkit';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { PackFonts } from './flow';
import { Typesetter } from './typesetter';

/** The bundled font files (assets/fonts): DejaVu Sans and DejaVu Sans Bold. */
export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PackDocument {
  doc: PDFDocument;
  fonts: PackFonts;
  type: Typesetter;
}

/** A new PDF with the bundled fonts embedded as subsets (only the glyphs used are stored). */
export async function createPackDocument(fontBytes: FontBytes): Promise<PackDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([doc.embedFont(fontBytes.regular, { subset: true }), doc.embedFont(fontBytes.bold, { subset: true })]);
  return { doc, fonts: { regular, bold }, type: new Typesetter() };
}

/** Title, author and language, which screen readers and document managers show. */
export function setPackMetadata(doc: PDFDocument, meta: { title: string; author: string; subject: string; keywords?: string[]; date: Date }): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setLanguage('en-GB');
  doc.setCreator('Techfolio');
  doc.setProducer('Techfolio');
  if (meta.keywords) doc.setKeywords(meta.keywords);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
}

function characterSetOf(bytes: Uint8Array): number[] {
  const font = fontkit.create(bytes);
  return 'characterSet' in font ? font.characterSet : [];
}

/** Every Unicode code point the bundled fonts can draw (both faces must have it to be safe). */
export function fontCharacterSet(fontBytes: FontBytes): Set<number> {
  const regular = new Set(characterSetOf(fontBytes.regular));
  return new Set(characterSetOf(fontBytes.bold).filter((cp) => regular.has(cp)));
}
