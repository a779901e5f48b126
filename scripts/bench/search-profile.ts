// Why search-as-you-type is slow: a CPU profile of the page while a query is typed into the CPD
// log of a 5,000-record portfolio, summarised by self time. Not part of the benchmark run:
//   node --import tsx scripts/bench/search-profile.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../tests/browser/support/chromium';
import { startHostProcess } from '../../tests/browser/support/host-process';
import { writeCpdOnlyPortfolio } from './bench-browser';
import { hotFunctions } from './profile-summary';

process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent';
const dir = await mkdtemp(path.join(os.tmpdir(), 'techfolio-search-profile-'));
try {
  await writeCpdOnlyPortfolio(dir, 5000, 11);
  const host = await startHostProcess(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.launchUrl);
    await page.goto(`${host.url}#/cpd`);
    await page.waitForFunction(() => performance.getEntriesByName('cpd-log:first-rows').length > 0);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
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
  } finally {
    await browser.close();
    await host.stop();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
