import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectEvidencePdf, knownInspections } from '../../../../core/pack/evidence-inspection';
import { InspectionCache, inspectionCachePath } from '../../../../electron/pack/inspection-cache';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { makePdf } from '../../core/pack/pack-fixtures';

describe('what the preflight learnt of evidence PDFs, kept for the next start', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  const unread = async (): Promise<Uint8Array | null> => {
    throw new Error('read a file whose inspection was kept');
  };

  it('answers from the kept file without reading the PDF again, for the same version only', async () => {
    const file = inspectionCachePath(temp.dir);
    await mkdir(path.dirname(file), { recursive: true });
    const sha = 'd'.repeat(64);
    const other = 'e'.repeat(64);
    await writeFile(file, JSON.stringify({ version: '1.2.3', entries: [[`${sha}|1-2`, { how: 'pages', total: 9, chosen: 2 }]] }));
    await new InspectionCache(file, '1.2.3').load();
    expect(await inspectEvidencePdf(sha, '1-2', unread)).toEqual({ how: 'pages', total: 9, chosen: 2 });

    await writeFile(file, JSON.stringify({ version: '1.2.2', entries: [[`${other}|`, { how: 'pages', total: 9, chosen: 9 }]] }));
    await new InspectionCache(file, '1.2.3').load();
    expect(knownInspections().some(([key]) => key.startsWith(other))).toBe(false);
  });

  it('ignores a spoilt file, and writes what it learns in a form it reads back', async () => {
    const file = inspectionCachePath(temp.dir);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{"version": "9", "entries": [["../../etc", {"how": "pages", "total": -1, "chosen": 0}]]}');
    const cache = new InspectionCache(file, '9');
    await cache.load();
    expect(knownInspections().some(([key]) => key === '../../etc')).toBe(false);

    const bytes = await makePdf('Kept inspection', 3);
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(await inspectEvidencePdf(sha, undefined, async () => bytes)).toEqual({ how: 'pages', total: 3, chosen: 3 });
    await cache.save();
    const written = JSON.parse(await readFile(file, 'utf8')) as { version: string; entries: [string, unknown][] };
    expect(written.version).toBe('9');
    expect(written.entries).toContainEqual([`${sha}|`, { how: 'pages', total: 3, chosen: 3 }]);
  });

  it('tries a PDF in the background when it is added, so the first pack finds it tried already', { timeout: 90_000 }, async () => {
    const backend = await openTestBackend(temp.dir);
    const bytes = await makePdf('Added and tried', 4);
    const added = await backend.api.addEvidenceFile({ fileName: 'tried.pdf', dataBase64: Buffer.from(bytes).toString('base64') });
    if (added.item.kind !== 'file') throw new Error('expected a file');
    const sha = added.item.file.sha256;
    await expect.poll(async () => readFile(inspectionCachePath(temp.dir), 'utf8').catch(() => ''), { timeout: 60_000, interval: 100 }).toContain(`${sha}|`);
    await backend.close();
    const written = JSON.parse(await readFile(inspectionCachePath(temp.dir), 'utf8')) as { entries: [string, unknown][] };
    expect(written.entries).toContainEqual([`${sha}|`, { how: 'pages', total: 4, chosen: 4 }]);
  });
});
