import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAxeFindings } from './axe';
import { poll, SCREENSHOTS } from './sample-portfolio';

export interface ScreenToCheck {
  name: string;
  hash: string;
  heading: string;
}

/**
 * Each screen opened and reloaded in `theme`: it shows that theme, has one h1 and no serious axe
 * findings, and is photographed as test-output/screenshots/<name>-<theme>.png. The theme setting
 * is removed afterwards.
 */
export async function checkScreensInTheme(page: Page, open: (hash: string, heading: string) => Promise<void>, screens: readonly ScreenToCheck[], theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => localStorage.setItem('techfolio.display', JSON.stringify({ theme: t, textSize: 'standard' })), theme);
  for (const screen of screens) {
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
}
