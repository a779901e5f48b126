import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFContext, type PDFDocument, type PDFObject, type PDFPageLeaf } from '@cantoo/pdf-lib';

/** Annotation flags (ISO 32000-1 §12.5.3). */
const HIDDEN = 1 << 1;
const PRINT = 1 << 2;
const NO_VIEW = 1 << 5;

/** Annotations that never print as marks of their own: links go nowhere in a pack, popups belong to a parent note. */
const NEVER_PRINTED = new Set(['/Link', '/Popup']);

type Matrix = [number, number, number, number, number, number];

const numbers = (value: PDFObject | undefined, count: number): number[] | undefined => {
  if (!(value instanceof PDFArray) || value.size() !== count) return undefined;
  const out = value.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN));
  return out.every(Number.isFinite) ? out : undefined;
};

/**
 * The normal appearance stream a printed copy of the annotation shows, or undefined when it shows
 * nothing: a link or popup, hidden or not marked for printing, or with no appearance (or none for
 * its current state).
 */
export function printableAppearance(annot: PDFDict, context: PDFContext): PDFRef | undefined {
  const subtype = annot.get(PDFName.of('Subtype'));
  if (subtype instanceof PDFName && NEVER_PRINTED.has(subtype.asString())) return undefined;
  const flags = annot.lookup(PDFName.of('F'));
  const f = flags instanceof PDFNumber ? flags.asNumber() : 0;
  if (f & HIDDEN || f & NO_VIEW || !(f & PRINT)) return undefined;
  const rect = numbers(annot.lookup(PDFName.of('Rect')), 4);
  if (!rect || rect[0] === rect[2] || rect[1] === rect[3]) return undefined;
  const ap = annot.lookup(PDFName.of('AP'));
  if (!(ap instanceof PDFDict)) return undefined;
  let normal = ap.get(PDFName.of('N'));
  if (normal instanceof PDFRef && context.lookup(normal) instanceof PDFDict) normal = context.lookup(normal);
  if (normal instanceof PDFDict) {
    // A check box or radio button: one appearance per state, the current one named by /AS.
    const state = annot.lookup(PDFName.of('AS'));
    normal = state instanceof PDFName ? normal.get(state) : undefined;
  }
  return normal instanceof PDFRef && context.lookup(normal) instanceof PDFStream ? normal : undefined;
}

/**
 * Drops, before the pages are copied, every annotation that would not print: copying a link also
 * copies the pages its destination names, and tens of thousands of dead links make some readers
 * give up on later pages.
 */
export function dropUnprintableAnnotations(doc: PDFDocument): void {
  const { context } = doc;
  for (const page of doc.getPages()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) {
      page.node.delete(PDFName.of('Annots'));
      continue;
    }
    const kept = annots.asArray().filter((entry) => {
      const annot = entry instanceof PDFRef ? context.lookup(entry) : entry;
      return annot instanceof PDFDict && printableAppearance(annot, context) !== undefined;
    });
    if (kept.length === 0) page.node.delete(PDFName.of('Annots'));
    else page.node.set(PDFName.of('Annots'), context.obj(kept));
  }
}

/** Points of a rectangle's corners under a matrix, as the bounding box [x0 y0 x1 y1]. */
function transformedBox(box: number[], m: Matrix): [number, number, number, number] {
  const [x0, y0, x1, y1] = box as [number, number, number, number];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[x0, y0], [x1, y0], [x0, y1], [x1, y1]] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A number as content-stream text: short, never exponential. */
export const operand = (n: number): string => {
  const text = (Math.round(n * 10000) / 10000).toFixed(4).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
};

/**
 * Takes the page's remaining annotations off it and returns the operators that paint their normal
 * appearances instead, in the page's own coordinates: each appearance form is named in the page's
 * resources and drawn with the matrix that maps its transformed BBox onto the annotation's Rect
 * (ISO 32000-1 §12.5.5), so a filled form shows its values with no annotation left to print.
 */
export function flattenAnnotations(page: PDFPageLeaf, context: PDFContext): string {
  const annots = page.lookup(PDFName.of('Annots'));
  page.delete(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) return '';
  let resources = page.lookup(PDFName.of('Resources'));
  if (!(resources instanceof PDFDict)) {
    resources = context.obj({});
    page.set(PDFName.of('Resources'), resources);
  }
  const res = resources as PDFDict;
  let xobjects = res.lookup(PDFName.of('XObject'));
  if (!(xobjects instanceof PDFDict)) {
    xobjects = context.obj({});
    res.set(PDFName.of('XObject'), xobjects);
  }
  const names = xobjects as PDFDict;
  const ops: string[] = [];
  for (const entry of annots.asArray()) {
    const annot = entry instanceof PDFRef ? context.lookup(entry) : entry;
    if (!(annot instanceof PDFDict)) continue;
    const ref = printableAppearance(annot, context);
    if (!ref) continue;
    const form = context.lookup(ref) as PDFStream;
    const bbox = numbers(form.dict.lookup(PDFName.of('BBox')), 4);
    if (!bbox) continue;
    const matrix = (numbers(form.dict.lookup(PDFName.of('Matrix')), 6) ?? [1, 0, 0, 1, 0, 0]) as Matrix;
    const [bx0, by0, bx1, by1] = transformedBox(bbox, matrix);
    const r = numbers(annot.lookup(PDFName.of('Rect')), 4)!;
    const [rx0, ry0, rx1, ry1] = [Math.min(r[0]!, r[2]!), Math.min(r[1]!, r[3]!), Math.max(r[0]!, r[2]!), Math.max(r[1]!, r[3]!)];
    if (bx1 - bx0 <= 0 || by1 - by0 <= 0) continue;
    const sx = (rx1 - rx0) / (bx1 - bx0);
    const sy = (ry1 - ry0) / (by1 - by0);
    // Drawn with Do, a form needs its subtype; some writers leave it out of appearance streams.
    if (!form.dict.get(PDFName.of('Subtype'))) form.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
    const name = names.uniqueKey('TfAp');
    names.set(name, ref);
    ops.push(`q ${[sx, 0, 0, sy, rx0 - sx * bx0, ry0 - sy * by0].map(operand).join(' ')} cm ${name.asString()} Do Q`);
  }
  // The copied annotations (and their popups) are referenced from nowhere now: not written at all.
  for (const entry of annots.asArray()) {
    if (!(entry instanceof PDFRef)) continue;
    const annot = context.lookup(entry);
    const popup = annot instanceof PDFDict ? annot.get(PDFName.of('Popup')) : undefined;
    if (popup instanceof PDFRef) context.delete(popup);
    context.delete(entry);
  }
  return ops.join('\n');
}
