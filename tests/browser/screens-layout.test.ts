import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSamplePortfolio } from '../../electron/sample/sample-portfolio';
import { openTestBackend } from '../support/backend';
import { makeTempDir } from '../support/temp-dir';
import { allAxeFindings } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHostProcess, type HostProcess } from './support/host-process';

/** Every screen, with a real record and criterion where the route needs one. */
function screens(recordId: string): string[] {
  return ['/', '/welcome', '/help', '/cpd', '/cpd/new', `/cpd/${recordId}`, '/evidence', '/frameworks', '/frameworks/sc-rscitech', '/frameworks/sc-rscitech/A1', '/pack', '/training', '/recognition', '/pathway', '/profile', '/settings'];
}

async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#${path}`);
  await expect.poll(() => page.locator('main h1').first().isVisible(), { timeout: 15_000 }).toBe(true);
  // Lazy screens and their queries settle; nothing is still saying it loads.
  await expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
  // A cached screen swaps in within a frame or two; give it time before measuring.
  await page.waitForTimeout(300);
}

/** How far the page itself scrolls sideways, in CSS pixels. */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('every screen in real Chromium, with a sample portfolio', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let host: HostProcess;
  let recordId = '';
  /** One tab for the whole file: the launch address lets in one tab, which keeps its token across reloads. */
  let page: Page;
  const ready = async (viewport: { width: number; height: number }) => {
    await page.setViewportSize(viewport);
    await page.evaluate(() => (window.location.hash = '#/'));
    return page;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    temp = await makeTempDir();
    const backend = await openTestBackend(temp.dir);
    try {
      await writeSamplePortfolio(backend, { seed: 7, today: '2026-11-23' });
      const profile = await backend.api.getProfile();
      if (!profile.targetRegistrations.some((t) => t.frameworkId === 'sc-rscitech')) {
        await backend.api.saveProfile({ ...profile, targetRegistrations: [{ frameworkId: 'sc-rscitech', viaBodyId: 'ist' }, ...profile.targetRegistrations] });
      }
      // Three drafts share one reminder row: the badge must count that row once.
      for (const title of ['Draft: fume cupboard checks', 'Draft: HPLC column care', 'Draft: outreach day']) {
        await backend.api.addCpd({ title, startDate: '2026-11-20', hours: 1, status: 'draft' });
      }
      recordId = (await backend.api.listCpd())[0]!.id;
    } finally {
      await backend.close();
    }
    host = await startHostProcess(temp.dir);
    page = await (await browser.newContext()).newPage();
    await page.goto(host.launchUrl);
  }, 90_000);
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await temp?.remove();
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 853, height: 480 },
  ]) {
    it(`no screen scrolls sideways at ${viewport.width}×${viewport.height}`, { timeout: 240_000 }, async () => {
      await ready(viewport);
      const wide: string[] = [];
      for (const path of screens(recordId)) {
        await open(page, path);
        const extra = await sidewaysScroll(page);
        if (extra > 0) wide.push(`${path} scrolls ${extra}px sideways`);
      }
      expect(wide).toEqual([]);
    });
  }

  it('the Reminders badge counts the reminders it shows', { timeout: 60_000 }, async () => {
    await ready({ width: 1366, height: 768 });
    const reminders = page.locator('section[aria-labelledby="reminders-heading"]');
    await expect.poll(() => reminders.locator('li.reminder').count()).toBeGreaterThan(1);
    const rows = await reminders.locator('li.reminder').count();
    expect(await reminders.locator('h2 .badge').textContent()).toBe(`${rows} ${rows === 1 ? 'reminder' : 'reminders'}`);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`axe finds nothing of any impact on the screens, ${theme}`, { timeout: 240_000 }, async () => {
      await ready({ width: 1366, height: 768 });
      await page.evaluate((t) => localStorage.setItem('techfolio.display', JSON.stringify({ theme: t, textSize: 'standard' })), theme);
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const findings: string[] = [];
      for (const path of screens(recordId)) {
        await open(page, path);
        if (path === '/welcome') await page.getByRole('button', { name: 'Help me choose' }).click();
        findings.push(...(await allAxeFindings(page)).map((f) => `${path}: ${f}`));
      }
      expect(findings).toEqual([]);
    });
  }
});
