import { execFileSync } from 'node:child_process';
import path from 'node:path';
import sharp from 'sharp';
import type { PdfFile } from './pdf-tools';

/** Each page's size in points and its /Rotate, as pdfinfo reports them. */
export function pageBoxes(pdf: PdfFile, pages: number): { width: number; height: number; rotate: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf.file], { encoding: 'utf8' });
  const boxes: { width: number; height: number; rotate: number }[] = [];
  for (const match of out.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) boxes[Number(match[1]) - 1] = { width: Number(match[2]), height: Number(match[3]), rotate: -1 };
  for (const match of out.matchAll(/^Page\s+(\d+) rot:\s+(\d+)/gm)) boxes[Number(match[1]) - 1]!.rotate = Number(match[2]);
  return boxes;
}

type QpdfObject = { value?: unknown; stream?: { dict: Record<string, unknown>; data?: string } };

/** Every object of the file as qpdf reads it, stream data raw (still encoded) in base64. */
export function qpdfObjects(pdf: PdfFile): Record<string, QpdfObject> {
  const json = execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=none', pdf.file], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return (JSON.parse(json) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf[1];
}

/** The page dictionaries in the file. */
export function pageDicts(objects: Record<string, QpdfObject>): Record<string, unknown>[] {
  return Object.values(objects)
    .map((o) => o.value)
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && (v as Record<string, unknown>)['/Type'] === '/Page');
}

/** The raw bytes of a page's content streams in the file, in order (qpdf resolves the references). */
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

/** One page rendered by pdftoppm at `dpi`, as RGB pixels. */
export async function renderPage(pdf: PdfFile, page: number, dpi: number, dir: string): Promise<Render> {
  const stem = path.join(dir, `render-${path.basename(pdf.file)}-${page}-${dpi}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', '-f', String(page), '-l', String(page), pdf.file, stem]);
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
