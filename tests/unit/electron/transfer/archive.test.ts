import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { evidenceEntryName } from '../../../../core/transfer/archive-manifest';
import type { Backend } from '../../../../electron/backend';
import { readArchiveToStaging } from '../../../../electron/transfer/archive-reader';
import { exportArchiveToPath } from '../../../../electron/transfer/archive-export';
import { restoreArchiveFromPath, NOT_EMPTY_MESSAGE } from '../../../../electron/transfer/archive-restore';
import { backendTransferServices } from '../../../../electron/transfer/backend-transfer';
import { hashFile } from '../../../../electron/services/file-hash';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { fillPortfolio, makeZip, renameEntry, setDeclaredSize, snapshotFolder } from './archive-fixtures';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe('.techfolio archives', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let source: Backend;
  let target: Backend;
  let archive: string;
  const sourceDir = () => path.join(temp.dir, 'source');
  const targetDir = () => path.join(temp.dir, 'target');

  beforeEach(async () => {
    temp = await makeTempDir();
    source = await openTestBackend(sourceDir());
    target = await openTestBackend(targetDir());
    archive = path.join(temp.dir, 'backup.techfolio');
  });
  afterEach(async () => {
    await source.close();
    await target.close();
    await temp.remove();
  });

  async function restore(file: string, replace = false) {
    return restoreArchiveFromPath(file, { replace }, await backendTransferServices(target));
  }

  /** Restoring `file` is refused with a message matching `message`, and the target folder is exactly as before. */
  async function expectRefusedUnchanged(file: string, message: RegExp, replace = false) {
    const before = await snapshotFolder(targetDir());
    const error = await restore(file, replace).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('refused');
    expect((error as ApiError).message).toMatch(message);
    expect(await snapshotFolder(targetDir())).toEqual(before);
  }

  it('round trip: export, restore into a fresh folder, the same data and identical evidence hashes', async () => {
    await fillPortfolio(source);
    const progress: string[] = [];
    const { bytes } = await exportArchiveToPath(archive, await backendTransferServices(source), (p) => progress.push(p.phase));
    expect(bytes).toBeGreaterThan(0);
    expect(progress).toContain('evidence');

    const result = await restore(archive);
    expect(result).toMatchObject({ counts: { cpd: 2, training: 1, evidence: 3, evidenceFiles: 2 }, backupFileName: null, fromSchemaVersion: 2 });
    expect(target.portfolio.read()).toEqual(source.portfolio.read());
    for (const item of source.portfolio.read().evidence) {
      if (item.kind !== 'file') continue;
      const restored = await hashFile(target.evidence.pathFor(item.file.sha256));
      expect(restored).toEqual({ sha256: item.file.sha256, size: item.file.size });
      expect(restored.sha256).toBe((await hashFile(source.evidence.pathFor(item.file.sha256))).sha256);
    }
    // The staging folder is gone.
    expect((await readdir(targetDir())).filter((n) => n.startsWith('.restore-'))).toEqual([]);
  });

  it('refuses to restore over a portfolio that holds records unless replace is chosen, changing nothing', async () => {
    await fillPortfolio(source);
    await exportArchiveToPath(archive, await backendTransferServices(source));
    await target.api.addCpd({ title: 'My own record', startDate: '2025-01-01', hours: 1 });
    await expectRefusedUnchanged(archive, new RegExp(NOT_EMPTY_MESSAGE.slice(0, 40)));
  });

  it('with replace, backs up the current portfolio first, then replaces it', async () => {
    await fillPortfolio(source);
    await exportArchiveToPath(archive, await backendTransferServices(source));
    await target.api.addCpd({ title: 'My own record', startDate: '2025-01-01', hours: 1 });
    const result = await restore(archive, true);
    expect(result.backupFileName).toMatch(/before-restore\.json$/);
    const backup = await readFile(path.join(targetDir(), 'backups', result.backupFileName!), 'utf8');
    expect(backup).toContain('My own record');
    expect(target.portfolio.read()).toEqual(source.portfolio.read());
  });

  it('refuses an export whose evidence file was damaged on disk, naming the evidence', async () => {
    await fillPortfolio(source);
    const item = source.portfolio.read().evidence.find((e) => e.kind === 'file' && e.title === 'Test notes');
    if (item?.kind !== 'file') throw new Error('fixture');
    await writeFile(source.evidence.pathFor(item.file.sha256), 'tampered');
    await expect(exportArchiveToPath(archive, await backendTransferServices(source))).rejects.toThrow(/"Test notes" has been changed or damaged/);
    expect((await readdir(temp.dir)).filter((n) => n.includes('techfolio'))).toEqual([]);
  });

  it('migrates a portfolio.json of an older schema version through the migration table', async () => {
    const v1 = JSON.stringify({ cpd: [{ id: 'legacy-0001', title: 'Old record', startDate: '2023-05-01', hours: 2, createdAt: '2023-05-01T09:00:00.000Z', updatedAt: '2023-05-01T09:00:00.000Z' }] });
    const manifest = { format: 'techfolio-archive', formatVersion: 1, createdAt: '2023-05-02T09:00:00.000Z', appVersion: '0.0.1', schemaVersion: 1, portfolio: { sha256: sha256(v1), size: Buffer.byteLength(v1) }, evidence: [] };
    const file = path.join(temp.dir, 'old.techfolio');
    await writeFile(file, await makeZip([{ name: 'portfolio.json', data: v1 }, { name: 'manifest.json', data: JSON.stringify(manifest) }]));
    const result = await restore(file);
    expect(result.fromSchemaVersion).toBe(1);
    expect(target.portfolio.read().cpd).toEqual([expect.objectContaining({ id: 'legacy-0001', title: 'Old record', status: 'complete', tags: [] })]);
  });

  describe('a bad archive is refused with a clear message and leaves the portfolio exactly as before', () => {
    let valid: Buffer;
    let evidenceSha: string;
    beforeEach(async () => {
      await fillPortfolio(source);
      await exportArchiveToPath(archive, await backendTransferServices(source));
      valid = await readFile(archive);
      const item = source.portfolio.read().evidence.find((e) => e.kind === 'file');
      if (item?.kind !== 'file') throw new Error('fixture');
      evidenceSha = item.file.sha256;
      await target.api.addCpd({ title: 'Precious record', startDate: '2025-01-01', hours: 1 });
    });
    const write = async (bytes: Buffer | string) => {
      const file = path.join(temp.dir, 'bad.techfolio');
      await writeFile(file, bytes);
      return file;
    };

    it('not a zip at all', async () => {
      await expectRefusedUnchanged(await write('just some text'), /not a Techfolio archive.*not a readable zip/, true);
    });

    it('an entry named with ".." (zip slip)', async () => {
      const name = evidenceEntryName(evidenceSha);
      const slip = `../../${name.slice(6)}`;
      await expectRefusedUnchanged(await write(renameEntry(valid, name, slip)), /not a Techfolio archive/, true);
    });

    it('an entry with an absolute path', async () => {
      const name = evidenceEntryName(evidenceSha);
      await expectRefusedUnchanged(await write(renameEntry(valid, name, `/tmp/${name.slice(5)}`)), /not a Techfolio archive/, true);
    });

    it('an entry outside the layout', async () => {
      await expectRefusedUnchanged(await write(renameEntry(valid, 'portfolio.json', 'portfolio.exe!')), /"portfolio\.exe!", which has no place/, true);
    });

    it('an evidence file whose content does not match its SHA-256', async () => {
      const manifest = JSON.parse(await readZipEntry(valid, 'manifest.json'));
      const portfolio = await readZipEntry(valid, 'portfolio.json');
      const zip = await makeZip([
        { name: 'portfolio.json', data: portfolio },
        { name: 'manifest.json', data: JSON.stringify(manifest) },
        ...manifest.evidence.map((e: { sha256: string }) => ({ name: evidenceEntryName(e.sha256), data: 'not the original bytes' })),
      ]);
      await expectRefusedUnchanged(await write(zip), /does not match its SHA-256/, true);
    });

    it('a portfolio.json that does not match the manifest', async () => {
      const manifest = JSON.parse(await readZipEntry(valid, 'manifest.json'));
      const zip = await makeZip([
        { name: 'portfolio.json', data: '{"cpd":[]}' },
        { name: 'manifest.json', data: JSON.stringify(manifest) },
        ...(await Promise.all(manifest.evidence.map(async (e: { sha256: string }) => ({ name: evidenceEntryName(e.sha256), data: await readFile(source.evidence.pathFor(e.sha256)) })))),
      ]);
      await expectRefusedUnchanged(await write(zip), /portfolio\.json does not match the SHA-256/, true);
    });

    it('no manifest', async () => {
      await expectRefusedUnchanged(await write(await makeZip([{ name: 'portfolio.json', data: '{}' }])), /no manifest\.json/, true);
    });

    it('a manifest that does not fit the schema', async () => {
      const zip = await makeZip([{ name: 'portfolio.json', data: '{}' }, { name: 'manifest.json', data: '{"format":"zip"}' }]);
      await expectRefusedUnchanged(await write(zip), /manifest does not fit the archive format/, true);
    });

    it('a manifest from a newer archive format', async () => {
      const p = '{}';
      const manifest = { format: 'techfolio-archive', formatVersion: 99, createdAt: '2030-01-01T00:00:00.000Z', appVersion: '9.0.0', schemaVersion: 2, portfolio: { sha256: sha256(p), size: 2 }, evidence: [] };
      const zip = await makeZip([{ name: 'portfolio.json', data: p }, { name: 'manifest.json', data: JSON.stringify(manifest) }]);
      await expectRefusedUnchanged(await write(zip), /^This archive was made by a newer version of Techfolio\. Update Techfolio, then restore it\./, true);
    });

    it('a portfolio.json that does not fit the Portfolio schema', async () => {
      const p = JSON.stringify({ schemaVersion: 2, cpd: [{ title: 'No id or dates' }] });
      const manifest = { format: 'techfolio-archive', formatVersion: 1, createdAt: '2025-01-01T00:00:00.000Z', appVersion: '0.1.0', schemaVersion: 2, portfolio: { sha256: sha256(p), size: Buffer.byteLength(p) }, evidence: [] };
      const zip = await makeZip([{ name: 'portfolio.json', data: p }, { name: 'manifest.json', data: JSON.stringify(manifest) }]);
      await expectRefusedUnchanged(await write(zip), /portfolio\.json cannot be read: it does not fit the portfolio format/, true);
    });

    it('a portfolio citing an evidence file the archive lacks', async () => {
      const portfolio = await readZipEntry(valid, 'portfolio.json');
      const manifest = { ...JSON.parse(await readZipEntry(valid, 'manifest.json')), evidence: [] };
      const zip = await makeZip([{ name: 'portfolio.json', data: portfolio }, { name: 'manifest.json', data: JSON.stringify(manifest) }]);
      await expectRefusedUnchanged(await write(zip), /the file for the evidence ".*" is not in it/, true);
    });

    it('an entry that unpacks to more than its declared size (a zip bomb’s lie)', async () => {
      await expectRefusedUnchanged(await write(setDeclaredSize(valid, 'portfolio.json', 10)), /not a Techfolio archive/, true);
    });

    it('declared or actual sizes over the limits', async () => {
      const staging = path.join(temp.dir, 'staging');
      const tight = { maxEntries: 100, maxManifestBytes: 100_000, maxPortfolioBytes: 100, maxEvidenceFileBytes: 100_000, maxTotalBytes: 1_000_000, maxExpansionRatio: 100, ratioExemptBytes: 1024 * 1024 };
      await expect(readArchiveToStaging(archive, staging, { limits: tight })).rejects.toThrow(/"portfolio\.json" unpacks to more than/);
      await expect(readArchiveToStaging(archive, `${staging}2`, { limits: { ...tight, maxPortfolioBytes: 1_000_000, maxEntries: 2 } })).rejects.toThrow(/more than the 2 allowed/);
    });
  });
});

async function readZipEntry(zip: Buffer, name: string): Promise<string> {
  const yauzl = await import('yauzl');
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  for await (const entry of file.eachEntry()) {
    if (entry.fileName !== name) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    file.close();
    return Buffer.concat(chunks).toString('utf8');
  }
  throw new Error(`no ${name}`);
}
