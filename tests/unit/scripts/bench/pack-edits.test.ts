import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packImageCacheDir, packImageEntry } from '../../../../electron/pack/pack-image-cache';
import { editOneRecord, preparePhotosAsAdded } from '../../../../scripts/bench/pack-edits';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, makePortfolio } from '../../core/pack/pack-fixtures';
import { noisyPhoto } from '../../electron/pack/image-fixtures';

describe("the pack benchmark's steps between packs", () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    dataDir = path.join(temp.dir, 'data');
  });
  afterEach(() => temp.remove());

  it('changes the title of one CPD record and nothing else, and puts it back', async () => {
    let backend = await openTestBackend(dataDir);
    const records = makePortfolio(new MapEvidence());
    backend.portfolio.update((current) => ({ next: { ...current, ...records, evidence: [] }, result: null }));
    const before = backend.portfolio.read().cpd.map((r) => r.title);
    await backend.close();

    const undo = await editOneRecord(dataDir);
    backend = await openTestBackend(dataDir);
    const edited = backend.portfolio.read().cpd.map((r) => r.title);
    await backend.close();
    expect(edited.filter((title, i) => title !== before[i])).toHaveLength(1);
    expect(edited.find((title, i) => title !== before[i])).toMatch(/\(revised\)$/);

    await undo();
    backend = await openTestBackend(dataDir);
    expect(backend.portfolio.read().cpd.map((r) => r.title)).toEqual(before);
    await backend.close();
  });

  it("prepares each photo into the pack's cache, as adding it does", async () => {
    const backend = await openTestBackend(dataDir);
    await backend.photos.stop();
    const added = await backend.evidence.addFromBytes('bench.jpg', await noisyPhoto(800, 600), { title: 'Bench' });
    await backend.close();
    const { sha256, mediaType } = added.item.kind === 'file' ? added.item.file : { sha256: '', mediaType: '' };
    const cacheDir = packImageCacheDir(dataDir);
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
    await preparePhotosAsAdded(dataDir, [{ sha256, mediaType, file: backend.evidence.pathFor(sha256) }]);
    expect(await readdir(cacheDir)).toEqual([path.basename(packImageEntry(cacheDir, sha256, 200))]);
  });
});
