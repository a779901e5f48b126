// Why opening a big CPD log is slow: a CPU profile of the page while #/cpd is reloaded with a
// 5,000-record portfolio, with the time to first rows and where the page spent it. Not part of the
// benchmark run:
//   node --import tsx scripts/bench/open-profile.ts [records]
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withCpdLog } from './log-page';
import { hotFunctions } from './profile-summary';

await withCpdLog(Number(process.argv[2] ?? 5000), async (page, cdp) => {
  await cdp.send('Profiler.start');
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('cpd-log:first-rows').length > 0);
  const { profile } = await cdp.send('Profiler.stop');
  const marks = await page.evaluate(() => [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('resource')].map((e) => `${e.name.slice(-60)} ${Math.round(e.startTime)}+${Math.round(e.duration)}`));
  await writeFile(path.join('bench-output', 'open.cpuprofile'), JSON.stringify(profile));
  process.stdout.write(`${marks.join('\n')}\n`);
  for (const f of hotFunctions({ nodes: profile.nodes, samples: profile.samples ?? [], timeDeltas: profile.timeDeltas ?? [] }, 30)) process.stdout.write(`${f.selfMs.toFixed(0).padStart(7)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}\n`);
});
