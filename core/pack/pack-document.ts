import fontkit from '@cantoo/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFFont } from '@cantoo/pdf-lib';
import type { PackFonts } from './flow';
import { deflateStreamsWith, type Deflate } from './stream-deflate';
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

/**
 * A new PDF with the bundled fonts embedded as subsets (only the glyphs used are stored), its
 * streams compressed with `deflate` when given (the worker's zlib; see stream-deflate.ts).
 */
export async function createPackDocument(fontBytes: FontBytes, deflate?: Deflate): Promise<PackDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  if (deflate) deflateStreamsWith(doc, deflate);
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([doc.embedFont(fontBytes.regular, { subset: true }), doc.embedFont(fontBytes.bold, { subset: true })]);
  for (const font of [regular, bold]) nameSubsetOnEmbed(doc, font);
  return { doc, fonts: { regular, bold }, type: new Typesetter() };
}

/**
 * Names the font subset the standard way once pdf-lib writes it at save time ("ABCDEF+DejaVuSans",
 * ISO 32000-1 §9.6.4), in place of pdf-lib's "DejaVuSans-1234": preflight tools and printers
 * expect the tag on a subset. The tag comes from the subset's own bytes, so the same glyphs always
 * give the same name and the same pack the same bytes.
 */
function nameSubsetOnEmbed(doc: PDFDocument, font: PDFFont): void {
  const embed = font.embed.bind(font);
  font.embed = async () => {
    await embed();
    const { context } = doc;
    const type0 = context.lookup(font.ref, PDFDict);
    const descendants = type0.lookup(PDFName.of('DescendantFonts'), PDFArray);
    const cid = context.lookup(descendants.get(0), PDFDict);
    const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const file = descriptor.lookup(PDFName.of('FontFile2')) ?? descriptor.lookup(PDFName.of('FontFile3'));
    if (!(file instanceof PDFStream)) return;
    const family = (type0.lookup(PDFName.of('BaseFont'), PDFName).decodeText() || 'Font').replace(/-\d+$/, '');
    const name = PDFName.of(`${subsetTag(file.getContents())}+${family}`);
    type0.set(PDFName.of('BaseFont'), name);
    cid.set(PDFName.of('BaseFont'), name);
    descriptor.set(PDFName.of('FontName'), name);
  };
}

/** Six capital letters from a 32-bit FNV-1a hash of the bytes. */
function subsetTag(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
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
