import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { fileSectionStore, packSectionCacheDir } from '../../../../electron/pack/pack-section-cache';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, makePortfolio } from '../../core/pack/pack-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let backend: Backend;
let dataDir: string;

beforeEach(async () => {
  temp = await makeTempDir('techfolio-section-cache-');
  dataDir = path.join(temp.dir, 'data');
  backend = await openTestBackend(dataDir);
  const records = makePortfolio(new MapEvidence());
  backend.portfolio.update((current) => ({ next: { ...current, ...records, evidence: [] }, result: null }));
});
afterEach(async () => {
  await backend.close();
  await temp.remove();
});

const makePack = async () => {
  const made = await backend.api.makePack({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
  return readFile(path.join(dataDir, 'exports', `${made.exportId}.pdf`));
};
const entries = async () => (await readdir(packSectionCacheDir(dataDir))).sort();

describe('cache/pack-sections', { timeout: 60_000 }, () => {
  it('is filled by the worker, gives the same pack warm as cold, and survives spoilt entries and being deleted', async () => {
    const cold = await makePack();
    const kept = await entries();
    expect(kept.length).toBeGreaterThanOrEqual(10);
    expect(kept.every((name) => /^[0-9a-f]{64}\.json$/.test(name))).toBe(true);
    // Private like the rest of the data folder: what the portfolio says is in these files.
    if (process.platform !== 'win32') for (const name of kept) expect((await stat(path.join(packSectionCacheDir(dataDir), name))).mode & 0o077).toBe(0);
    expect((await makePack()).equals(cold)).toBe(true);
    expect(await entries()).toEqual(kept);

    const dir = packSectionCacheDir(dataDir);
    await Promise.all(kept.map((name, i) => writeFile(path.join(dir, name), i % 2 ? '' : '{"runs":')));
    expect((await makePack()).equals(cold)).toBe(true);
    // Rewritten whole.
    for (const name of kept) expect(JSON.parse(await readFile(path.join(dir, name), 'utf8'))).toHaveProperty('ops');

    await rm(dir, { recursive: true });
    expect((await makePack()).equals(cold)).toBe(true);
    expect(await entries()).toEqual(kept);
  });

  it('after one CPD record changed, replaces only its section\'s entry', async () => {
    await makePack();
    const before = await entries();
    backend.portfolio.update((current) => ({ next: { ...current, cpd: current.cpd.map((r, i) => (i === 1 ? { ...r, title: `${r.title} (revised)` } : r)) }, result: null }));
    const warm = await makePack();
    const after = await entries();
    expect(after.filter((name) => !before.includes(name))).toHaveLength(1);
    expect(after).toHaveLength(before.length);
    await rm(packSectionCacheDir(dataDir), { recursive: true });
    expect((await makePack()).equals(warm)).toBe(true);
  });
});

describe('fileSectionStore', () => {
  it('keys by the app version and by each part whole, and keeps only the entries named', async () => {
    const dir = path.join(temp.dir, 'store');
    const store = fileSectionStore(dir, '1.0.0');
    const key = store.digest(['ab', 'c']);
    expect(key).not.toBe(store.digest(['a', 'bc']));
    expect(key).not.toBe(fileSectionStore(dir, '1.0.1').digest(['ab', 'c']));
    expect(store.digest(['x', new Uint8Array([1, 2])])).toBe(store.digest(['x', new Uint8Array([1, 2])]));
    expect(await store.read(key)).toBeUndefined();
    await store.write(key, '{"a":1}');
    const other = store.digest(['other']);
    await store.write(other, '{}');
    await mkdir(path.join(dir, 'stray'));
    await writeFile(path.join(dir, 'left.tmp'), 'x');
    expect(await store.read(key)).toBe('{"a":1}');
    await store.keepOnly(new Set([key]));
    expect(await readdir(dir)).toEqual([`${key}.json`]);
    await expect(store.read('../portfolio')).resolves.toBeUndefined();
  });
});
