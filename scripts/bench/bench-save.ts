import { readFile, open, rename } from 'node:fs/promises';
import path from 'node:path';
import { SeededRandom } from '../../electron/sample/seeded-random';
import type { Figure } from './figures';
import { openBenchBackend } from './generate-portfolio';
import { median, percentile } from './stats';

export const SAVE_RATIO = 2;

/** The least an atomic save can do: write the bytes to a temporary file, flush it, rename it over the target. */
async function bareAtomicWrite(target: string, data: Uint8Array): Promise<void> {
  const temp = `${target}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, target);
}

/**
 * One CPD record saved into the big portfolio through the validated API (mostly updateCpd, every
 * fifth an addCpd), against an atomic write of the same portfolio.json bytes. The two alternate,
 * so disk caches and background load fall on both alike.
 */
export async function benchSave(options: { dataDir: string; saves: number; seed: number; log: (line: string) => void }): Promise<{ figures: Figure[]; details: object }> {
  const random = new SeededRandom(options.seed);
  const backend = await openBenchBackend(options.dataDir);
  try {
    const { api } = backend;
    const records = await api.listCpd();
    const storePath = backend.portfolio.path;
    const baselineTarget = path.join(path.dirname(storePath), 'bench-baseline.json');
    const apiMs: number[] = [];
    const writeMs: number[] = [];
    for (let i = 0; i < options.saves; i++) {
      const { id, createdAt: _c, updatedAt: _u, ...input } = random.pick(records);
      let started = performance.now();
      if (i % 5 === 4) await api.addCpd({ ...input, title: `${input.title} (copy ${i})` });
      else await api.updateCpd(id, { ...input, description: `${input.description} Edited ${i}.` });
      apiMs.push(performance.now() - started);

      const json = await readFile(storePath);
      started = performance.now();
      await bareAtomicWrite(baselineTarget, json);
      writeMs.push(performance.now() - started);
    }
    const bytes = (await readFile(storePath)).length;
    options.log(`  saving: ${options.saves} saves into ${records.length} records (${(bytes / 1024 / 1024).toFixed(1)} MB of JSON): median ${median(apiMs).toFixed(1)} ms, write alone ${median(writeMs).toFixed(1)} ms`);
    const what = `${records.length.toLocaleString('en-GB')} records, ${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return {
      figures: [
        {
          id: 'save.median',
          name: `Saving one record (${what}): median`,
          unit: 'ms',
          value: median(apiMs),
          baseline: { name: 'atomic write of the same JSON', value: median(writeMs) },
          budget: { kind: 'ratio', max: SAVE_RATIO },
          note: `${options.saves} saves`,
        },
        {
          id: 'save.p99',
          name: 'Saving one record: 99th percentile',
          unit: 'ms',
          value: percentile(apiMs, 99),
          baseline: { name: 'atomic write, 99th percentile', value: percentile(writeMs, 99) },
          budget: { kind: 'none' },
          note: `${options.saves} saves`,
        },
      ],
      details: { apiMs, writeMs, storeBytes: bytes },
    };
  } finally {
    await backend.close();
  }
}
