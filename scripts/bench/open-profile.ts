// Why opening a big CPD log is slow: a CPU profile of the page while #/cpd is reloaded with a
// 5,000-record portfolio, with the time to first rows and where the page spent it. Not part of the
// benchmark run:
//   node --import tsx scripts/bench/open-profile.ts [records]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../tests/browser/support/chromium';
import { startHostProcess } from '../../tests/browser/support/host-process';
import { writeCpdOnlyPortfolio } from './bench-browser';
import { hotFunctions } from './profile-summary';

process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent';
const records = Number(process.argv[2] ?? 5000);
const dir = await mkdtemp(path.join(os.tmpdir(), 'techfolio-open-profile-'));
try {
  await writeCpdOnlyPortfolio(dir, records, 11);
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
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('cpd-log:first-rows').length > 0);
    const { profile } = await cdp.send('Profiler.stop');
    const marks = await page.evaluate(() => [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('resource')].map((e) => `${e.name.slice(-60)} ${Math.round(e.startTime)}+${Math.round(e.duration)}`));
    await writeFile(path.join('bench-output', 'open.cpuprofile'), JSON.stringify(profile));
    process.stdout.write(`${marks.join('\n')}\n`);
    for (const f of hotFunctions({ nodes: profile.nodes, samples: profile.samples ?? [], timeDeltas: profile.timeDeltas ?? [] }, 30)) process.stdout.write(`${f.selfMs.toFixed(0).padStart(7)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}\n`);
  } finally {
    await browser.close();
    await host.stop();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
