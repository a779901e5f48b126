import path from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PackOptions } from '../../../../core/pack/pack-options';
import { PackService } from '../../../../electron/pack/pack-service';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, loadFramework, makePortfolio } from '../../core/pack/pack-fixtures';

const ASSETS = path.resolve('assets');

describe('the pack worker started alongside the preflight', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it('is started before the preflight finishes, and stopped when the preflight fails', async () => {
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence, [{ title: 'Certificate', bytes: new TextEncoder().encode('%PDF-1.7 not really'), mediaType: 'application/pdf', originalName: 'c.pdf', codes: ['A1'] }]);
    const events: string[] = [];
    let worker: Worker | undefined;
    const pack = new PackService({
      dataDir: path.join(temp.dir, 'data'),
      assetsDir: ASSETS,
      evidence: {
        read: (sha) => evidence.read(sha),
        check: async () => {
          events.push(worker ? 'preflight with the worker started' : 'preflight before the worker');
          throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
        },
      },
      // A worker that would idle for ever unless it is stopped.
      startWorker: () => (worker = new Worker('setInterval(() => {}, 1000);', { eval: true })),
    });
    try {
      const job = await pack.finished(pack.startPack(portfolio, loadFramework(), PackOptions.parse({ frameworkId: 'sc-rscitech' })));
      expect(job).toMatchObject({ status: 'failed', error: expect.stringContaining('EIO') });
      expect(events).toEqual(['preflight with the worker started']);
      if (worker!.threadId !== -1) await once(worker!, 'exit');
      expect(worker!.threadId).toBe(-1);
    } finally {
      await pack.close();
    }
  });

  it('pauses background work (reading evidence text) for as long as the job runs', async () => {
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence, []);
    const seen: string[] = [];
    let worker: Worker | undefined;
    const pack = new PackService({
      dataDir: path.join(temp.dir, 'data'),
      assetsDir: ASSETS,
      evidence,
      pauseBackground: () => {
        seen.push('paused');
        return () => seen.push('resumed');
      },
      // A worker that answers only once the test has looked at what is paused.
      startWorker: () => (worker = new Worker('setInterval(() => {}, 1000);', { eval: true })),
    });
    try {
      const jobId = pack.startPack(portfolio, loadFramework(), PackOptions.parse({ frameworkId: 'sc-rscitech' }));
      await expect.poll(() => seen).toEqual(['paused']);
      expect(pack.job(jobId)?.status).toBe('running');
      await pack.cancel(jobId);
      await pack.finished(jobId);
      expect(seen).toEqual(['paused', 'resumed']);
      expect(worker).toBeDefined();
    } finally {
      await pack.close();
    }
  });
});
