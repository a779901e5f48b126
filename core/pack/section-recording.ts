import { ColorTypes, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { z } from 'zod';
import type { Flow, TableRowPlace } from './flow';
import type { SectionMark } from './pack-sections';
import type { EvidencePageRefs } from './page-refs';
import type { DrawOptions } from './typesetter';

const Color = z.union([
  z.object({ type: z.literal(ColorTypes.RGB), red: z.number(), green: z.number(), blue: z.number() }).strict(),
  z.object({ type: z.literal(ColorTypes.Grayscale), gray: z.number() }).strict(),
  z.object({ type: z.literal(ColorTypes.CMYK), cyan: z.number(), magenta: z.number(), yellow: z.number(), key: z.number() }).strict(),
]);
const Point = z.object({ x: z.number(), y: z.number() }).strict();
const LineOptions = z.object({ start: Point, end: Point, thickness: z.number().optional(), color: Color.optional() }).strict();
const RectOptions = z
  .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), color: Color.optional(), borderColor: Color.optional(), borderWidth: z.number().optional() })
  .strict();
const Page = z.number().int().nonnegative();
const Place = z.object({ page: Page, top: z.number(), bottom: z.number(), firstBaseline: z.number(), size: z.number(), xs: z.array(z.number()), widths: z.array(z.number()) }).strict();

/** A line of text: its page, x, y, size, font (0 regular, 1 bold) and text, then its colour and rotation when it has either. Arrays, not objects: a long section has tens of thousands. */
type TextOp = [number, number, number, number, 0 | 1, string] | [number, number, number, number, 0 | 1, string, z.infer<typeof Color> | null, number | null];
const ObjectOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('page') }).strict(),
  z.object({ op: z.literal('line'), page: Page, options: LineOptions }).strict(),
  z.object({ op: z.literal('rect'), page: Page, options: RectOptions }).strict(),
]);
type Op = TextOp | z.infer<typeof ObjectOp>;
const RefCall = z.discriminatedUnion('call', [
  z.object({ call: z.literal('cell'), place: Place, column: z.number().int(), evidenceId: z.string(), show: z.enum(['start', 'count']), linkRow: z.boolean() }).strict(),
  z.object({ call: z.literal('type'), place: Place, column: z.number().int(), evidenceId: z.string(), text: z.string() }).strict(),
]);
const Shape = z
  .object({
    runs: z.array(z.unknown()),
    ops: z.array(z.unknown()),
    refs: z.array(RefCall),
    marks: z.array(z.object({ title: z.string(), page: Page, level: z.union([z.literal(0), z.literal(1)]) }).strict()),
    endPage: Page,
    endY: z.number(),
  })
  .strict();

/**
 * A section as it was laid out, free of absolute page numbers: every page it added, each line of
 * text (as text, not glyph ids, which depend on what the pages before used first) and rule it drew
 * on its pages (0 is the page it started on), the evidence page references and bookmarks it left
 * for later, the runs of text it measured in the order it measured them, and where it ended.
 */
export interface SectionLayout extends Omit<z.infer<typeof Shape>, 'runs' | 'ops'> {
  runs: [0 | 1, string][];
  ops: Op[];
}

const isFinite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isFont = (v: unknown): v is 0 | 1 => v === 0 || v === 1;

/** A kept layout checked whole (shapes, numbers, every page it names), or undefined: nothing half-valid is replayed. */
export function parseSectionLayout(value: unknown): SectionLayout | undefined {
  const shape = Shape.safeParse(value);
  if (!shape.success) return undefined;
  const { runs, ops } = shape.data;
  if (!runs.every((r) => Array.isArray(r) && r.length === 2 && isFont(r[0]) && typeof r[1] === 'string')) return undefined;
  let pages = 1;
  for (const o of ops) {
    if (Array.isArray(o)) {
      const [page, x, y, size, font, text, color, rotate] = o as unknown[];
      const plain = o.length === 6;
      const dressed = o.length === 8 && (color === null || Color.safeParse(color).success) && (rotate === null || isFinite(rotate));
      if (!(plain || dressed) || !Number.isInteger(page) || (page as number) < 0 || (page as number) >= pages || !isFinite(x) || !isFinite(y) || !isFinite(size) || !isFont(font) || typeof text !== 'string') return undefined;
    } else {
      const parsed = ObjectOp.safeParse(o);
      if (!parsed.success) return undefined;
      if (parsed.data.op === 'page') pages += 1;
      else if (parsed.data.page >= pages) return undefined;
    }
  }
  const layout = shape.data as SectionLayout;
  return layout.endPage < pages && layout.refs.every((r) => r.place.page < pages) && layout.marks.every((m) => m.page < pages) ? layout : undefined;
}

type Place = z.infer<typeof Place>;

/** Page methods that draw: a section calling one other than through the recorded ones cannot be replayed. */
const UNRECORDED = ['pushOperators', 'drawText', 'drawImage', 'drawPage', 'drawSvgPath', 'drawEllipse', 'drawCircle', 'drawSquare'] as const;

type Patchable = Record<string, unknown>;

/**
 * Draws a section as usual while noting everything it does to the document, so a later pack can
 * replay it (replaySection) without laying it out again. Returns undefined when the section did
 * something that is not recorded (drew on a page by another means, used another font): such a
 * layout must not be kept.
 */
export function recordSection(flow: Flow, refs: EvidencePageRefs, marks: SectionMark[], draw: () => void): SectionLayout | undefined {
  const { type } = flow;
  const fontIndex = new Map<PDFFont, 0 | 1>([
    [flow.fonts.regular, 0],
    [flow.fonts.bold, 1],
  ]);
  const pages = new Map<PDFPage, number>([[flow.page, 0]]);
  const ops: Op[] = [];
  const refCalls: SectionLayout['refs'] = [];
  const runs: SectionLayout['runs'] = [];
  const seen = [new Set<string>(), new Set<string>()];
  const firstMark = marks.length;
  const patched: Patchable[] = [];
  let sound = true;
  let depth = 0;

  const pageOf = (page: PDFPage): number => {
    const index = pages.get(page);
    if (index === undefined) sound = false;
    return index ?? 0;
  };
  const patch = (target: object, name: string, replacement: unknown) => {
    (target as Patchable)[name] = replacement;
    patched.push(target as Patchable);
  };
  const inside = <T>(body: () => T): T => {
    depth += 1;
    try {
      return body();
    } finally {
      depth -= 1;
    }
  };
  const watchPage = (page: PDFPage) => {
    for (const name of UNRECORDED) {
      const original = (page as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!.bind(page);
      patch(page, name, (...args: unknown[]) => {
        if (depth === 0) sound = false;
        return original(...args);
      });
    }
    const drawLine = page.drawLine.bind(page);
    patch(page, 'drawLine', (options: Parameters<PDFPage['drawLine']>[0]) => {
      const parsed = LineOptions.safeParse(options);
      if (parsed.success) ops.push({ op: 'line', page: pageOf(page), options: parsed.data });
      else sound = false;
      inside(() => drawLine(options));
    });
    const drawRectangle = page.drawRectangle.bind(page);
    patch(page, 'drawRectangle', (options: Parameters<PDFPage['drawRectangle']>[0]) => {
      const parsed = RectOptions.safeParse(options);
      if (parsed.success) ops.push({ op: 'rect', page: pageOf(page), options: parsed.data });
      else sound = false;
      inside(() => drawRectangle(options));
    });
  };
  const placeOf = (place: TableRowPlace): Place => ({ page: pageOf(place.page), top: place.top, bottom: place.bottom, firstBaseline: place.firstBaseline, size: place.size, xs: [...place.xs], widths: [...place.widths] });

  watchPage(flow.page);
  const newPage = flow.newPage.bind(flow);
  patch(flow, 'newPage', () => {
    const page = newPage();
    pages.set(page, pages.size);
    ops.push({ op: 'page' });
    watchPage(page);
    return page;
  });
  const drawText = type.draw.bind(type);
  patch(type, 'draw', (page: PDFPage, text: string, options: DrawOptions) => {
    const font = fontIndex.get(options.font);
    const color = options.color === undefined ? undefined : Color.safeParse(options.color);
    if (font === undefined || (color && !color.success)) sound = false;
    else if (text) {
      const at = pageOf(page);
      if (color === undefined && options.rotate === undefined) ops.push([at, options.x, options.y, options.size, font, text]);
      else ops.push([at, options.x, options.y, options.size, font, text, color?.success ? color.data : null, options.rotate ?? null]);
    }
    inside(() => drawText(page, text, options));
  });
  const inTableCell = refs.inTableCell.bind(refs);
  patch(refs, 'inTableCell', (place: TableRowPlace, column: number, evidenceId: string, show: 'start' | 'count' = 'start', linkRow = true) => {
    refCalls.push({ call: 'cell', place: placeOf(place), column, evidenceId, show, linkRow });
    inTableCell(place, column, evidenceId, show, linkRow);
  });
  const typeCell = refs.typeCell.bind(refs);
  patch(refs, 'typeCell', (place: TableRowPlace, column: number, evidenceId: string, text: string) => {
    refCalls.push({ call: 'type', place: placeOf(place), column, evidenceId, text });
    typeCell(place, column, evidenceId, text);
  });
  type.observer = (run, font) => {
    const index = fontIndex.get(font);
    if (index === undefined) sound = false;
    else if (!seen[index]!.has(run)) {
      seen[index]!.add(run);
      runs.push([index, run]);
    }
  };
  const base = flow.pageIndex;
  try {
    draw();
  } finally {
    type.observer = undefined;
    // The instance properties go; the prototype's methods show through again.
    for (const target of patched) for (const name of [...UNRECORDED, 'drawLine', 'drawRectangle', 'newPage', 'draw', 'inTableCell', 'typeCell']) delete target[name];
  }
  const newMarks = marks.slice(firstMark).map((m) => ({ title: m.title, page: m.pageIndex - base, level: m.level }));
  if (!sound || newMarks.some((m) => m.page < 0 || m.page >= pages.size)) return undefined;
  return { runs, ops, refs: refCalls, marks: newMarks, endPage: pageOf(flow.page), endY: flow.y };
}

/** Puts a recorded section into the document exactly as drawing it would have, at the flow's position. */
export function replaySection(flow: Flow, refs: EvidencePageRefs, marks: SectionMark[], layout: SectionLayout): void {
  const { type } = flow;
  const fonts = [flow.fonts.regular, flow.fonts.bold] as const;
  for (const [font, run] of layout.runs) type.touch(run, fonts[font]);
  const base = flow.pageIndex;
  const pages: PDFPage[] = [flow.page];
  for (const o of layout.ops) {
    if (Array.isArray(o)) {
      const [page, x, y, size, font, text, color, rotate] = o;
      type.draw(pages[page]!, text, { x, y, size, font: fonts[font], ...(color ? { color } : {}), ...(rotate !== undefined && rotate !== null ? { rotate } : {}) });
    } else if (o.op === 'page') pages.push(flow.newPage());
    else if (o.op === 'line') pages[o.page]!.drawLine(o.options);
    else pages[o.page]!.drawRectangle(o.options);
  }
  const placeOf = (p: Place): TableRowPlace => ({ ...p, page: pages[p.page]! });
  for (const r of layout.refs) {
    if (r.call === 'cell') refs.inTableCell(placeOf(r.place), r.column, r.evidenceId, r.show, r.linkRow);
    else refs.typeCell(placeOf(r.place), r.column, r.evidenceId, r.text);
  }
  for (const m of layout.marks) marks.push({ title: m.title, pageIndex: base + m.page, level: m.level });
  flow.page = pages[layout.endPage]!;
  flow.y = layout.endY;
}
