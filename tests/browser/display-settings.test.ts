import path from 'node:path';
import { seriousAxeFindings } from './support/axe';
import { describe, expect, it } from 'vitest';
import { useSamplePage } from './support/sample-page';
import { poll, SCREENSHOTS } from './support/sample-portfolio';

describe('display settings on the sample portfolio', () => {
  const env = useSamplePage();

  it('settings: switching to the dark theme and the largest text applies at once and survives a reload', async () => {
    const { page, open, consoleErrors } = env;
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
