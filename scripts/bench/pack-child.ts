// Makes the RSciTech pack of a data folder through the real API (PackService and its worker
// thread) in a process of its own, so its peak memory is the pack's alone. Run by bench-pack.ts:
//   node --import tsx scripts/bench/pack-child.ts <dataDir>
// Prints one line of JSON: PackChildResult.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { exportFilePath } from '../../electron/pack/pack-service';
import { BENCH_TODAY, FRAMEWORK_ID, openBenchBackend } from './generate-portfolio';
import { peakRssBytes } from './proc-memory';

export interface PackChildResult {
  ms: number;
  bytes: number;
  pages: number;
  file: string;
  peakRssBytes: number;
  /** Before the pack: the backend and the portfolio in memory. */
  startRssBytes: number;
}

const dataDir = process.argv[2];
if (!dataDir) throw new Error('Usage: pack-child.ts <dataDir>');
// The worker as built and shipped (dist/pack-worker.mjs), not the sources compiled on the fly.
const builtWorker = fileURLToPath(new URL('../../dist/pack-worker.mjs', import.meta.url));
// Without this process's --import tsx, which a worker would otherwise inherit (the app's worker
// has none), but with any other flag, such as --cpu-prof.
const workerFlags = process.execArgv.filter((flag, i, all) => flag !== '--import' && !(all[i - 1] === '--import' && flag === 'tsx') && flag !== '--import=tsx');
const backend = await openBenchBackend(dataDir, { startPackWorker: () => new Worker(builtWorker, { execArgv: workerFlags }) });
try {
  const startRssBytes = peakRssBytes();
  const started = performance.now();
  const made = await backend.api.makePack({ frameworkId: FRAMEWORK_ID, date: BENCH_TODAY, maxMb: 2000 });
  const ms = performance.now() - started;
  const result: PackChildResult = { ms, bytes: made.bytes, pages: made.pages, file: exportFilePath(dataDir, made.exportId), peakRssBytes: peakRssBytes(), startRssBytes };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await backend.close();
}
