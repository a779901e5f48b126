import path from 'node:path';
import sharp from 'sharp';
import { readPdf } from '../../../support/pdf-reader';
import { renderPages } from '../../../support/pdfjs-pages.mjs';
import { qpdf } from '../../../support/qpdf';
import type { PdfFile } from './pdf-tools';

/** Pages 1..`pages`: each one's size in points (its crop box, before turning) and its /Rotate, as pdfinfo reports them. */
export function pageBoxes(pdf: PdfFile, pages: number): { width: number; height: number; rotate: number }[] {
  // pdfinfo prints sizes to six significant digits; so does this, to compare with the same numbers.
  const round = (n: number) => Number(n.toPrecision(6));
  return readPdf(pdf.file)
    .pages.slice(0, pages)
    .map((page) => ({ width: round(page.width), height: round(page.height), rotate: page.rotate }));
}

type QpdfObject = { value?: unknown; stream?: { dict: Record<string, unknown>; data?: string } };

/** Every object of the file as qpdf reads it, stream data raw (still encoded) in base64. */
export function qpdfObjects(pdf: PdfFile): Record<string, QpdfObject> {
  const json = qpdf(['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=none', pdf.file]);
  return (JSON.parse(json) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf[1];
}

/** The page dictionaries in the file. */
export function pageDicts(objects: Record<string, QpdfObject>): Record<string, unknown>[] {
  return Object.values(objects)
    .map((o) => o.value)
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && (v as Record<string, unknown>)['/Type'] === '/Page');
}

/** The raw bytes of a page's content streams in the file, in order (qpdf has resolved the references). */
export function contentStreamData(objects: Record<string, QpdfObject>, page: Record<string, unknown>): Buffer[] {
  const contents = page['/Contents'];
  const refs = Array.isArray(contents) ? (contents as string[]) : [contents as string];
  return refs.map((ref) => Buffer.from(objects[`obj:${ref}`]!.stream!.data!, 'base64'));
}

export interface Render {
  width: number;
  height: number;
  at(x: number, y: number): [number, number, number];
}

/** One page rendered by pdf.js at `dpi`, as RGB pixels. */
export async function renderPage(pdf: PdfFile, page: number, dpi: number, dir: string): Promise<Render> {
  const stem = path.join(dir, `render-${path.basename(pdf.file)}-${page}-${dpi}`);
  await renderPages(pdf.file, { dpi, first: page, last: page, stem, single: true });
  const { data, info } = await sharp(`${stem}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    at: (x, y) => {
      const i = (y * info.width + x) * 3;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

/** The bounding box (in pixels, top-left origin) of the pixels a test picks, inside rows [top, bottom). */
export function pixelBox(render: Render, pick: (rgb: [number, number, number], x: number, y: number) => boolean, top = 0, bottom = render.height): { x0: number; y0: number; x1: number; y1: number; count: number; cx: number; cy: number } | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < render.width; x++) {
      if (!pick(render.at(x, y), x, y)) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x + 1);
      y1 = Math.max(y1, y + 1);
      count += 1;
      sx += x + 0.5;
      sy += y + 0.5;
    }
  }
  return count === 0 ? undefined : { x0, y0, x1, y1, count, cx: sx / count, cy: sy / count };
}

/**
 * The fonts of the file, one line each as pdffonts lists them: name, type, encoding, and yes/no for
 * embedded, subset and Unicode map. Read from the objects qpdf lists.
 */
export function fontTable(objects: Record<string, QpdfObject>): string {
  const resolve = (v: unknown): Record<string, unknown> | undefined => {
    const ref = Array.isArray(v) ? v[0] : v;
    const value = typeof ref === 'string' && / R$/.test(ref) ? (objects[`obj:${ref}`]?.value ?? objects[`obj:${ref}`]?.stream?.dict) : ref;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  };
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  const rows: string[] = [];
  for (const object of Object.values(objects)) {
    const font = object.value as Record<string, unknown> | undefined;
    if (font?.['/Type'] !== '/Font' || font['/Subtype'] === '/CIDFontType0' || font['/Subtype'] === '/CIDFontType2') continue;
    const name = String(font['/BaseFont'] ?? '[none]').replace(/^\//, '');
    const descendant = font['/Subtype'] === '/Type0' ? resolve(font['/DescendantFonts']) : undefined;
    const descriptor = resolve((descendant ?? font)['/FontDescriptor']);
    const file3 = resolve(descriptor?.['/FontFile3']);
    const type =
      descendant !== undefined
        ? descendant['/Subtype'] === '/CIDFontType2'
          ? 'CID TrueType'
          : descriptor?.['/FontFile3'] !== undefined
            ? 'CID Type 0C'
            : 'CID Type 0'
        : ({ '/Type1': file3 ? 'Type 1C' : 'Type 1', '/MMType1': 'Type 1', '/TrueType': 'TrueType', '/Type3': 'Type 3' } as Record<string, string>)[String(font['/Subtype'])] ?? 'unknown';
    const encoding = typeof font['/Encoding'] === 'string' ? font['/Encoding'].replace(/^\//, '').replace(/Encoding$/, '') : font['/Encoding'] ? 'Custom' : 'Builtin';
    const embedded = ['/FontFile', '/FontFile2', '/FontFile3'].some((key) => descriptor?.[key] !== undefined);
    rows.push(`${name} ${type} ${encoding} ${yes(embedded)} ${yes(/^[A-Z]{6}\+/.test(name))} ${yes(font['/ToUnicode'] !== undefined)}`);
  }
  return rows.join('\n');
}
