// Where a save's time goes: a CPU profile of 300 saves into a 2,000-record portfolio, summarised by
// self time. Not part of the benchmark run:
//   node --import tsx scripts/bench/save-profile.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { CpdRecord } from '../../core/model/cpd-record';
import { cpdInputs, openBenchBackend } from './generate-portfolio';
import { hotFunctions } from './profile-summary';

const dir = await mkdtemp(path.join(os.tmpdir(), 'techfolio-save-profile-'));
try {
  const backend = await openBenchBackend(dir);
  try {
    const records = cpdInputs(2000, 7).map((input) => CpdRecord.parse({ ...input, ...backend.portfolio.stamp() }));
    backend.portfolio.update((current) => ({ next: { ...current, cpd: records }, result: undefined }));
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const started = performance.now();
    for (let i = 0; i < 300; i++) {
      const { id, createdAt: _c, updatedAt: _u, ...input } = records[(i * 7919) % records.length]!;
      await backend.api.updateCpd(id, { ...input, description: `${input.description ?? ''} Edited ${i}.` });
    }
    const perSave = (performance.now() - started) / 300;
    const { profile } = await session.post('Profiler.stop');
    process.stdout.write(`${perSave.toFixed(2)} ms a save\n`);
    for (const f of hotFunctions({ nodes: profile.nodes, samples: profile.samples ?? [], timeDeltas: profile.timeDeltas ?? [] }, 20)) {
      process.stdout.write(`${f.selfMs.toFixed(0).padStart(7)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}\n`);
    }
  } finally {
    await backend.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
