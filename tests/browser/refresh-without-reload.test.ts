import { execFileSync } from 'node:child_process';
import { addMonths, format, parseISO, startOfMonth } from 'date-fns';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../core/format/today';
import { formatUkDate } from '../../core/format/uk-date';
import type { CpdRecord } from '../../core/model/cpd-record';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/chromium';
import { startHostProcess, type HostProcess } from './support/host-process';

// A busy two-core machine may take a few seconds to show a lazily loaded screen.
const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
// The app's queries stay fresh this long (renderer/app/App.tsx): a screen seen again sooner shows
// its cached answer unless a write refreshed it, so only a check made sooner proves the refresh.
const STALE_MS = 30_000;
const TRAINING = 'Fume cupboard face velocity checks';
const IMPORTED = 'Spill kit refresher';

describe('browser mode: every screen shows a write at once, without a reload', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let host: HostProcess;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    temp = await makeTempDir();
    execFileSync(process.execPath, ['dist/cli.mjs', '--data-dir', temp.dir, 'sample'], { env: { ...process.env, TECHFOLIO_DATA_DIR: '' } });
    host = await startHostProcess(temp.dir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await temp?.remove();
  });

  /** Moves within the app by its address, as a link does: the document stays, only the hash changes. */
  const go = async (hash: string, heading: string | RegExp) => {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await poll(() => page.getByRole('heading', { level: 1, name: heading }).isVisible()).toBe(true);
  };

  /** Reads through the same API the app uses, with this tab's token, to choose what to change. */
  const read = <T,>(method: string) =>
    page.evaluate(async (m) => {
      const response = await fetch(`./api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('techfolio.token') ?? ''}` }, body: '{"args":[]}' });
      return ((await response.json()) as { value: unknown }).value;
    }, method) as Promise<T>;

  const criterionHeading = (code: string) => new RegExp(`^${code}: `);
  const number = (text: string | null, pattern: RegExp) => Number(pattern.exec(text ?? '')?.[1] ?? Number.NaN);

  // What each screen shows, read from the screen itself.
  const dashboard = {
    criteriaEvidenced: async () => number(await page.getByRole('region', { name: 'Registration readiness' }).textContent(), /(\d+) of 15 criteria evidenced/),
    gaps: async () => /gaps: ([^.]*)\./.exec((await page.getByRole('region', { name: 'Registration readiness' }).textContent()) ?? '')?.[1] ?? '',
    // The meter's value stops at the target; its text says the whole amount ("35 hours of 30").
    hoursThisYear: async () => number(await page.getByRole('region', { name: 'CPD this year' }).getByRole('meter').first().getAttribute('aria-valuetext'), /^([\d.]+) hours? of/),
    monthTotal: async (isoDate: string) => {
      const disclosure = page.getByRole('button', { name: 'Show the figures as a table' });
      if ((await disclosure.getAttribute('aria-expanded')) !== 'true') await disclosure.press('Enter');
      const row = page.getByRole('table', { name: 'Hours of complete CPD per month and category' }).getByRole('row', { name: new RegExp(`^${format(parseISO(isoDate), 'MMM yyyy')} `) });
      return Number(await row.getByRole('cell').last().textContent());
    },
  };
  const frameworks = {
    // A heat-map cell is named by the words it shows: "A3: 1 item, no statement, one example".
    itemsFor: async (code: string) => number(await page.getByRole('link', { name: new RegExp(`^${code}\\W+\\d+ items?\\W`) }).textContent(), /(\d+) item/),
    criteriaWithEvidence: async () => number(await page.getByText(/^\d+ of 15 criteria have evidence/).textContent(), /^(\d+) of 15/),
  };
  const criterion = {
    shows: (name: string) => page.getByRole('region', { name: 'What shows it' }).getByRole('link', { name }),
    showsRecord: (id: string) => page.getByRole('region', { name: 'What shows it' }).locator(`a[href="#/cpd/${id}"]`),
  };

  it('deleting a mapped CPD record, saving a mapped training record and importing a CSV show on the dashboard, coverage and criterion screens at once', async () => {
    await page.goto(host.launchUrl);
    await poll(() => page.getByRole('heading', { level: 1, name: 'Dashboard' }).isVisible()).toBe(true);
    // Gone if the page ever reloads.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    const today = localToday(new Date());
    const firstMonth = format(addMonths(startOfMonth(parseISO(today)), -11), 'yyyy-MM');
    // The latest complete record mapped to RSciTech within the dashboard's twelve months.
    const records = await read<CpdRecord[]>('listCpd');
    const doomed = records
      .filter((r) => r.status === 'complete' && r.startDate.slice(0, 7) >= firstMonth && r.mappings.some((m) => m.frameworkId === 'sc-rscitech'))
      .sort((a, b) => b.startDate.localeCompare(a.startDate))[0]!;
    expect(doomed).toBeDefined();
    const code = doomed.mappings.find((m) => m.frameworkId === 'sc-rscitech')!.code;

    // Every screen is seen first, so each has an answer in the cache that a write must refresh.
    let seenAt = Date.now();
    await go('/', 'Dashboard');
    const before = { evidenced: await dashboard.criteriaEvidenced(), month: await dashboard.monthTotal(doomed.startDate) };
    expect(await dashboard.gaps()).toContain('A3');
    await go('/frameworks', 'Frameworks');
    const coverageBefore = { a3: await frameworks.itemsFor('A3'), code: await frameworks.itemsFor(code), withEvidence: await frameworks.criteriaWithEvidence() };
    // The sample portfolio leaves A3 without evidence, so the training record is its first.
    expect(coverageBefore.a3).toBe(0);
    await go('/frameworks/sc-rscitech/A3', criterionHeading('A3'));
    expect(await criterion.shows(TRAINING).count()).toBe(0);
    await go(`/frameworks/sc-rscitech/${code}`, criterionHeading(code));
    expect(await criterion.showsRecord(doomed.id).count()).toBe(1);

    // 1. A training record mapped to A3, with its date typed day first.
    await go('/training', 'Training');
    await page.getByRole('button', { name: 'Add training' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add training' });
    await dialog.getByRole('textbox', { name: 'Course' }).fill(TRAINING);
    await dialog.getByRole('textbox', { name: 'Completed' }).fill('1/12/2025');
    await dialog.getByRole('textbox', { name: 'Completed' }).press('Tab');
    await poll(() => dialog.getByText('Monday 1 December 2025').isVisible()).toBe(true);
    const a3 = dialog.getByRole('checkbox', { name: /^A3 / });
    await a3.press('Space');
    await poll(() => a3.isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Add training' }).press('Enter');
    await poll(() => page.getByText(`Added “${TRAINING}”.`).isVisible()).toBe(true);

    await go('/', 'Dashboard');
    await poll(() => dashboard.criteriaEvidenced()).toBe(before.evidenced + 1);
    expect(await dashboard.gaps()).not.toContain('A3');
    await go('/frameworks', 'Frameworks');
    await poll(() => frameworks.itemsFor('A3')).toBe(1);
    expect(await frameworks.criteriaWithEvidence()).toBe(coverageBefore.withEvidence + 1);
    await go('/frameworks/sc-rscitech/A3', criterionHeading('A3'));
    await poll(() => criterion.shows(TRAINING).count()).toBe(1);
    expect(Date.now() - seenAt).toBeLessThan(STALE_MS);

    // 2. Delete the CPD record mapped to RSciTech. Every screen fetched its answer since the last write.
    seenAt = Date.now();
    await go(`/frameworks/sc-rscitech/${code}`, criterionHeading(code));
    await go(`/cpd/${doomed.id}`, 'Edit CPD record');
    await page.getByRole('button', { name: 'Delete record' }).press('Enter');
    await page.getByRole('alertdialog', { name: 'Delete this record?' }).getByRole('button', { name: 'Delete record' }).press('Enter');
    await poll(() => page.getByText(`Deleted “${doomed.title}”.`).isVisible()).toBe(true);

    await go('/', 'Dashboard');
    await poll(() => dashboard.monthTotal(doomed.startDate)).toBe(Math.round((before.month - doomed.hours) * 100) / 100);
    await go('/frameworks', 'Frameworks');
    await poll(() => frameworks.itemsFor(code)).toBe(coverageBefore.code - 1);
    await go(`/frameworks/sc-rscitech/${code}`, criterionHeading(code));
    await poll(() => criterion.showsRecord(doomed.id).count()).toBe(0);
    expect(Date.now() - seenAt).toBeLessThan(STALE_MS);

    // 3. Import a small spreadsheet: one activity today, its time written as people write it.
    seenAt = Date.now();
    await go('/', 'Dashboard');
    const hoursBeforeImport = await dashboard.hoursThisYear();
    await go('/settings', 'Settings');
    const importing = page.getByRole('region', { name: 'Import from a spreadsheet' });
    await importing.locator('input[type="file"]').setInputFiles({ name: 'cpd.csv', mimeType: 'text/csv', buffer: Buffer.from(`Date,Activity,Hours\n${formatUkDate(today)},${IMPORTED},1h 30m\n`) });
    await importing.getByRole('button', { name: 'Import all 1 rows' }).press('Enter');
    await poll(() => importing.getByRole('heading', { name: /^Imported 1 record/ }).isVisible()).toBe(true);

    await go('/', 'Dashboard');
    await poll(() => dashboard.hoursThisYear()).toBe(Math.round((hoursBeforeImport + 1.5) * 100) / 100);
    expect(Date.now() - seenAt).toBeLessThan(STALE_MS);

    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
