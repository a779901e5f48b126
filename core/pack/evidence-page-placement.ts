import { PDFArray, PDFName, PDFNumber, PDFRef, PDFStream, type PDFContext, type PDFPage, type PDFPageLeaf } from '@cantoo/pdf-lib';
import { flattenAnnotations, operand } from './annotation-flattening';
import { VisualFrame } from './page-frame';
import { MAX_EVIDENCE_SCALE, evidenceArea, type Paper } from './page-geometry';

type Box = { x0: number; y0: number; x1: number; y1: number };

function boxOf(page: PDFPageLeaf, key: string): Box | undefined {
  const value = page.lookup(PDFName.of(key));
  if (!(value instanceof PDFArray) || value.size() !== 4) return undefined;
  const n = value.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN));
  if (!n.every(Number.isFinite)) return undefined;
  return { x0: Math.min(n[0]!, n[2]!), y0: Math.min(n[1]!, n[3]!), x1: Math.max(n[0]!, n[2]!), y1: Math.max(n[1]!, n[3]!) };
}

/** The page's content streams as they are, one reference each. */
function contentRefs(page: PDFPageLeaf, context: PDFContext): PDFRef[] {
  const contents = page.get(PDFName.of('Contents'));
  const items = contents instanceof PDFRef && context.lookup(contents) instanceof PDFArray ? (context.lookup(contents) as PDFArray).asArray() : contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return items.flatMap((item) => {
    if (item instanceof PDFRef) return context.lookup(item) instanceof PDFStream ? [item] : [];
    return item instanceof PDFStream ? [context.register(item)] : [];
  });
}

/** What the page's old geometry meant, dropped once it is placed on the paper. */
const OLD_GEOMETRY = ['Rotate', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox', 'UserUnit', 'Thumb', 'B'];

/**
 * Puts a copied evidence page on a page of the pack's paper, upright, without touching its own
 * content streams: they are wrapped between a new stream that sets the transform (its /Rotate baked
 * in, scaled to fit and centred between the label strip and the page-number band) and clips to
 * its crop box, and one that restores the state and paints its flattened annotations. The
 * label and page number go in a stream before them all, so whatever state the evidence leaves
 * behind cannot move them.
 */
export function placeEvidencePage(page: PDFPage, paper: Paper): VisualFrame {
  const { node } = page;
  const { context } = page.doc;
  const original = contentRefs(node, context);
  const media = boxOf(node, 'MediaBox') ?? { x0: 0, y0: 0, x1: 612, y1: 792 };
  const cropped = boxOf(node, 'CropBox') ?? media;
  let crop: Box = { x0: Math.max(cropped.x0, media.x0), y0: Math.max(cropped.y0, media.y0), x1: Math.min(cropped.x1, media.x1), y1: Math.min(cropped.y1, media.y1) };
  if (crop.x1 <= crop.x0 || crop.y1 <= crop.y0) crop = media;
  const rotate = node.lookup(PDFName.of('Rotate'));
  const angle = (((rotate instanceof PDFNumber ? Math.round(rotate.asNumber() / 90) * 90 : 0) % 360) + 360) % 360;

  const cw = Math.max(crop.x1 - crop.x0, 1e-3);
  const ch = Math.max(crop.y1 - crop.y0, 1e-3);
  const sideways = angle === 90 || angle === 270;
  const [vw, vh] = sideways ? [ch, cw] : [cw, ch];
  const area = evidenceArea(paper);
  const s = Math.min(area.width / vw, area.height / vh, MAX_EVIDENCE_SCALE);
  const ox = area.x + (area.width - vw * s) / 2;
  const oy = area.y + (area.height - vh * s) / 2;
  const { x0, y0, x1, y1 } = crop;
  // Source point → upright point: the inverse of the viewer's clockwise /Rotate, then scale and move.
  const matrix =
    angle === 90 ? [0, -s, s, 0, ox - s * y0, oy + s * x1]
    : angle === 180 ? [-s, 0, 0, -s, ox + s * x1, oy + s * y1]
    : angle === 270 ? [0, s, -s, 0, ox + s * y1, oy - s * x0]
    : [s, 0, 0, s, ox - s * x0, oy - s * y0];
  const place = `q ${matrix.map(operand).join(' ')} cm ${[x0, y0, cw, ch].map(operand).join(' ')} re W n`;

  const appearances = flattenAnnotations(node, context);
  const open = context.register(context.stream(`${place}\n`));
  const close = context.register(context.stream(appearances ? `\nQ\n${place}\n${appearances}\nQ\n` : '\nQ\n'));
  for (const key of OLD_GEOMETRY) node.delete(PDFName.of(key));
  node.set(PDFName.of('MediaBox'), context.obj([0, 0, paper.width, paper.height]));

  // pdf-lib's own drawing stream (made now, empty) takes the label strip and, later, the page number.
  page.pushOperators();
  const contents = node.lookup(PDFName.of('Contents'), PDFArray);
  const drawing = contents.get(contents.size() - 1);
  node.set(PDFName.of('Contents'), context.obj([drawing, open, ...original, close]));
  // Making the drawing stream adds an empty /Annots; evidence pages keep none.
  node.delete(PDFName.of('Annots'));
  return new VisualFrame(page);
}
