import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/browser/support/chromium';
import { startHostProcess } from '../../tests/browser/support/host-process';
import { writeCpdOnlyPortfolio } from './bench-browser';

/**
 * For the profiling scripts: the CPD log of a generated portfolio of `records` records, open in
 * Chromium through the built host with its first rows shown, and a CDP session to profile it with.
 * Everything is removed afterwards.
 */
export async function withCpdLog(records: number, use: (page: Page, cdp: CDPSession) => Promise<void>): Promise<void> {
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'techfolio-log-profile-'));
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
      await use(page, cdp);
    } finally {
      await browser.close();
      await host.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
