import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../../../core/evidence/limits';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makeElfExecutable, makePdf, makePng, makeWindowsExecutable } from '../../../support/evidence-files';
import { makeTempDir } from '../../../support/temp-dir';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the evidence vault', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  let dataDir: string;
  let clock: Date;
  beforeEach(async () => {
    temp = await makeTempDir();
    dataDir = path.join(temp.dir, 'data');
    clock = new Date('2026-03-01T10:00:00.000Z');
    backend = await openTestBackend(dataDir, 'cli', { now: () => clock });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });
  const file = async (name: string, bytes: Uint8Array) => {
    const target = path.join(temp.dir, name);
    await writeFile(target, bytes);
    return target;
  };

  it('copies a file under its SHA-256 with the type detected from the content, not the name', async () => {
    const pdf = await makePdf('First aid');
    const added = await backend.evidence.addFromPath(await file('scan.txt', pdf), { title: 'First aid certificate' });
    expect(added.outcome).toBe('added');
    expect(added.item).toMatchObject({ kind: 'file', title: 'First aid certificate', date: '2026-03-01', file: { sha256: sha256(pdf), size: pdf.length, mediaType: 'application/pdf', originalName: 'scan.txt' } });
    const kept = backend.evidence.pathFor(sha256(pdf));
    expect(kept).toBe(path.join(dataDir, 'evidence', sha256(pdf).slice(0, 2), sha256(pdf)));
    expect(new Uint8Array(await readFile(kept))).toEqual(pdf);
  });

  it('keeps one copy of the same content and reports the second add as a duplicate', async () => {
    const png = await makePng();
    const first = await backend.evidence.addFromPath(await file('a.png', png));
    const second = await backend.evidence.addFromPath(await file('same-photo-renamed.jpg', png));
    expect(second).toMatchObject({ outcome: 'duplicate', item: { id: first.item.id } });
    expect(await backend.api.listEvidence()).toHaveLength(1);
  });

  it.each([
    ['a Windows program named like a PDF', 'certificate.pdf', makeWindowsExecutable()],
    ['a Linux program named like a photo', 'photo.jpg', makeElfExecutable()],
  ])('refuses %s, saying it is a program, and keeps nothing', async (_, name, bytes) => {
    await expect(backend.evidence.addFromPath(await file(name, bytes))).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('is a program') });
    expect(await backend.api.listEvidence()).toEqual([]);
    expect(existsSync(path.join(dataDir, 'evidence', '.incoming'))).toBe(false);
  });

  it('refuses a file over the limit from its size alone, before reading it', async () => {
    const big = path.join(temp.dir, 'huge.pdf');
    // A sparse file: stat reports the size, but the content is never read (it is all zeros).
    const handle = await open(big, 'w');
    await handle.truncate(MAX_EVIDENCE_BYTES + 1);
    await handle.close();
    await expect(backend.evidence.addFromPath(big)).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/^huge\.pdf is 100 MB; evidence files can be up to 100 MB/) });
  });

  it('keeps HTML but flags it as never rendered', async () => {
    const added = await backend.evidence.addFromPath(await file('report.html', new TextEncoder().encode('<!doctype html><html><body>Report</body></html>')));
    expect(added.item.kind === 'file' && added.item.file.mediaType).toBe('text/html');
    expect(added.notice).toContain('never run as a page');
  });

  it('refuses a missing path and a folder with clear messages', async () => {
    await expect(backend.evidence.addFromPath(path.join(temp.dir, 'nope.pdf'))).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('does not exist') });
    await expect(backend.evidence.addFromPath(temp.dir)).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('is not a file') });
  });

  it('moves a file to the trash when its last citing item is deleted, and back when it is added again', async () => {
    const pdf = await makePdf('Laser safety');
    const { item } = await backend.evidence.addFromPath(await file('laser.pdf', pdf));
    const kept = backend.evidence.pathFor(sha256(pdf));
    await backend.api.deleteEvidence(item.id);
    expect(existsSync(kept)).toBe(false);
    expect(existsSync(path.join(dataDir, 'trash', sha256(pdf)))).toBe(true);
    const again = await backend.evidence.addFromBytes('laser.pdf', pdf);
    expect(again.outcome).toBe('added');
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(path.join(dataDir, 'trash', sha256(pdf)))).toBe(false);
  });

  it('purges trash older than 30 days at start, except files a kept backup still cites', async () => {
    const cited = await makePdf('Cited by a backup');
    const uncited = await makePdf('Never backed up');
    const citedItem = (await backend.evidence.addFromBytes('cited.pdf', cited)).item;
    await backend.close();
    // Reopening backs up the portfolio that cites the first file.
    backend = await openTestBackend(dataDir, 'cli', { now: () => clock });
    const uncitedItem = (await backend.evidence.addFromBytes('uncited.pdf', uncited)).item;
    await backend.api.deleteEvidence(uncitedItem.id);
    await backend.api.deleteEvidence(citedItem.id);
    await backend.close();

    const trash = (bytes: Uint8Array) => path.join(dataDir, 'trash', sha256(bytes));
    const old = new Date('2026-01-01T00:00:00Z');
    await utimes(trash(cited), old, old);
    await utimes(trash(uncited), old, old);
    clock = new Date('2026-04-15T10:00:00.000Z');
    backend = await openTestBackend(dataDir, 'cli', { now: () => clock });
    expect(existsSync(trash(uncited))).toBe(false);
    expect(existsSync(trash(cited))).toBe(true);
  });

  it('keeps trash younger than 30 days', async () => {
    const pdf = await makePdf('Recent');
    const { item } = await backend.evidence.addFromBytes('recent.pdf', pdf);
    await backend.api.deleteEvidence(item.id);
    await backend.close();
    clock = new Date('2026-03-20T10:00:00.000Z');
    backend = await openTestBackend(dataDir, 'cli', { now: () => clock });
    expect(existsSync(path.join(dataDir, 'trash', sha256(pdf)))).toBe(true);
  });

  it('finds a cited file that is missing or whose content changed', async () => {
    const pdf = await makePdf('To be damaged');
    const png = await makePng(10);
    await backend.evidence.addFromBytes('a.pdf', pdf, { title: 'Damaged one' });
    await backend.evidence.addFromBytes('b.png', png, { title: 'Missing one' });
    expect(await backend.evidence.verify()).toEqual([]);
    await writeFile(backend.evidence.pathFor(sha256(pdf)), 'tampered');
    await rm(backend.evidence.pathFor(sha256(png)));
    const problems = await backend.evidence.verify();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/"Damaged one".*changed or damaged/);
    expect(problems[1]).toMatch(/"Missing one".*missing/);
  });
});
