import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { seriousAxeFindings } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHostProcess, type HostProcess } from './support/host-process';

const SCREENSHOTS = path.resolve('test-output/screenshots');
// A busy two-core machine may take a few seconds to show a lazily loaded screen.
const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
const SCREENS = [
  { name: 'dashboard', hash: '/', heading: 'Dashboard' },
  { name: 'cpd-log', hash: '/cpd', heading: 'CPD log' },
  { name: 'record-editor', hash: '/cpd/new', heading: 'Log CPD' },
  { name: 'training', hash: '/training', heading: 'Training' },
  { name: 'profile', hash: '/profile', heading: 'Profile' },
  { name: 'settings', hash: '/settings', heading: 'Settings' },
] as const;

describe('browser mode on the sample portfolio: dashboard, CPD log, record editor, training, profile and settings', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let host: HostProcess;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  /** Opens a screen by its address and waits for its heading. */
  const open = async (hash: string, heading: string) => {
    await page.goto(`${host.url}#${hash}`);
    await poll(() => page.getByRole('heading', { level: 1, name: heading }).isVisible()).toBe(true);
  };

  beforeAll(async () => {
    temp = await makeTempDir();
    execFileSync(process.execPath, ['dist/cli.mjs', '--data-dir', temp.dir, 'sample'], { env: { ...process.env, TECHFOLIO_DATA_DIR: '' } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    host = await startHostProcess(temp.dir);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(host.launchUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await temp?.remove();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`every screen has no serious accessibility findings in the ${theme} theme, one h1, and is photographed`, async () => {
      await page.evaluate((t) => localStorage.setItem('techfolio.display', JSON.stringify({ theme: t, textSize: 'standard' })), theme);
      for (const screen of SCREENS) {
        await open(screen.hash, screen.heading);
        await page.reload();
        await poll(() => page.getByRole('heading', { level: 1, name: screen.heading }).isVisible()).toBe(true);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        // Let lazy parts (the chart, coverage figures) settle before judging and photographing.
        await page.waitForLoadState('networkidle');
        expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
        expect({ screen: screen.name, findings: await seriousAxeFindings(page) }).toEqual({ screen: screen.name, findings: [] });
        await page.screenshot({ path: path.join(SCREENSHOTS, `${screen.name}-${theme}.png`) });
      }
      await page.evaluate(() => localStorage.removeItem('techfolio.display'));
    });
  }

  it('dashboard: shows CPD against the target, readiness for RSciTech, reminders and the monthly figures as a table', async () => {
    await open('/', 'Dashboard');
    await poll(() => page.getByRole('meter', { name: 'Institute of Science and Technology' }).getAttribute('aria-valuetext')).toMatch(/ of 30$/);
    await poll(() => page.getByRole('meter', { name: 'RSciTech' }).getAttribute('aria-valuetext')).toMatch(/% ready$/);
    await poll(() => page.getByRole('region', { name: /Reminders/ }).getByText(/Expired|Renew soon|Draft/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Show the figures as a table' }).press('Enter');
    await poll(() => page.getByRole('table', { name: /Hours of complete CPD per month/ }).getByRole('row').count()).toBe(13);
    // The chart is loaded lazily; it is a picture only (hidden from assistive technology).
    await poll(() => page.locator('.chart[aria-hidden="true"] .recharts-wrapper').count()).toBe(1);
  });

  it('CPD log: search narrows the list as you type, and each keystroke is measured', async () => {
    await open('/cpd', 'CPD log');
    const all = Number(/^(\d+) records/.exec((await page.getByRole('status').first().textContent()) ?? '')?.[1]);
    expect(all).toBeGreaterThan(20);
    const list = page.getByRole('list', { name: 'CPD records' });
    const listTop = async () => (await list.boundingBox())?.y;
    const topBefore = await listTop();
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('autoclave');
    await poll(() => page.getByRole('status').first().textContent()).toMatch(new RegExp(`^\\d+ of ${all} records match`));
    // The "Clear search and filters" button appearing does not push the list down as you type.
    expect(await listTop()).toBe(topBefore);
    const links = await page.getByRole('list', { name: 'CPD records' }).getByRole('link').allTextContents();
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(all);
    expect(await page.evaluate(() => ({ rows: performance.getEntriesByName('cpd-log:first-rows').length, searches: performance.getEntriesByName('cpd-search', 'measure').length }))).toMatchObject({ rows: 1 });
    expect(await page.evaluate(() => performance.getEntriesByName('cpd-search', 'measure').length)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
  });

  it('adds a record by keyboard alone, from the dashboard to the log', async () => {
    await open('/', 'Dashboard');
    // Tab to the "Log CPD" action and press Enter: no mouse from here on.
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Log CPD') break;
    }
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('heading', { level: 1, name: 'Log CPD' }).isVisible()).toBe(true);
    // The title field has focus when the editor opens.
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('title');
    await page.keyboard.type('Keyboard-only fume cupboard testing');
    const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
    for (let i = 0; i < 30 && (await focusedLabel()) !== 'Hours'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Hours');
    await page.keyboard.type('2.25');
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('heading', { level: 1, name: 'CPD log' }).isVisible()).toBe(true);
    await poll(() => page.getByRole('link', { name: 'Keyboard-only fume cupboard testing' }).count()).toBe(1);
  });

  it('training register: says in words when each course lapses, and exports the renewal dates as a calendar file', async () => {
    await open('/training', 'Training');
    const statuses = await page.getByRole('table').locator('.badge').allTextContents();
    expect(statuses.length).toBe(7);
    for (const status of statuses) expect(status).toMatch(/^(Expired on \d\d\/\d\d\/\d{4}|Expires (today|in \d+ days?)|Valid until \d\d\/\d\d\/\d{4}|No expiry)$/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export renewal dates (.ics)' }).press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^training-renewals-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = readFileSync((await file.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Renew: ');
  });

  it('profile: shows the sample technician and the career sections', async () => {
    await open('/profile', 'Profile');
    await poll(() => page.getByRole('textbox', { name: 'Full name' }).inputValue()).toContain('Siân');
    await page.getByRole('tab', { name: 'Employment' }).click();
    await poll(() => page.getByRole('tabpanel').getByRole('listitem').count()).toBeGreaterThan(0);
  });

  it('settings: switching to the dark theme and the largest text applies at once and survives a reload', async () => {
    await open('/settings', 'Settings');
    // React Aria radios keep the input visually hidden under their label: press the label, as a user does.
    await page.locator('label', { hasText: /^Dark$/ }).click();
    await page.locator('label', { hasText: /^Larger$/ }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const scaled = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(scaled).toBe('20px');
    await page.reload();
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await poll(() => page.getByText(/The portfolio was checked|checked/).first().isVisible()).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-dark-larger.png') });
    await page.locator('label', { hasText: /^Light$/ }).click();
    await page.locator('label', { hasText: /^Standard$/ }).click();
    expect(consoleErrors).toEqual([]);
  });
});
