// Where the example finder's time goes: a CPU profile of findExamples over every criterion of a
// 5,000-record portfolio, after the index is built, summarised by self time. The portfolio does not
// change between rounds, so after the first round each criterion's search is kept and the time is the
// first round's: scripts/bench/examples-terms.ts times first searches alone. Not part of the
// benchmark run:   node --import tsx scripts/bench/examples-profile.ts
import { Session } from 'node:inspector/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeCpdOnlyPortfolio } from './bench-browser';
import { FRAMEWORK_ID, openBenchBackend } from './generate-portfolio';
import { hotFunctions, type CpuProfile } from './profile-summary';

process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent';
const dir = await mkdtemp(path.join(os.tmpdir(), 'techfolio-examples-profile-'));
try {
  await writeCpdOnlyPortfolio(dir, 5000, 11);
  const backend = await openBenchBackend(dir);
  try {
    const framework = await backend.api.getFramework(FRAMEWORK_ID);
    const codes = framework.framework.areas.flatMap((a) => a.criteria.map((c) => c.code));
    await backend.api.findExamples(FRAMEWORK_ID, codes[0]!, { limit: 10 });
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const ms: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const code of codes) {
        const t = performance.now();
        await backend.api.findExamples(FRAMEWORK_ID, code, { limit: 10 });
        ms.push(performance.now() - t);
      }
    }
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    await writeFile(path.join('bench-output', 'examples.cpuprofile'), JSON.stringify(profile));
    ms.sort((a, b) => a - b);
    process.stdout.write(`findExamples (ms): median ${ms[Math.floor(ms.length / 2)]!.toFixed(1)}, p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(1)} over ${ms.length} calls\n`);
    for (const f of hotFunctions(profile, 25)) process.stdout.write(`${f.selfMs.toFixed(0).padStart(7)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}\n`);
  } finally {
    await backend.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
