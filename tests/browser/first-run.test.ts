import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend } from '../support/backend';
import { makeTempDir } from '../support/temp-dir';
import { allAxeFindings } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHostProcess, type HostProcess } from './support/host-process';

/** The accessible name (or text) of whatever has keyboard focus. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-labelledby');
    const label = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
    const forLabel = el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
    return (el.getAttribute('aria-label') || label || forLabel || el.closest('label')?.textContent || el.textContent || '').trim();
  });

/** Presses Tab until the focused element's name matches, as a keyboard user would; fails after 150 presses. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tabbing never reached ${name}`);
}

describe('the first run, by keyboard alone, in real Chromium', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let host: HostProcess;

  beforeAll(async () => {
    browser = await launchChromium();
    temp = await makeTempDir();
    host = await startHostProcess(temp.dir);
  }, 60_000);
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await temp?.remove();
  });

  it('goes from an empty folder to a profile with a target and a first CPD record', { timeout: 180_000 }, async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(host.launchUrl);
    await expect.poll(() => page.getByRole('heading', { name: 'Start here' }).isVisible()).toBe(true);
    // An empty portfolio is pointed to its first step, not praised.
    const reminders = page.locator('section[aria-labelledby="reminders-heading"]');
    expect(await reminders.textContent()).not.toContain('Nice work');
    expect(await reminders.getByRole('link', { name: 'first CPD record' }).count()).toBe(1);

    await tabTo(page, /^Open the first-run guide$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Welcome to Techfolio' }).isVisible()).toBe(true);

    await tabTo(page, /^Your name$/);
    await page.keyboard.type('Zoë Ørsted-Nwosu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Laboratory Technician');

    // Help me choose: level 3, science, works under direction suggests RSciTech and says why.
    await tabTo(page, /^Help me choose$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Below level 3/);
    await page.keyboard.press('ArrowDown'); // Level 3
    await tabTo(page, /^Scientific/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Work largely under direction$/);
    await page.keyboard.press('Space');
    const suggestion = page.locator('.suggestions-list li', { hasText: 'RSciTech' });
    await expect.poll(() => suggestion.textContent()).toContain('level 3 qualification');
    await tabTo(page, /^Choose RSciTech$/);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('radio', { name: /^RSciTech \(Registered Science Technician\)/ }).isChecked()).toBe(true);

    await tabTo(page, /^Professional body/);
    await page.keyboard.type('IST');
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    await tabTo(page, /^The calendar year/);
    await page.keyboard.press('Space');
    expect(await allAxeFindings(page)).toEqual([]);

    await tabTo(page, /^Save and continue$/);
    await page.keyboard.press('Enter');
    // Focus moves to the next step, so the keyboard carries on from there; the save is announced.
    await expect.poll(() => focusedName(page)).toBe('4. Saved. What next?');
    await expect.poll(() => page.locator('[data-toast-region], .notice-region').first().textContent()).toContain('Saved');

    await tabTo(page, /^Log my first CPD$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Log CPD' }).isVisible()).toBe(true);
    await expect.poll(() => focusedName(page)).toMatch(/^Title/);
    await page.keyboard.type('Safe use of the autoclave');
    await tabTo(page, /^Hours/);
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('link', { name: 'Safe use of the autoclave' }).count()).toBe(1);

    // What the guide saved is in the portfolio, next to the record.
    await host.stop();
    const backend = await openTestBackend(temp.dir);
    try {
      const profile = await backend.api.getProfile();
      expect(profile.name).toBe('Zoë Ørsted-Nwosu');
      expect(profile.jobTitle).toBe('Laboratory Technician');
      expect(profile.targetRegistrations.map((t) => t.frameworkId)).toEqual(['sc-rscitech']);
      expect(profile.cpdTargets).toEqual([{ bodyId: 'ist', amount: 30, unit: 'hours' }]);
      expect(profile.cpdYear).toBe('calendar');
      expect((await backend.api.listCpd()).map((r) => [r.title, r.hours])).toEqual([['Safe use of the autoclave', 2]]);
    } finally {
      await backend.close();
    }
    host = await startHostProcess(temp.dir);

    // With a target set, the Frameworks and pack screens open on it rather than the alphabetically first.
    await page.close();
    const again = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await again.goto(host.launchUrl);
    await expect.poll(() => again.getByRole('heading', { level: 1, name: 'Dashboard' }).isVisible()).toBe(true);
    await again.evaluate(() => (window.location.hash = '#/frameworks'));
    await expect.poll(() => again.locator('.framework-link[aria-current="page"] .framework-short').textContent()).toBe('RSciTech');
    await again.evaluate(() => (window.location.hash = '#/pack'));
    await expect.poll(() => again.locator('.pack-options .select-button').first().textContent()).toContain('RSciTech');
  });
});
