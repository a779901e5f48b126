import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';

/** Bytes of every JPEG image XObject (DCTDecode) in a PDF: how much each photo costs the file. */
export async function jpegImageSizes(pdf: Uint8Array): Promise<number[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const sizes: number[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    if (object.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const filter = object.dict.get(PDFName.of('Filter'));
    if (filter !== PDFName.of('DCTDecode')) continue;
    sizes.push(object.contents.length);
  }
  return sizes;
}
