import type { Browser, Page } from 'playwright-core';
import { CpdRecord } from '../../core/model/cpd-record';
import { launchChromium } from '../../tests/browser/support/chromium';
import { startHostProcess } from '../../tests/browser/support/host-process';
import type { Figure } from './figures';
import { cpdInputs, openBenchBackend } from './generate-portfolio';
import { processPeakRssBytes } from './proc-memory';
import { median, percentile } from './stats';

/** Search as you type: within one frame at 60 Hz over 5,000 records, and 50 ms over 20,000. */
export const SEARCH_P95_MS = 16;
export const HUGE_SEARCH_P95_MS = 50;
/** Opening the log of a big portfolio may take at most this many times as long as opening a small one. */
export const OPEN_RATIO = 1.2;
const QUERIES = ['autoclave validation', 'hplc fault', 'students practical', 'cold-room alarm', 'reagents on ice', 'plate reader guide'];

/** A data folder holding only `count` CPD records (the log is what this benchmark opens). */
export async function writeCpdOnlyPortfolio(dataDir: string, count: number, seed: number): Promise<void> {
  const backend = await openBenchBackend(dataDir);
  try {
    await backend.api.saveProfile({ name: 'Siân Łukasz-Øvergaard', jobTitle: 'Senior Laboratory Technician' });
    const records = cpdInputs(count, seed).map((input) => CpdRecord.parse({ ...input, ...backend.portfolio.stamp() }));
    backend.portfolio.update((current) => ({ next: { ...current, cpd: records }, result: undefined }));
  } finally {
    await backend.close();
  }
}

/** Milliseconds from navigation start to the CPD log's first rows, after a reload of #/cpd. */
async function firstRowsAfterReload(page: Page): Promise<number> {
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('cpd-log:first-rows').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('cpd-log:first-rows')[0]!.startTime);
}

/** Types each query a key at a time (as a person would, not faster than the list can follow), then clears it. */
async function searchDurations(page: Page, queries: readonly string[]): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.click();
  await page.evaluate(() => performance.clearMeasures('cpd-search'));
  for (const query of queries) {
    await box.pressSequentially(query, { delay: 120 });
    await page.waitForTimeout(300);
    await box.fill('');
    await page.waitForTimeout(300);
  }
  return page.evaluate(() => performance.getEntriesByName('cpd-search').map((e) => e.duration));
}

interface LogMeasurements {
  firstRowsMs: number[];
  searchMs: number[];
  /** The host's peak resident memory after the log was opened and searched (Linux only). */
  hostPeakBytes: number | undefined;
}

async function measureLog(browser: Browser, dataDir: string, runs: number, queries: readonly string[]): Promise<LogMeasurements> {
  const host = await startHostProcess(dataDir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // The launch address stores the token for this tab; then the log is opened by address.
    await page.goto(host.launchUrl);
    await page.goto(`${host.url}#/cpd`);
    await page.waitForFunction(() => performance.getEntriesByName('cpd-log:first-rows').length > 0, undefined, { timeout: 60_000 });
    const firstRowsMs: number[] = [];
    for (let run = 0; run < runs; run++) firstRowsMs.push(await firstRowsAfterReload(page));
    const searchMs = await searchDurations(page, queries);
    return { firstRowsMs, searchMs, hostPeakBytes: processPeakRssBytes(host.pid) };
  } finally {
    await context.close();
    await host.stop();
  }
}

/**
 * Browser mode in Chromium: opening the CPD log of a big portfolio and searching it as you type,
 * from the performance marks the log sets, against the same screen over a handful of records.
 */
export async function benchBrowser(options: {
  bigDir: string;
  hugeDir: string;
  smallDir: string;
  records: number;
  hugeRecords: number;
  runs: number;
  quick: boolean;
  log: (line: string) => void;
}): Promise<{ figures: Figure[]; details: object }> {
  await writeCpdOnlyPortfolio(options.bigDir, options.records, 11);
  await writeCpdOnlyPortfolio(options.hugeDir, options.hugeRecords, 11);
  await writeCpdOnlyPortfolio(options.smallDir, 10, 11);
  const queries = options.quick ? QUERIES.slice(0, 2) : QUERIES;
  const browser = await launchChromium();
  try {
    const small = await measureLog(browser, options.smallDir, options.runs, queries);
    const big = await measureLog(browser, options.bigDir, options.runs, queries);
    const huge = await measureLog(browser, options.hugeDir, 1, queries);
    options.log(
      `  browser: first rows ${median(big.firstRowsMs).toFixed(0)} ms (${options.records} records) vs ${median(small.firstRowsMs).toFixed(0)} ms (10 records); search p95 ${percentile(big.searchMs, 95).toFixed(1)} ms over ${big.searchMs.length} keystrokes, ${percentile(huge.searchMs, 95).toFixed(1)} ms over ${options.hugeRecords} records`,
    );
    const records = options.records.toLocaleString('en-GB');
    const hugeRecords = options.hugeRecords.toLocaleString('en-GB');
    return {
      figures: [
        {
          id: 'open.first-rows',
          name: `Opening the CPD log (${records} records): navigation to first rows`,
          unit: 'ms',
          value: median(big.firstRowsMs),
          baseline: { name: 'same screen, 10 records', value: median(small.firstRowsMs) },
          budget: { kind: 'ratio', max: OPEN_RATIO },
          note: `median of ${options.runs} reloads`,
        },
        {
          id: 'search.p95',
          name: `Search as you type (${records} records): 95th percentile`,
          unit: 'ms',
          value: percentile(big.searchMs, 95),
          baseline: { name: 'same, 10 records', value: percentile(small.searchMs, 95) },
          budget: { kind: 'absolute', max: SEARCH_P95_MS },
          note: `${big.searchMs.length} keystrokes; median ${median(big.searchMs).toFixed(1)} ms`,
        },
        {
          id: 'search.huge.p95',
          name: `Search as you type (${hugeRecords} records): 95th percentile`,
          unit: 'ms',
          value: percentile(huge.searchMs, 95),
          baseline: { name: 'same, 10 records', value: percentile(small.searchMs, 95) },
          budget: { kind: 'absolute', max: HUGE_SEARCH_P95_MS },
          note: `${huge.searchMs.length} keystrokes; median ${median(huge.searchMs).toFixed(1)} ms; opened in ${median(huge.firstRowsMs).toFixed(0)} ms`,
        },
        ...(big.hostPeakBytes !== undefined && small.hostPeakBytes !== undefined
          ? [
              {
                id: 'host.memory',
                name: `Browser-mode host with ${records} records open and searched: peak memory`,
                unit: 'bytes' as const,
                value: big.hostPeakBytes,
                baseline: { name: 'the same with 10 records', value: small.hostPeakBytes },
                budget: { kind: 'none' as const },
                note: `${hugeRecords} records: ${huge.hostPeakBytes === undefined ? 'not read' : `${(huge.hostPeakBytes / 1024 / 1024).toFixed(0)} MB`}`,
              },
            ]
          : []),
      ],
      details: { big, huge, small },
    };
  } finally {
    await browser.close();
  }
}
