import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Portfolio } from '../../../../core/model/portfolio';
import { PackOptions } from '../../../../core/pack/pack-options';
import type { SectionLayoutStore } from '../../../../core/pack/section-cache';
import { writePack, type WrittenPack } from '../../../../core/pack/write-pack';
import { MapEvidence, loadFonts, loadFramework, makePdf, makePortfolio } from './pack-fixtures';
import { makeTempDir } from '../../../support/temp-dir';
import { MemoryStore } from './memory-layout-store';
import { PdfFile } from './pdf-tools';

const fonts = loadFonts();
const framework = loadFramework('sc-rscitech');
const options = PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' });

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let evidence: MapEvidence;
let portfolio: Portfolio;

const cpdRecord = (n: number) => ({
  id: `cpd-many-${n}`,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  title: `Fume cupboard checks, round ${n}`,
  startDate: `2025-${String((n % 12) + 1).padStart(2, '0')}-10`,
  hours: 2,
  category: 'work-based' as const,
  reflection: { model: 'free' as const, answers: { text: `Round ${n}: I measured the face velocity of every cupboard and logged the readings. `.repeat(8) } },
});

afterAll(() => temp.remove());
beforeAll(async () => {
  temp = await makeTempDir('techfolio-section-cache-');
  evidence = new MapEvidence();
  const base = makePortfolio(evidence, [
    { title: 'Autoclave validation report', bytes: await makePdf('Validation report', 3), mediaType: 'application/pdf', originalName: 'report.pdf', codes: ['A1'] },
    { title: 'Freezer move plan', bytes: await makePdf('Freezer plan', 2), mediaType: 'application/pdf', originalName: 'plan.pdf', codes: ['B1', 'A1'] },
  ]);
  portfolio = Portfolio.parse({ ...base, cpd: [...base.cpd, ...Array.from({ length: 30 }, (_, n) => cpdRecord(n))] });
});

const pack = (p: Portfolio, store?: SectionLayoutStore, packFonts = fonts): Promise<WrittenPack> => writePack({ portfolio: p, framework, options, fonts: packFonts, evidence, sectionCache: store });
const same = (a: WrittenPack, b: WrittenPack) => Buffer.from(a.bytes).equals(Buffer.from(b.bytes));
const withCpd = (p: Portfolio, id: string, change: (r: Portfolio['cpd'][number]) => Portfolio['cpd'][number]): Portfolio => ({ ...p, cpd: p.cpd.map((r) => (r.id === id ? change(r) : r)) });

describe('the laid-out section cache', { timeout: 120_000 }, () => {
  it('gives the same bytes from a cold cache, a warm one and no cache at all', async () => {
    const store = new MemoryStore();
    const plain = await pack(portfolio);
    const cold = await pack(portfolio, store);
    const warm = await pack(portfolio, store);
    expect(cold.sectionCache?.hits).toBe(0);
    expect(cold.sectionCache?.misses).toBe(10);
    expect(warm.sectionCache).toEqual({ hits: cold.sectionCache!.misses, misses: 0, laidOut: [] });
    expect(same(cold, plain)).toBe(true);
    expect(same(warm, plain)).toBe(true);
    expect(warm.pages).toBeGreaterThan(10);
  });

  it('lays out only the CPD section after one CPD record changed, and keeps only the entries that pack used', async () => {
    const store = new MemoryStore();
    await pack(portfolio, store);
    const entries = store.entries.size;
    const edited = withCpd(portfolio, 'cpd-many-4', (r) => ({ ...r, title: `${r.title} (revised, with a title long enough to wrap onto a second line of the table)` }));
    const warm = await pack(edited, store);
    expect(warm.sectionCache?.laidOut).toEqual(['CPD record']);
    expect(same(warm, await pack(edited))).toBe(true);
    expect(PdfFile.write(temp.dir, 'edited.pdf', warm.bytes).text()).toContain('revised, with a title');
    expect(store.entries.size).toBe(entries);
  });

  it('keeps evidence page numbers and links right when an earlier section grows by pages', async () => {
    const store = new MemoryStore();
    await pack(portfolio, store);
    const longer = [...portfolio.cpd, ...Array.from({ length: 25 }, (_, n) => cpdRecord(100 + n))];
    const grown = Portfolio.parse({ ...portfolio, cpd: longer });
    const warm = await pack(grown, store);
    // The training register follows on the CPD record's last page, now at another height, so it is
    // laid out again; the index and declaration start pages later than before and are replayed.
    expect(warm.sectionCache?.laidOut).toEqual(['CPD record', 'Training register']);
    expect(warm.sectionCache?.hits).toBe(8);
    const cold = await pack(grown);
    expect(same(warm, cold)).toBe(true);
    expect(warm.sections).toEqual(cold.sections);
    expect(warm.citations).toEqual(cold.citations);
  });

  it('lays out again, the same, after a change of fonts', async () => {
    const store = new MemoryStore();
    await pack(portfolio, store);
    const swapped = { regular: fonts.bold, bold: fonts.regular };
    const warm = await pack(portfolio, store, swapped);
    expect(warm.sectionCache?.hits).toBe(0);
    expect(same(warm, await pack(portfolio, undefined, swapped))).toBe(true);
  });

  it('ignores entries it cannot read or parse, lays those sections out and writes them again', async () => {
    const store = new MemoryStore();
    const cold = await pack(portfolio, store);
    const keys = [...store.entries.keys()];
    const spoilt = ['{', '[]', JSON.stringify({ runs: [], ops: [{ op: 'text', page: 3, text: 'x', x: 0, y: 0, size: 9, font: 0 }], refs: [], marks: [], endPage: 0, endY: 0 }), ''];
    keys.forEach((key, i) => store.entries.set(key, spoilt[i % spoilt.length]!));
    const again = await pack(portfolio, store);
    expect(again.sectionCache?.hits).toBe(0);
    expect(same(again, cold)).toBe(true);
    const warm = await pack(portfolio, store);
    expect(warm.sectionCache?.misses).toBe(0);
    store.failReads = true;
    const unreadable = await pack(portfolio, store);
    expect(unreadable.sectionCache?.hits).toBe(0);
    expect(same(unreadable, cold)).toBe(true);
  });
});
