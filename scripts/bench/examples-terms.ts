// How many of a criterion's vocabulary terms the example finder should search for (QUERY_TERMS in
// core/suggest/find-examples.ts): for each cap, the finder's precision on the labelled records (the
// share of each criterion's first five examples labelled with that criterion), the agreement of its
// first ten examples with a search of the whole vocabulary over a 5,000-record portfolio, and the
// time per call there (each criterion searched once per cap). Not part of the benchmark run:   npx tsx scripts/bench/examples-terms.ts
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { allCriteria } from '../../core/frameworks/codes';
import { ExampleIndex } from '../../core/suggest/example-index';
import { exampleSources } from '../../core/suggest/example-sources';
import { findExamples } from '../../core/suggest/find-examples';
import { FRAMEWORK_OF, recordOf, shippedFramework } from '../../tests/unit/core/suggest/accuracy';
import { HELD_OUT_RECORDS } from '../../tests/unit/core/suggest/fixtures-held-out';
import { LABELLED_RECORDS } from '../../tests/unit/core/suggest/fixtures-records';
import { writeCpdOnlyPortfolio } from './bench-browser';
import { FRAMEWORK_ID, openBenchBackend } from './generate-portfolio';
import { median } from './stats';

const CAPS = [10, 15, 20, 25, 30, 40, Infinity];
const EXAMPLES = 5;

process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent';

/** Per framework: the share (%) of each criterion's first EXAMPLES examples that are labelled with it, over every criterion with a labelled record. */
function precision(cap: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const which of ['rscitech', 'engtech'] as const) {
    const loaded = shippedFramework(FRAMEWORK_OF[which]);
    const labelled = [...LABELLED_RECORDS, ...HELD_OUT_RECORDS];
    const index = new ExampleIndex();
    index.sync(exampleSources({ cpd: labelled.map((r, i) => recordOf(r, i, undefined)), training: [], evidence: [], activities: [] }));
    let right = 0;
    let shown = 0;
    for (const { criterion } of allCriteria(loaded.framework)) {
      if (!labelled.some((r) => r[which].includes(criterion.code))) continue;
      for (const match of findExamples(index, loaded, criterion.code, { limit: EXAMPLES, queryTerms: cap })) {
        shown++;
        if (labelled[Number(match.id.slice('record-'.length))]![which].includes(criterion.code)) right++;
      }
    }
    out[which] = Math.round((1000 * right) / Math.max(1, shown)) / 10;
  }
  return out;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'techfolio-examples-terms-'));
try {
  await writeCpdOnlyPortfolio(dir, 5000, 11);
  const backend = await openBenchBackend(dir);
  try {
    const loaded = shippedFramework(FRAMEWORK_ID);
    const index = new ExampleIndex();
    index.sync(exampleSources(backend.portfolio.read()));
    const codes = allCriteria(loaded.framework).map((c) => c.criterion.code);
    const whole = new Map(codes.map((code) => [code, findExamples(index, loaded, code, { queryTerms: Infinity }).map((m) => m.id)]));
    for (const cap of CAPS) {
      let agree = 0;
      const ms: number[] = [];
      // One call per criterion: a second would be answered from the search the index keeps.
      const cpu = process.cpuUsage();
      for (const code of codes) {
        const t = performance.now();
        const found = findExamples(index, loaded, code, { queryTerms: cap }).map((m) => m.id);
        ms.push(performance.now() - t);
        agree += found.filter((id) => whole.get(code)!.includes(id)).length;
      }
      const used = process.cpuUsage(cpu);
      const p = precision(cap);
      process.stdout.write(
        `${String(cap).padStart(8)} terms: precision@${EXAMPLES} rscitech ${p.rscitech}%, engtech ${p.engtech}%; top 10 shared with the whole vocabulary ${((100 * agree) / (10 * codes.length)).toFixed(0)}%; per call ${median(ms).toFixed(1)} ms median, ${Math.max(...ms).toFixed(1)} ms at most, ${((used.user + used.system) / 1000 / codes.length).toFixed(1)} ms CPU\n`,
      );
    }
  } finally {
    await backend.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
