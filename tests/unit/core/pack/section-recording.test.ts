import { rgb } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { Flow } from '../../../../core/pack/flow';
import { createPackDocument } from '../../../../core/pack/pack-document';
import type { SectionMark } from '../../../../core/pack/pack-sections';
import { EvidencePageRefs } from '../../../../core/pack/page-refs';
import { SECTION_LAYOUT_VERSION, SectionCache, plainJson } from '../../../../core/pack/section-cache';
import { recordSection } from '../../../../core/pack/section-recording';
import { MemoryStore } from './memory-layout-store';
import { loadFonts } from './pack-fixtures';

const fonts = loadFonts();

/** A document with one page of text already on it, as sections meet it after the cover. */
async function start() {
  const { doc, fonts: packFonts, type } = await createPackDocument(fonts);
  const flow = new Flow(doc, type, packFonts);
  flow.newPage();
  flow.paragraph('Cover text');
  return { doc, flow, refs: new EvidencePageRefs(), marks: [] as SectionMark[] };
}

/**
 * Measures text it never draws (so the font subset learns glyphs in an order drawing alone would
 * not give), wraps a field label over two lines, runs over pages, draws a box and leaves a
 * bookmark and an evidence reference for later.
 */
function section(flow: Flow, refs: EvidencePageRefs, marks: SectionMark[]): void {
  flow.type.width('Ωμέγα ζ', flow.fonts.bold, 9);
  flow.field('A label long enough to wrap onto a second line', 'Its value, ÿ and þ');
  for (let i = 0; i < 60; i++) flow.paragraph(`Line ${i}: the fume cupboard readings.`);
  marks.push({ title: 'Part', pageIndex: flow.pageIndex, level: 1 });
  flow.page.drawRectangle({ x: 50, y: flow.y - 40, width: 100, height: 30, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
  flow.table([{ header: 'Evidence', share: 0.8 }, { header: 'Page', share: 0.2, align: 'right' }], [['Ev 1', '']], 8, (_, place) => refs.inTableCell(place, 1, 'ev-1'));
}

async function made(store: MemoryStore, version = SECTION_LAYOUT_VERSION) {
  const { doc, flow, refs, marks } = await start();
  const cache = new SectionCache(store, fonts, version);
  await cache.section(flow, refs, marks, 'Section', { n: 1 }, () => section(flow, refs, marks));
  flow.paragraph('After the section');
  refs.resolve(doc, flow.type, flow.fonts.regular, new Map([['ev-1', { pageIndex: 0, pageCount: 1 }]]));
  await cache.finish();
  return { bytes: await doc.save({ useObjectStreams: true, addDefaultPage: false }), marks, counts: cache.counts };
}

describe('recording and replaying a section', { timeout: 60_000 }, () => {
  it('replays to the same bytes, glyph order, bookmarks and references as drawing', async () => {
    const store = new MemoryStore();
    const drawn = await made(store);
    const replayed = await made(store);
    expect(drawn.counts.misses).toBe(1);
    expect(replayed.counts).toEqual({ hits: 1, misses: 0, laidOut: [] });
    expect(replayed.marks).toEqual(drawn.marks);
    expect(drawn.marks.some((m) => m.title === 'Part' && m.pageIndex > 0)).toBe(true);
    expect(Buffer.from(replayed.bytes).equals(Buffer.from(drawn.bytes))).toBe(true);
  });

  it('lays out again under another layout version', async () => {
    const store = new MemoryStore();
    await made(store);
    const next = await made(store, SECTION_LAYOUT_VERSION + 1);
    expect(next.counts.misses).toBe(1);
    // Only the entry the last pack used is kept.
    expect(store.entries.size).toBe(1);
  });

  it('keeps no layout of a section that drew by a means it does not record', async () => {
    const { flow, refs, marks } = await start();
    const layout = recordSection(flow, refs, marks, () => {
      flow.paragraph('Recorded');
      flow.page.drawCircle({ x: 100, y: 100, size: 5 });
    });
    expect(layout).toBeUndefined();
    // The page is itself again afterwards: nothing of the recording is left on it.
    expect(Object.keys(flow.page)).not.toContain('drawCircle');
    expect(recordSection(flow, refs, marks, () => flow.paragraph('Recorded'))).toBeDefined();
  });

  it('refuses inputs whose JSON would not say all of them', () => {
    expect(plainJson({ a: [1, 'x', null, { b: true }] })).toBe('{"a":[1,"x",null,{"b":true}]}');
    expect(plainJson({ a: undefined })).not.toBe(plainJson({}));
    for (const bad of [{ m: new Map([[1, 2]]) }, { d: new Date(0) }, { n: Number.NaN }, { f: () => 1 }]) expect(() => plainJson(bad)).toThrow();
  });
});
