import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PreparedImage } from '../../../../core/pack/prepared-image';
import { PackOptions } from '../../../../core/pack/pack-options';
import { writePack } from '../../../../core/pack/write-pack';
import { cachedImagePreparer } from '../../../../electron/pack/cached-prepare-image';
import { tidyPackImageCache } from '../../../../electron/pack/pack-image-cache';
import { prepareImage } from '../../../../electron/pack/prepare-image';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, loadFonts, loadFramework, makePdf, makePortfolio, sha256 } from '../../core/pack/pack-fixtures';

const photo = () => sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3a7d44' } }).jpeg().toBuffer();

/** prepareImage, counting how often it really resizes. */
function countingPreparer() {
  const counter = { calls: 0, prepare: async (bytes: Uint8Array, dpi: number): Promise<PreparedImage> => (counter.calls++, prepareImage(bytes, dpi)) };
  return counter;
}

describe('the pack image cache', { timeout: 60_000 }, () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    dir = path.join(temp.dir, 'cache', 'pack-images');
  });
  afterEach(() => temp.remove());

  it('resizes a photo once: the next pack uses the kept copy without reading the original', async () => {
    const bytes = await photo();
    const counter = countingPreparer();
    const prepare = cachedImagePreparer(dir, counter.prepare);
    let reads = 0;
    const read = async () => (reads++, bytes);
    const first = await prepare({ sha256: sha256(bytes), read }, 150);
    const again = await prepare({ sha256: sha256(bytes), read }, 150);
    expect(counter.calls).toBe(1);
    expect(reads).toBe(1);
    expect(Buffer.from(again.jpeg).equals(Buffer.from(first.jpeg))).toBe(true);
    expect({ w: again.widthPx, h: again.heightPx }).toEqual({ w: first.widthPx, h: first.heightPx });
  });

  it('keeps a separate copy for each resolution', async () => {
    const bytes = await photo();
    const counter = countingPreparer();
    const prepare = cachedImagePreparer(dir, counter.prepare);
    const at150 = await prepare({ sha256: sha256(bytes), read: async () => bytes }, 150);
    const at72 = await prepare({ sha256: sha256(bytes), read: async () => bytes }, 72);
    expect(counter.calls).toBe(2);
    expect(at72.widthPx).toBeLessThan(at150.widthPx);
  });

  it('prepares a damaged kept copy again and replaces it', async () => {
    const bytes = await photo();
    const counter = countingPreparer();
    const prepare = cachedImagePreparer(dir, counter.prepare);
    await prepare({ sha256: sha256(bytes), read: async () => bytes }, 150);
    const [entry] = await readdir(dir);
    await writeFile(path.join(dir, entry!), 'not a JPEG any more');
    const prepared = await prepare({ sha256: sha256(bytes), read: async () => bytes }, 150);
    expect(counter.calls).toBe(2);
    expect((await sharp(prepared.jpeg).metadata()).format).toBe('jpeg');
    await prepare({ sha256: sha256(bytes), read: async () => bytes }, 150);
    expect(counter.calls).toBe(2);
  });

  it('still prepares the photo when the cache cannot be written', async () => {
    const bytes = await photo();
    // A file where the cache folder should be: nothing can be kept, the pack goes on.
    await mkdir(path.dirname(dir), { recursive: true });
    await writeFile(dir, 'in the way');
    const prepared = await cachedImagePreparer(dir, prepareImage)({ sha256: sha256(bytes), read: async () => bytes }, 150);
    expect(prepared.widthPx).toBeGreaterThan(0);
  });

  it('tidies away copies of photos no longer in the portfolio and copies from an older preparation', async () => {
    const kept = await photo();
    const gone = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#aa3355' } }).jpeg().toBuffer();
    const prepare = cachedImagePreparer(dir, prepareImage);
    await prepare({ sha256: sha256(kept), read: async () => kept }, 150);
    await prepare({ sha256: sha256(gone), read: async () => gone }, 150);
    await writeFile(path.join(dir, `${sha256(kept)}-150dpi-v0-old.jpg`), 'older');
    await writeFile(path.join(dir, 'stray.tmp'), 'stray');
    await tidyPackImageCache(dir, new Set([sha256(kept)]));
    const left = await readdir(dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^${sha256(kept)}-150dpi-v1-`));
  });

  it('makes the same pack from kept copies, reading neither the photos nor hashing them again', async () => {
    const evidence = new MapEvidence();
    const photoBytes = await photo();
    const portfolio = makePortfolio(evidence, [
      { title: 'Fume cupboard airflow test', bytes: await makePdf('Airflow', 2), mediaType: 'application/pdf', originalName: 'airflow.pdf', codes: ['A1'] },
      { title: 'Freezer inventory board', bytes: photoBytes, mediaType: 'image/jpeg', originalName: 'board.jpg', codes: ['B1'] },
      { title: 'Second airflow test', bytes: await makePdf('Second', 1), mediaType: 'application/pdf', originalName: 'second.pdf', codes: ['A1'] },
    ]);
    const photoReads = { count: 0 };
    const source = { read: async (hash: string) => (hash === sha256(photoBytes) && photoReads.count++, evidence.read(hash)), check: (hash: string) => evidence.check(hash) };
    const input = { portfolio, framework: loadFramework(), options: PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' }), fonts: loadFonts(), evidence: source, prepareImage: cachedImagePreparer(dir, prepareImage) };
    const first = await writePack(input);
    expect(photoReads.count).toBe(1);
    const again = await writePack(input);
    expect(photoReads.count).toBe(1);
    expect(again.pages).toBe(first.pages);
    expect(again.sections).toEqual(first.sections);
    // Fetched ahead of their turn, the items still appear in the plan's order, one after another.
    const items = again.sections.filter((s) => /^Ev \d (Fume|Freezer|Second)/.test(s.title));
    expect(items.map((s) => s.title)).toEqual(['Ev 1 Fume cupboard airflow test', 'Ev 2 Second airflow test', 'Ev 3 Freezer inventory board']);
    expect(items.map((s) => s.page)).toEqual([...items.map((s) => s.page)].sort((a, b) => a - b));
  });
});
