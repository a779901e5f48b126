import { PDFDocument } from '@cantoo/pdf-lib';
import sharp from 'sharp';

/** A small real PDF, different for each text. */
export async function makePdf(text = 'Certificate'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 200]);
  page.drawText(text, { x: 20, y: 100, size: 14 });
  doc.setCreationDate(new Date('2025-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2025-01-01T00:00:00Z'));
  return doc.save();
}

/** A small real PNG of one colour. */
export function makePng(red = 200): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 8, channels: 3, background: { r: red, g: 100, b: 50 } } }).png().toBuffer();
}

/** The start of a Windows program (PE): "MZ", a header offset, then "PE\0\0". */
export function makeWindowsExecutable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(0x14c, 0x84);
  return bytes;
}

/** The start of a Linux program (ELF). */
export function makeElfExecutable(): Buffer {
  const bytes = Buffer.alloc(128);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(bytes);
  bytes.writeUInt16LE(2, 16);
  return bytes;
}
