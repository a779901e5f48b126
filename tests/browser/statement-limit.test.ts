import { describe, expect, it } from 'vitest';
import { useBrowserWithHost } from './support/browser-with-host';

describe('a statement longer than can be kept, in real Chromium', () => {
  const env = useBrowserWithHost();

  it('states the limit before saving, says at the field what to do once over it, and offers no retry that cannot work', { timeout: 60_000 }, async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(env.host.launchUrl);
    await page.evaluate(() => (window.location.hash = '#/frameworks/sc-rscitech/A1'));
    const field = page.getByRole('textbox', { name: 'Competence statement for A1' });
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await page.locator('#statement-limit').textContent()).toBe('Up to 100,000 characters.');

    await field.fill('I '.repeat(50_001));
    await field.blur();
    await expect.poll(() => page.locator('#statement-limit').textContent()).toContain('Shorten it by 2 characters');
    // The field's description carries the message, so it is read with the field.
    expect(await field.getAttribute('aria-describedby')).toContain('statement-limit');
    await page.waitForTimeout(1500);
    expect(await page.locator('#statement-status').textContent()).toBe('Not saved: too long (see above). Your text is kept on this computer.');
    expect(await page.getByRole('button', { name: 'Try saving again' }).count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(/too_big|String must contain|Too big/);
  });
});
