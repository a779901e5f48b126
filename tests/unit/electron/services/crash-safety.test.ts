import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { RUN_TIME_PACKAGES } from '../../../../scripts/run-time-packages.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Portfolio } from '../../../../core/model/portfolio';
import { SeededRandom } from '../../../../electron/sample/seeded-random';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

const ITERATIONS = 40;

/** Starts the writer, kills it with SIGKILL after the delay, and returns the ids it acknowledged. */
function runAndKill(bundle: string, dataDir: string, delayMs: number, afterReady: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, path.resolve('assets')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (afterReady && output.startsWith('ready\n')) arm();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    if (!afterReady) arm();
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`The writer stopped by itself (code ${code}): ${errors}`));
      // Only whole lines count: a line cut by the kill was never fully acknowledged.
      const complete = output.slice(0, output.lastIndexOf('\n') + 1);
      resolve([...complete.matchAll(/^ack (\S+)$/gm)].map((m) => m[1]!));
    });
  });
}

describe('crash safety', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let bundle: string;
  beforeAll(async () => {
    temp = await makeTempDir('techfolio-crash-');
    bundle = path.join(temp.dir, 'crash-writer.mjs');
    await build({
      entryPoints: [path.resolve('tests/support/crash-writer.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      external: RUN_TIME_PACKAGES,
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
  });
  afterAll(() => temp.remove());

  it(`keeps every acknowledged write and always reopens, over ${ITERATIONS} SIGKILLs at random points`, { timeout: 240_000 }, async () => {
    const seed = Date.now() % 100_000;
    const random = new SeededRandom(seed);
    const dataDir = path.join(temp.dir, 'data');
    const acked: string[] = [];
    let killedMidWrite = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      // Every fourth run is killed while it is still opening: locking, checking, backing up.
      const duringOpen = i % 4 === 3;
      const ids = await runAndKill(bundle, dataDir, duringOpen ? random.int(0, 250) : random.int(5, 300), !duringOpen);
      acked.push(...ids);
      if (ids.length > 0) killedMidWrite++;

      const text = await readFile(path.join(dataDir, 'portfolio.json'), 'utf8').catch(() => null);
      if (text !== null) expect(() => Portfolio.parse(JSON.parse(text)), `seed ${seed}, run ${i}: portfolio.json parses`).not.toThrow();
      const backend = await openTestBackend(dataDir, 'cli');
      try {
        expect(backend.startupCheck.outcome, `seed ${seed}, run ${i}: no repair was needed`).toMatch(/^(ok|created)$/);
        const stored = new Set((await backend.api.listCpd()).map((r) => r.id));
        const lost = acked.filter((id) => !stored.has(id));
        expect(lost, `seed ${seed}, run ${i}: acknowledged writes lost`).toEqual([]);
      } finally {
        await backend.close();
      }
    }
    expect(acked.length).toBeGreaterThan(ITERATIONS);
    expect(killedMidWrite).toBeGreaterThan(ITERATIONS / 2);
  });
});
