import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { ARCHIVE_FORMAT_VERSION, ARCHIVE_LIMITS } from '../../../core/transfer/archive-manifest';
import type { Backend } from '../../../electron/backend';
import { backendTransferServices } from '../../../electron/transfer/backend-transfer';
import { restoreArchiveFromPath } from '../../../electron/transfer/archive-restore';
import { portfolioJson } from '../../../electron/services/portfolio-json';
import { emptyPortfolio, PORTFOLIO_SCHEMA_VERSION } from '../../../core/model/portfolio';
import { openTestBackend } from '../../support/backend';
import { makeTempDir } from '../../support/temp-dir';
import { snapshotTree } from './folder-snapshot';

const MB = 1024 * 1024;

/** `size` zero bytes, produced a megabyte at a time: nothing that large is ever held in memory. */
function zeros(size: number): Readable {
  const block = Buffer.alloc(MB);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, block.length);
      left -= n;
      this.push(n === block.length ? block : block.subarray(0, n));
    },
  });
}

/**
 * A .techfolio archive a restore would accept but for one evidence entry of `evidenceBytes` zeros,
 * deflated as it streams, so a 450 MB entry makes an archive of well under a megabyte.
 */
async function archiveWithZeros(file: string, evidenceBytes: number): Promise<string> {
  const sha256 = createHash('sha256');
  for await (const chunk of zeros(evidenceBytes)) sha256.update(chunk as Buffer);
  const hash = sha256.digest('hex');
  const portfolio = portfolioJson(emptyPortfolio());
  const manifest = {
    format: 'techfolio-archive',
    schemaVersion: PORTFOLIO_SCHEMA_VERSION,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: '0.0.0-test',
    createdAt: '2026-01-01T00:00:00.000Z',
    portfolio: { sha256: createHash('sha256').update(portfolio).digest('hex'), size: portfolio.length },
    evidence: [{ sha256: hash, size: evidenceBytes }],
  };
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest)), 'manifest.json');
  zip.addBuffer(portfolio, 'portfolio.json');
  zip.addReadStream(zeros(evidenceBytes), `evidence/${hash}`, { size: evidenceBytes });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
  return `evidence/${hash}`;
}

describe('archive restores stay within bounds', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  let dataDir: string;
  beforeAll(async () => {
    temp = await makeTempDir();
    dataDir = path.join(temp.dir, 'data');
    backend = await openTestBackend(dataDir, 'cli');
    await backend.api.addCpd({ title: 'Kept as it was', startDate: '2025-01-01', hours: 2 });
  });
  afterAll(async () => {
    await backend.close();
    await temp.remove();
  });

  /** Restores with --replace and expects a refusal matching `reason`, with the data folder byte for byte as before. */
  async function expectRefused(archive: string, reason: RegExp, options: Parameters<typeof restoreArchiveFromPath>[1] = { replace: true }): Promise<string> {
    const before = await snapshotTree(dataDir);
    const error = await restoreArchiveFromPath(archive, options, await backendTransferServices(backend)).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).not.toBeNull();
    expect(error!.message).toMatch(reason);
    expect(error!.message).toMatch(/Your portfolio has not been changed\.$/);
    expect(await snapshotTree(dataDir)).toEqual(before);
    expect((await readdir(dataDir)).filter((name) => name.startsWith('.restore-'))).toEqual([]);
    expect((await backend.api.listCpd()).map((r) => r.title)).toEqual(['Kept as it was']);
    return error!.message;
  }

  it('refuses a 450 MB evidence entry packed into a tiny archive, naming the entry and the evidence limit', { timeout: 60_000 }, async () => {
    const archive = path.join(temp.dir, 'bomb.techfolio');
    const entry = await archiveWithZeros(archive, 450 * MB);
    expect((await stat(archive)).size).toBeLessThan(MB);
    const message = await expectRefused(archive, /larger than an evidence file may be \(100 MB\)/);
    expect(message).toContain(`"${entry}" unpacks to 450 MB`);
  });

  it('refuses an entry within the size limit whose expansion no real file has, naming it and the ratio', async () => {
    const archive = path.join(temp.dir, 'ratio.techfolio');
    const entry = await archiveWithZeros(archive, 60 * MB);
    const message = await expectRefused(archive, /far more than any real file compresses/);
    expect(message).toMatch(new RegExp(`"${entry}" would grow from \\d+ KB to 60 MB \\([\\d,]+ times\\)`));
  });

  it('refuses an archive whose entries together unpack to more than the archive limit', async () => {
    const archive = path.join(temp.dir, 'total.techfolio');
    const entry = await archiveWithZeros(archive, 2 * MB);
    const limits = { ...ARCHIVE_LIMITS, maxExpansionRatio: 10_000, maxTotalBytes: MB };
    const message = await expectRefused(archive, /more than a Techfolio archive may hold/, { replace: true, limits });
    expect(message).toContain(`with "${entry}" it unpacks to more than 1 MB`);
  });

  it('checks free disk space first and refuses, saying how much is needed and free, before unpacking anything', async () => {
    const archive = path.join(temp.dir, 'fits.techfolio');
    await archiveWithZeros(archive, 512 * 1024);
    let asked = '';
    const freeBytes = async (dir: string) => ((asked = dir), 10 * MB);
    await expectRefused(archive, /unpacks to 513 KB, and the disk holding your portfolio has 10 MB free \(Techfolio keeps 64 MB spare\)\. Free some space/, { replace: true, freeBytes });
    expect(path.dirname(asked)).toBe(dataDir);
  });

  it('restores the same small archive when the space is there (the checks refuse only what they should)', async () => {
    const archive = path.join(temp.dir, 'fits.techfolio');
    const result = await restoreArchiveFromPath(archive, { replace: true }, await backendTransferServices(backend));
    expect(result.counts.evidenceFiles).toBe(1);
    expect(await backend.api.listCpd()).toEqual([]);
  });
});
