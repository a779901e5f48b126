import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './support/axe';
import { useBrowserWithHost } from './support/browser-with-host';
import { useSamplePage } from './support/sample-page';
import { checkScreensInTheme } from './support/screens-in-theme';
import { SCREENSHOTS, writeSamplePortfolio } from './support/sample-portfolio';

// Every screen on the sample portfolio, in both themes: no serious axe findings, one h1, a photograph.

const SCREENS = [
  { name: 'dashboard', hash: '/', heading: 'Dashboard' },
  { name: 'cpd-log', hash: '/cpd', heading: 'CPD log' },
  { name: 'record-editor', hash: '/cpd/new', heading: 'Log CPD' },
  { name: 'training', hash: '/training', heading: 'Training' },
  { name: 'profile', hash: '/profile', heading: 'Profile' },
  { name: 'settings', hash: '/settings', heading: 'Settings' },
] as const;

describe('the record screens in both themes', () => {
  const env = useSamplePage();

  for (const theme of ['light', 'dark'] as const) {
    it(`every screen has no serious accessibility findings in the ${theme} theme, one h1, and is photographed`, async () => {
      await checkScreensInTheme(env.page, env.open, SCREENS, theme);
    });
  }
});

describe('evidence, frameworks, criterion and pack in both themes', () => {
  const env = useBrowserWithHost(writeSamplePortfolio);

  const screens = [
    { name: 'evidence', hash: '#/evidence', ready: (p: Page) => p.getByRole('list', { name: /^Evidence, \d+ items$/ }) },
    { name: 'frameworks', hash: '#/frameworks/sc-rscitech', ready: (p: Page) => p.getByTestId('readiness-figure') },
    { name: 'criterion', hash: '#/frameworks/sc-rscitech/A1', ready: (p: Page) => p.getByRole('textbox', { name: 'Competence statement for A1' }) },
    { name: 'pack', hash: '#/pack', ready: (p: Page) => p.getByRole('button', { name: 'Make the pack' }) },
  ];

  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious axe findings on any screen in the ${theme} theme, and screenshots each`, async () => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(await env.host.sessionUrl());
      for (const screen of screens) {
        await page.evaluate((hash) => (location.hash = hash), screen.hash);
        await expect.poll(() => screen.ready(page).isVisible(), { timeout: 15_000 }).toBe(true);
        // Thumbnails and coverage settle before the picture and the audit.
        await page.waitForLoadState('networkidle');
        expect(await page.locator('h1').count()).toBe(1);
        expect({ screen: screen.name, findings: await seriousAxeFindings(page) }).toEqual({ screen: screen.name, findings: [] });
        await page.screenshot({ path: path.join(SCREENSHOTS, `${screen.name}-${theme}.png`) });
      }
      await context.close();
    });
  }
});
