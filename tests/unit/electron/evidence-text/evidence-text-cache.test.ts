import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceTextCache, evidenceTextDir } from '../../../../electron/evidence-text/evidence-text-cache';
import { openTestBackend } from '../../../support/backend';
import { makeCertificatePdf, makeCertificatePhoto } from '../../../support/certificate-files';
import { makeTempDir } from '../../../support/temp-dir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  await temp.remove();
});

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

describe('EvidenceTextCache', () => {
  it('reads each file once, one at a time, and keeps even an empty text', async () => {
    const files = path.join(temp.dir, 'files');
    await mkdir(files);
    await writeFile(path.join(files, HASH_A), 'first');
    await writeFile(path.join(files, HASH_B), '');
    const calls: string[] = [];
    let running = 0;
    const cache = new EvidenceTextCache(temp.dir, (sha) => path.join(files, sha), async (bytes) => {
      running++;
      expect(running).toBe(1);
      await new Promise((r) => setTimeout(r, 10));
      running--;
      const text = Buffer.from(bytes).toString('utf8');
      calls.push(text);
      return text.toUpperCase();
    });
    const [a, again, b] = await Promise.all([cache.textOf(HASH_A, 'text/plain'), cache.textOf(HASH_A, 'text/plain'), cache.textOf(HASH_B, 'text/plain')]);
    expect([a, again, b]).toEqual(['FIRST', 'FIRST', '']);
    expect(await cache.textOf(HASH_B, 'text/plain')).toBe('');
    expect(calls).toEqual(['first', '']);
    expect(await readFile(path.join(evidenceTextDir(temp.dir), `${HASH_A}.txt`), 'utf8')).toBe('FIRST');
    expect(await cache.cached('../../etc/passwd')).toBeUndefined();
  });

  it('is rebuilt when the cache folder is deleted, and a failed read is tried again later', async () => {
    const files = path.join(temp.dir, 'files');
    await mkdir(files);
    await writeFile(path.join(files, HASH_A), 'words');
    let fail = true;
    const cache = new EvidenceTextCache(temp.dir, (sha) => path.join(files, sha), async (bytes) => {
      if (fail) throw new Error('disk hiccup');
      return Buffer.from(bytes).toString('utf8');
    });
    await expect(cache.textOf(HASH_A, 'text/plain')).rejects.toThrow('disk hiccup');
    fail = false;
    expect(await cache.textOf(HASH_A, 'text/plain')).toBe('words');
    await rm(evidenceTextDir(temp.dir), { recursive: true });
    expect(await cache.cached(HASH_A)).toBeUndefined();
    expect(await cache.textOf(HASH_A, 'text/plain')).toBe('words');
  });
});

/** An extract that takes until it is told to finish, or is stopped: what a long OCR looks like from outside. */
function slowExtract() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const extract = (bytes: Uint8Array, _type: string, signal: AbortSignal) =>
    new Promise<string>((resolve) => {
      const text = Buffer.from(bytes).toString('utf8');
      started.push(text);
      const finish = () => resolve(text.toUpperCase());
      finishers.push(finish);
      // An OCR stopped part-way hands back what it read so far.
      signal.addEventListener('abort', () => {
        finishers.splice(finishers.indexOf(finish), 1);
        resolve(`${text} (part)`);
      }, { once: true });
    });
  return { extract, started, finish: () => finishers.shift()?.() };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('EvidenceTextCache giving way to a pack', () => {
  it('stops the read under way while held, starts no other, and reads it whole after', async () => {
    const files = path.join(temp.dir, 'files');
    await mkdir(files);
    await writeFile(path.join(files, HASH_A), 'photo');
    await writeFile(path.join(files, HASH_B), 'scan');
    const slow = slowExtract();
    const cache = new EvidenceTextCache(temp.dir, (sha) => path.join(files, sha), slow.extract);
    const a = cache.textOf(HASH_A, 'image/jpeg');
    const b = cache.textOf(HASH_B, 'image/jpeg');
    await tick();
    expect(slow.started).toEqual(['photo']);

    const release = cache.hold();
    const nested = cache.hold();
    await tick();
    // The stopped read's part is not kept, and nothing else starts while a pack runs.
    expect(await cache.cached(HASH_A)).toBeUndefined();
    expect(slow.started).toEqual(['photo']);
    release();
    release();
    await tick();
    expect(slow.started).toEqual(['photo']);
    nested();
    await tick();
    expect(slow.started).toEqual(['photo', 'photo']);
    slow.finish();
    expect(await a).toBe('PHOTO');
    await tick();
    slow.finish();
    expect(await b).toBe('SCAN');
    expect(await cache.cached(HASH_A)).toBe('PHOTO');
    await cache.close();
  });

  it('reads nothing at start until a while after, so a folder opened and closed at once reads none', async () => {
    const files = path.join(temp.dir, 'files');
    await mkdir(files);
    await writeFile(path.join(files, HASH_A), 'photo');
    await mkdir(evidenceTextDir(temp.dir), { recursive: true });
    await writeFile(path.join(evidenceTextDir(temp.dir), `${HASH_B}.txt`), 'kept words');
    await writeFile(path.join(evidenceTextDir(temp.dir), `${'c'.repeat(64)}.txt`), 'a file no longer cited');
    const portfolio = {
      evidence: [
        { kind: 'file', file: { sha256: HASH_A, mediaType: 'image/jpeg' } },
        { kind: 'file', file: { sha256: HASH_B, mediaType: 'image/jpeg' } },
      ],
    } as unknown as Parameters<EvidenceTextCache['start']>[0];

    const slow = slowExtract();
    const quick = new EvidenceTextCache(temp.dir, (sha) => path.join(files, sha), slow.extract);
    quick.start(portfolio, 200);
    await quick.loaded();
    expect(quick.texts.get(HASH_B)).toBe('kept words');
    expect(existsSync(path.join(evidenceTextDir(temp.dir), `${'c'.repeat(64)}.txt`))).toBe(false);
    await quick.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(slow.started).toEqual([]);

    const staying = new EvidenceTextCache(temp.dir, (sha) => path.join(files, sha), slow.extract);
    staying.start(portfolio, 50);
    await staying.loaded();
    expect(slow.started).toEqual([]);
    await new Promise((r) => setTimeout(r, 150));
    expect(slow.started).toEqual(['photo']);
    slow.finish();
    await expect.poll(() => staying.cached(HASH_A)).toBe('PHOTO');
    await staying.close();
  });
});

describe('evidence text in the backend', () => {
  it('reads an added PDF in the background and at the next start reads what is missing', async () => {
    const backend = await openTestBackend(temp.dir);
    const pdf = await makeCertificatePdf(['Certificate of Completion', 'Fume Cupboard Safety', 'Completed 3 April 2025']);
    const added = await backend.api.addEvidenceFile({ fileName: 'fume.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
    if (added.item.kind !== 'file') throw new Error('expected a file');
    const sha = added.item.file.sha256;
    expect(await backend.evidenceText.textOf(sha, 'application/pdf')).toMatch(/Fume Cupboard Safety/);
    await backend.close();

    await rm(evidenceTextDir(temp.dir), { recursive: true });
    const reopened = await openTestBackend(temp.dir);
    expect(await reopened.evidenceText.textOf(sha, 'application/pdf')).toMatch(/Completed 3 April 2025/);
    await reopened.close();
    expect(existsSync(path.join(evidenceTextDir(temp.dir), `${sha}.txt`))).toBe(true);
  });

  it('ends an OCR under way when the portfolio closes, leaving the photo to be read at the next start', { timeout: 60_000 }, async () => {
    const backend = await openTestBackend(temp.dir);
    const photo = await makeCertificatePhoto(['Certificate of Attendance', 'Laser Safety Officer', 'Date: 1 May 2025']);
    const added = await backend.api.addEvidenceFile({ fileName: 'laser.jpg', dataBase64: photo.toString('base64') });
    if (added.item.kind !== 'file') throw new Error('expected a file');
    const started = Date.now();
    await backend.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(existsSync(path.join(evidenceTextDir(temp.dir), `${added.item.file.sha256}.txt`))).toBe(false);
    const reopened = await openTestBackend(temp.dir);
    expect(await reopened.evidenceText.textOf(added.item.file.sha256, 'image/jpeg')).toMatch(/Laser Safety Officer/);
    await reopened.close();
  });
});
