import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../support/backend';
import { allAxeFindings } from './support/axe';
import { useBrowserWithHost } from './support/browser-with-host';

const MINE = 'My own fume cupboard checks';

/** The titles of the CPD records the backend answers with now, asked through the page's own token. */
const cpdTitles = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('./api/listCpd', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('techfolio.token') ?? ''}` },
      body: '{"args":[]}',
    });
    return ((await response.json()) as { value: { title: string }[] }).value.map((r) => r.title);
  });

async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#${path}`);
  await expect.poll(() => page.locator('main h1').first().isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
}

describe('exploring the sample portfolio, in real Chromium', () => {
  const env = useBrowserWithHost(async (dataDir) => {
    const backend = await openTestBackend(dataDir);
    try {
      await backend.api.saveProfile({ ...(await backend.api.getProfile()), name: 'Ada Okafor', jobTitle: 'Workshop Technician' });
      await backend.api.addCpd({ title: MINE, startDate: '2026-10-01', hours: 1 });
    } finally {
      await backend.close();
    }
  });

  it('opens the sample in a folder of its own from the first-run guide, says so on every screen, and goes back to the user’s portfolio as it was', { timeout: 180_000 }, async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(env.host.launchUrl);
    await open(page, '/welcome');
    const banner = page.getByRole('region', { name: 'Sample portfolio' });
    expect(await banner.count()).toBe(0);

    await page.getByRole('button', { name: 'Explore with a sample portfolio' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => banner.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await banner.textContent()).toContain('You are exploring a sample portfolio; your own is untouched.');
    // The dashboard opens on the sample.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/');

    const sample = await cpdTitles(page);
    expect(sample.length).toBeGreaterThan(10);
    expect(sample).toContain('HPLC troubleshooting workshop');
    expect(sample).not.toContain(MINE);
    // Every screen shows the sample's content, with the banner above it.
    await open(page, '/profile');
    await expect.poll(() => page.getByRole('textbox', { name: 'Full name' }).inputValue()).not.toBe('Ada Okafor');
    expect(await banner.isVisible()).toBe(true);
    await open(page, '/cpd');
    expect(await banner.isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).not.toContain(MINE);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => localStorage.setItem('techfolio.display', JSON.stringify({ theme: t, textSize: 'standard' })), theme);
      await page.reload();
      await expect.poll(() => banner.isVisible()).toBe(true);
      await expect.poll(() => page.locator('main h1').first().isVisible(), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
      expect(await allAxeFindings(page)).toEqual([]);
    }

    await banner.getByRole('button', { name: 'Back to my portfolio' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0);
    expect(await cpdTitles(page)).toEqual([MINE]);
    await open(page, '/profile');
    await expect.poll(() => page.getByRole('textbox', { name: 'Full name' }).inputValue()).toBe('Ada Okafor');
    await open(page, '/cpd');
    await expect.poll(() => page.locator('main').textContent()).toContain(MINE);
    expect(await page.locator('main').textContent()).not.toContain('HPLC troubleshooting workshop');
  });
});
