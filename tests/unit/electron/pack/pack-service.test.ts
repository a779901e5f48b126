import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream } from '@cantoo/pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { runCli } from '../../../../electron/cli/program';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, makePdf, makePortfolio } from '../../core/pack/pack-fixtures';
import { PdfFile, outlineTitles } from '../../core/pack/pdf-tools';
import { noisyPhoto } from './image-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let backend: Backend;

/** The fixture portfolio's records, with its evidence added through the real vault. */
async function seed(files: { name: string; bytes: Uint8Array; title: string; codes: string[] }[] = []): Promise<void> {
  const records = makePortfolio(new MapEvidence());
  backend.portfolio.update((current) => ({ next: { ...current, ...records, evidence: [] }, result: null }));
  for (const f of files) {
    await backend.evidence.addFromBytes(f.name, f.bytes, { title: f.title, date: '2025-04-01', mappings: f.codes.map((code) => ({ frameworkId: 'sc-rscitech', code })) });
  }
}

beforeEach(async () => {
  temp = await makeTempDir('techfolio-pack-service-');
  backend = await openTestBackend(path.join(temp.dir, 'data'));
});
afterEach(async () => {
  await backend.close();
  await temp.remove();
});

describe('makePack through the API (worker thread, atomic write)', { timeout: 60_000 }, () => {
  it('writes a checked PDF under exports/ and reports its pages, size and findings', async () => {
    await seed([{ name: 'certificate.pdf', bytes: await makePdf('Fire warden certificate', 2), title: 'Fire warden certificate', codes: ['B2'] }]);
    const made = await backend.api.makePack({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
    const file = path.join(temp.dir, 'data', 'exports', `${made.exportId}.pdf`);
    const pdf = new PdfFile(file);
    expect(pdf.check().status).toBe(0);
    expect(pdf.pages()).toBe(made.pages);
    expect((await stat(file)).size).toBe(made.bytes);
    expect(made.fileName).toBe('RSciTech application - Łukasz Bjørn Ŵyn - 2026-11-20.pdf');
    expect(pdf.text()).toContain('Fire warden certificate page 2');
    expect(outlineTitles(pdf.json().outlines)).toContain('Ev 1 Fire warden certificate');
    expect(made.findings.some((f) => f.kind === 'missing-statement' && f.target.code === 'A2')).toBe(true);
    // Only the finished file is left: no temporary files beside it.
    expect(await readdir(path.dirname(file))).toEqual([`${made.exportId}.pdf`]);
    // The worker compresses with Node's zlib (pdf-lib's own JavaScript deflate gives other bytes).
    const doc = await PDFDocument.load(await readFile(file));
    const cover = doc.getPage(0).node.Contents();
    const streams = cover instanceof PDFArray ? cover.asArray().map((ref) => doc.context.lookup(ref)) : [cover];
    for (const stream of streams) {
      expect(stream).toBeInstanceOf(PDFRawStream);
      const stored = (stream as PDFRawStream).contents;
      expect(Buffer.from(deflateSync(inflateSync(stored))).equals(Buffer.from(stored))).toBe(true);
    }
  });

  it('adds at most 500 KB to the pack for a noisy 4032×3024 photo', async () => {
    await seed();
    const without = await backend.api.makePack({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
    await seed([{ name: 'bench.jpg', bytes: await noisyPhoto(), title: 'Bench set-up photo', codes: ['C1'] }]);
    const withPhoto = await backend.api.makePack({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
    expect(withPhoto.pages).toBe(without.pages + 1);
    expect(withPhoto.bytes - without.bytes).toBeLessThanOrEqual(500 * 1024);
    expect(withPhoto.findings.filter((f) => f.kind === 'over-size-budget')).toEqual([]);
    // Over a tiny budget, the made file itself is reported, whatever the estimate said.
    const tight = await backend.api.makePack({ frameworkId: 'sc-rscitech', date: '2026-11-20', maxMb: 0.1 });
    expect(tight.findings.filter((f) => f.kind === 'over-size-budget')).toEqual([expect.objectContaining({ severity: 'warning', target: { screen: 'pack' } })]);
    expect(tight.findings.find((f) => f.kind === 'over-size-budget')!.message).toMatch(/^The pack is \d/);
    const pdf = new PdfFile(path.join(temp.dir, 'data', 'exports', `${withPhoto.exportId}.pdf`));
    expect(pdf.check().status).toBe(0);
  });

  it('prepares each photo for print in cache/pack-images when it is added, reuses it for every pack, and drops it once the photo is gone', async () => {
    await seed([{ name: 'rota.jpg', bytes: await noisyPhoto(1600, 1200), title: 'Rota board photo', codes: ['C1'] }]);
    const cacheDir = path.join(temp.dir, 'data', 'cache', 'pack-images');
    await backend.photos.idle();
    const kept = await readdir(cacheDir);
    expect(kept).toHaveLength(1);
    const keptAt = (await stat(path.join(cacheDir, kept[0]!))).mtimeMs;
    const first = await backend.api.makePack({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
    expect((await stat(path.join(cacheDir, kept[0]!))).mtimeMs).toBe(keptAt);
    expect(await readdir(cacheDir)).toEqual(kept);
    const again = await backend.api.makePack({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
    expect(again.bytes).toBe(first.bytes);
    expect((await stat(path.join(cacheDir, kept[0]!))).mtimeMs).toBe(keptAt);
    // With the photo gone from the portfolio, the next opening tidies its copy away.
    backend.portfolio.update((current) => ({ next: { ...current, evidence: [] }, result: null }));
    await backend.close();
    backend = await openTestBackend(path.join(temp.dir, 'data'));
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('reports progress to the end of a started job, then the result', async () => {
    await seed([{ name: 'a.pdf', bytes: await makePdf('A', 1), title: 'Log A', codes: ['A1'] }]);
    const { jobId } = await backend.api.startPack({ frameworkId: 'sc-rscitech' });
    let job = await backend.api.getPackJob(jobId);
    expect(['running', 'done']).toContain(job.status);
    while (job.status === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      job = await backend.api.getPackJob(jobId);
    }
    expect(job.status).toBe('done');
    expect(job.progress.done).toBe(job.progress.total);
    expect(job.result?.pages).toBeGreaterThan(10);
  });

  it('writes nothing when the job is cancelled', async () => {
    await seed([{ name: 'a.pdf', bytes: await makePdf('A', 30), title: 'Log A', codes: ['A1'] }]);
    const { jobId } = await backend.api.startPack({ frameworkId: 'sc-rscitech' });
    expect(await backend.api.cancelPack(jobId)).toEqual({ cancelled: true });
    const job = await backend.api.getPackJob(jobId);
    expect(job.status).toBe('cancelled');
    expect(job.result).toBeUndefined();
    const exports = await readdir(path.join(temp.dir, 'data', 'exports')).catch(() => []);
    expect(exports).toEqual([]);
    expect(await backend.api.cancelPack(jobId)).toEqual({ cancelled: false });
  });

  it('refuses an unknown framework with a message naming it', async () => {
    await expect(backend.api.makePack({ frameworkId: 'no-such-framework' })).rejects.toThrow('There is no framework "no-such-framework"');
  });

  it('exports the statements as plain text, one section per criterion', async () => {
    await seed();
    const { text, fileName } = await backend.api.exportStatementsText('sc-rscitech');
    expect(fileName).toMatch(/^RSciTech statements - \d{4}-\d{2}-\d{2}\.txt$/);
    expect(text).toContain('A1 Apply knowledge of underlying concepts and principles associated with area of work');
    expect(text).toContain('I planned the freezer move with Bjørn and Siân.');
    expect(text.match(/^={72}$/gm)).toHaveLength(15);
  });

  it('makes a one-page profile', async () => {
    await seed();
    const made = await backend.api.makeProfilePage({ date: '2026-11-20' });
    const pdf = new PdfFile(path.join(temp.dir, 'data', 'exports', `${made.exportId}.pdf`));
    expect(pdf.pages()).toBe(1);
    expect(pdf.text()).toContain('Łukasz Bjørn Ŵyn');
    expect(await backend.api.discardExport(made.exportId)).toEqual({ discarded: true });
  });
});

describe('techfolio pack and summary', { timeout: 60_000 }, () => {
  const cli = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    await backend.close();
    const code = await runCli(['--data-dir', path.join(temp.dir, 'data'), ...args], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
    backend = await openTestBackend(path.join(temp.dir, 'data'));
    return { code, out: out.join(''), err: err.join('') };
  };

  it('writes the pack to --out and prints the preflight findings', async () => {
    await seed([{ name: 'owner.pdf', bytes: await makePdf('Induction', 1), title: 'Induction record', codes: ['E1'] }]);
    const out = path.join(temp.dir, 'my pack.pdf');
    const run = await cli('pack', '--framework', 'sc-rscitech', '--out', out, '--from', '01/01/2024', '--to', '2026-11-20', '--max-mb', '5');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Preflight:');
    expect(run.out).toContain('A2 has no statement yet.');
    expect(run.out).toMatch(/Wrote .*my pack\.pdf: \d+ pages/);
    const pdf = new PdfFile(out);
    expect(pdf.check().status).toBe(0);
    expect(pdf.text()).toContain('Activities from 01/01/2024 to 20/11/2026.');
    // The copy in exports/ is removed once delivered.
    expect(await readdir(path.join(temp.dir, 'data', 'exports'))).toEqual([]);
  });

  it('exits 1 without writing when the pack cannot be made', async () => {
    const out = path.join(temp.dir, 'never.pdf');
    const run = await cli('pack', '--framework', 'no-such-framework', '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toContain('There is no framework "no-such-framework"');
    await expect(stat(out)).rejects.toThrow();
  });

  it('exits 2 with a usage message for an image resolution out of range', async () => {
    const run = await cli('pack', '--framework', 'sc-rscitech', '--out', path.join(temp.dir, 'p.pdf'), '--image-dpi', '600');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--image-dpi must be a number from 50 to 200.');
  });

  it('exits 1 when the --out folder does not exist', async () => {
    const run = await cli('pack', '--framework', 'sc-rscitech', '--out', path.join(temp.dir, 'missing', 'pack.pdf'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('does not exist');
  });

  it('writes a CPD summary for a period', async () => {
    await seed();
    const out = path.join(temp.dir, 'summary.pdf');
    const run = await cli('summary', '--from', '2025-01-01', '--to', '2025-12-31', '--out', out);
    expect(run.code).toBe(0);
    const text = new PdfFile(out).text().replace(/\s+/g, ' ');
    expect(text).toContain('Autoclave validation course');
    expect(text).toContain('Mentoring Siân, a new apprentice');
    expect(text).not.toContain('Reading on freezer alarms');
    expect(text).toMatch(/Total 2 16/);
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
