// Why search-as-you-type is slow: a CPU profile of the page while a query is typed into the CPD
// log of a 5,000-record portfolio, summarised by self time. Not part of the benchmark run:
//   node --import tsx scripts/bench/search-profile.ts
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withCpdLog } from './log-page';
import { hotFunctions } from './profile-summary';

await withCpdLog(5000, async (page, cdp) => {
  await cdp.send('Profiler.start');
  const box = page.getByRole('searchbox', { name: 'Search' });
  for (const query of ['autoclave validation', 'students practical', 'hplc fault']) {
    await box.pressSequentially(query, { delay: 120 });
    await box.fill('');
    await page.waitForTimeout(300);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const durations = await page.evaluate(() => performance.getEntriesByName('cpd-search').map((e) => Math.round(e.duration)));
  await writeFile(path.join('bench-output', 'search.cpuprofile'), JSON.stringify(profile));
  process.stdout.write(`cpd-search durations (ms): ${durations.join(' ')}\n`);
  for (const f of hotFunctions({ nodes: profile.nodes, samples: profile.samples ?? [], timeDeltas: profile.timeDeltas ?? [] }, 25)) process.stdout.write(`${f.selfMs.toFixed(0).padStart(7)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}\n`);
});
