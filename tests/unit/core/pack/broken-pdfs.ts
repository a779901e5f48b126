import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { qpdf } from '../../../support/qpdf';

/**
 * PDFs written by hand, object by object, with a computed cross-reference table: each reproduces a
 * way real files broke the pack (a page whose /Parent is not a page tree node, a field tree that
 * points at a stream, /Resources written as a stream, cycles, tens of thousands of annotations,
 * "/Encrypt" inside a content stream).
 */
export function rawPdf(objects: readonly string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A stream object's text, its /Length computed. */
export const stream = (data: string, dict = ''): string => `<< /Length ${Buffer.byteLength(data, 'latin1')} ${dict}>>\nstream\n${data}\nendstream`;

/** Content that fills most of the page pale green and writes a line, so a render is never blank. */
const pageContent = (text: string) => `0.8 0.9 0.8 rg 40 40 515 762 re f\nBT /F1 18 Tf 0 0 1 rg 60 700 Td (${text}) Tj ET`;
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/**
 * A filled three-page form as some writers save it: each page's /Parent names a field dictionary
 * (not the page tree), and the form's field tree lists a stream among its kids. pdf-lib throws
 * "Parent.ascend is not a function" copying its pages; readers draw it.
 */
export function brokenFormPdf(): Uint8Array {
  // 1 catalog, 2 pages, 3 font, 4 field (a dict without /Type /Pages), 5 stream kid, 6-8 pages, 9-11 contents, 12-14 widgets, 15 widget look
  const pages = [6, 7, 8];
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /NeedAppearances false >> >>',
    `<< /Type /Pages /Kids [${pages.map((p) => `${p} 0 R`).join(' ')}] /Count 3 >>`,
    FONT,
    '<< /FT /Tx /T (applicant) /Kids [12 0 R 13 0 R 14 0 R 5 0 R] /V (Jo Bloggs) >>',
    stream('not a field'),
    ...pages.map((_, i) => `<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${9 + i} 0 R /Annots [${12 + i} 0 R] >>`),
    ...pages.map((_, i) => stream(pageContent(`Form page ${i + 1}`))),
    ...pages.map((p) => `<< /Type /Annot /Subtype /Widget /Parent 4 0 R /P ${p} 0 R /Rect [60 600 300 630] /F 4 /AP << /N 15 0 R >> >>`),
    stream('BT /F1 14 Tf 2 8 Td (Jo Bloggs) Tj ET', '/Type /XObject /Subtype /Form /BBox [0 0 240 30] /Resources << /Font << /F1 3 0 R >> >> '),
  ]);
}

/** A page whose /Resources is a stream where a dictionary belongs ("Expected instance of PDFDict, but got instance of PDFRawStream"). */
export function resourcesStreamPdf(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 4 0 R /Contents 5 0 R >>',
    stream('', '/Font << /F1 6 0 R >> '),
    stream(pageContent('Resources as a stream')),
    FONT,
  ]);
}

/** A page tree whose kids list the tree itself: following it never ends. */
export function pageTreeCyclePdf(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    stream(pageContent('Page tree with a cycle')),
  ]);
}

/** A page whose content draws a form that draws itself: a cycle every reader must cut. */
export function contentCyclePdf(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >> /Contents 5 0 R >>',
    FONT,
    stream(`${pageContent('Content with a cycle')}\nq /Fm1 Do Q`),
    stream('1 0 0 rg 0 0 50 50 re f /Fm1 Do', '/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /Fm1 6 0 R >> >> '),
  ]);
}

/** One page carrying `count` printable square annotations sharing one appearance. */
export function manyAnnotationsPdf(count: number): Uint8Array {
  const first = 7;
  const annots = Array.from({ length: count }, (_, i) => {
    const x = 40 + (i % 200) * 2.5;
    const y = 40 + Math.floor(i / 200) * 3.5;
    return `<< /Type /Annot /Subtype /Square /Rect [${x} ${y} ${x + 2} ${y + 2}] /F 4 /AP << /N 6 0 R >> >>`;
  });
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [${annots.map((_, i) => `${first + i} 0 R`).join(' ')}] >>`,
    FONT,
    stream(pageContent(`${count} annotations`)),
    stream('1 0 0 rg 0 0 2 2 re f', '/Type /XObject /Subtype /Form /BBox [0 0 2 2] '),
    ...annots,
  ]);
}

/** An ordinary unencrypted page whose content stream happens to hold the bytes "/Encrypt". */
export function encryptWordPdf(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    stream(`${pageContent('Not encrypted')}\n% /Encrypt << /Filter /Standard >>\nBT /F1 12 Tf 60 650 Td (/Encrypt is only a word here) Tj ET`),
  ]);
}

/** The same file encrypted by qpdf's WebAssembly build (AES-256): with an empty user password (opens for anyone) or a real one. */
export function qpdfEncrypted(dir: string, name: string, source: Uint8Array, userPassword: string): Uint8Array {
  const input = path.join(dir, `${name}-plain.pdf`);
  const output = path.join(dir, `${name}.pdf`);
  writeFileSync(input, source);
  qpdf(['--encrypt', userPassword, 'owner-secret', '256', '--', input, output]);
  return new Uint8Array(readFileSync(output));
}

/** A plain one-page PDF written by hand, to encrypt. */
export function plainPdf(text: string): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    stream(pageContent(text)),
  ], '/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ');
}

/**
 * Three pages of which only the last is broken (/Resources as a stream): copying gets two pages
 * into the pack before it fails, and those two must not stay behind.
 */
export function brokenLastPagePdf(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>',
    ...[1, 2].map((n) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents ${6 + n} 0 R >>`),
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 10 0 R /Contents 9 0 R >>',
    FONT,
    ...[1, 2, 3].map((n) => stream(pageContent(`Half copied page ${n}`))),
    stream('', '/Font << /F1 6 0 R >> '),
  ]);
}
