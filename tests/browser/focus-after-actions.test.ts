import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../support/backend';
import { useBrowserWithHost } from './support/browser-with-host';

/** The focused element's tag and text: where a keyboard user now is. */
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName ?? ''} ${document.activeElement?.textContent?.trim() ?? ''}`);

describe('focus after an action that finishes later, in real Chromium', () => {
  const env = useBrowserWithHost(async (dataDir) => {
    const backend = await openTestBackend(dataDir);
    try {
      await backend.api.saveProfile({ name: 'Siân Jones', professionalBodies: [{ bodyId: 'ist' }], targetRegistrations: [{ frameworkId: 'sc-rscitech', viaBodyId: 'ist' }] });
      await backend.api.addCpd({ title: 'Autoclave validation course', startDate: '2026-10-01', hours: 3 });
    } finally {
      await backend.close();
    }
  });

  it("moves to the check result, the made pack and the backup's outcome, rather than dropping to the top of the page", { timeout: 120_000 }, async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(env.host.launchUrl);
    await page.evaluate(() => (window.location.hash = '#/pack'));
    await expect.poll(() => page.locator('.pack-options .select-button').first().textContent()).toContain('RSciTech');

    await page.getByRole('button', { name: 'Check the pack' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 30_000 }).toBe('H2 Before you make it');

    await page.getByRole('button', { name: 'Make the pack' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 60_000 }).toBe('H2 The pack is made');

    // Backing up disables its button while it works; focus then lands on the outcome.
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.getByRole('button', { name: 'Make a backup archive' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 60_000 }).toMatch(/^H3 .*backup archive/);
  });
});
