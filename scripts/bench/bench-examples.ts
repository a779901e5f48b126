import type { Figure } from './figures';
import { writeCpdOnlyPortfolio } from './bench-browser';
import { FRAMEWORK_ID, openBenchBackend } from './generate-portfolio';
import { median, percentile } from './stats';

export const EXAMPLES_P95_MS = 50;

/** Milliseconds per findExamples call, every criterion of the framework in turn, `rounds` times; and the first call, which builds the index. */
async function measure(dataDir: string, rounds: number): Promise<{ firstMs: number; callMs: number[] }> {
  const backend = await openBenchBackend(dataDir);
  try {
    const framework = await backend.api.getFramework(FRAMEWORK_ID);
    const codes = framework.framework.areas.flatMap((a) => a.criteria.map((c) => c.code));
    let t = performance.now();
    await backend.api.findExamples(FRAMEWORK_ID, codes[0]!, { limit: 10 });
    const firstMs = performance.now() - t;
    const callMs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const code of codes) {
        t = performance.now();
        await backend.api.findExamples(FRAMEWORK_ID, code, { limit: 10 });
        callMs.push(performance.now() - t);
      }
    }
    return { firstMs, callMs };
  } finally {
    await backend.close();
  }
}

/**
 * The example finder through the API (portfolio read, index kept in step, both searches), over a
 * big portfolio against the same calls over a handful of records.
 */
export async function benchExamples(options: { bigDir: string; smallDir: string; records: number; rounds: number; seed: number; log: (line: string) => void }): Promise<{ figures: Figure[]; details: object }> {
  await writeCpdOnlyPortfolio(options.bigDir, options.records, options.seed);
  await writeCpdOnlyPortfolio(options.smallDir, 10, options.seed);
  const small = await measure(options.smallDir, options.rounds);
  const big = await measure(options.bigDir, options.rounds);
  options.log(`  examples: p95 ${percentile(big.callMs, 95).toFixed(1)} ms, median ${median(big.callMs).toFixed(1)} ms over ${big.callMs.length} calls (${options.records} records); first call with the index build ${big.firstMs.toFixed(0)} ms`);
  return {
    figures: [
      {
        id: 'examples.p95',
        name: `Finding examples for a criterion (${options.records.toLocaleString('en-GB')} records): 95th percentile`,
        unit: 'ms',
        value: percentile(big.callMs, 95),
        baseline: { name: 'same, 10 records', value: percentile(small.callMs, 95) },
        budget: { kind: 'absolute', max: EXAMPLES_P95_MS },
        note: `${big.callMs.length} calls over every criterion; median ${median(big.callMs).toFixed(1)} ms; index built once in ${big.firstMs.toFixed(0)} ms`,
      },
    ],
    details: { big, small },
  };
}
