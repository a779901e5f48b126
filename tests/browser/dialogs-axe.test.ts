import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeSamplePortfolio } from '../../electron/sample/sample-portfolio';
import { openTestBackend } from '../support/backend';
import { allAxeFindings } from './support/axe';
import { useBrowserWithHost } from './support/browser-with-host';

/** Where each dialog (and the date field's calendar, a select's options and the recognition screen's menu) opens from. */
interface Opening {
  name: string;
  path: (recordId: string) => string;
  /** The tab chosen first, on a screen with tabs. */
  tab?: string;
  /** The buttons pressed in turn; the last opens the dialog. */
  press: (string | RegExp)[];
}

const OPENINGS: Opening[] = [
  { name: 'delete a CPD record', path: (id) => `/cpd/${id}`, press: ['Delete record'] },
  { name: 'a date field’s calendar', path: () => '/cpd/new', press: [/^Choose start date from a calendar$|^Choose date from a calendar$/] },
  { name: 'a select’s list of options', path: () => '/cpd/new', press: [/Category$/] },
  { name: 'add training', path: () => '/training', press: [/^Add training$/] },
  { name: 'edit training', path: () => '/training', press: [/^Edit /] },
  { name: 'delete training', path: () => '/training', press: [/^Delete /] },
  { name: 'add a note', path: () => '/evidence', press: ['Add a note'] },
  { name: 'add a link', path: () => '/evidence', press: ['Add a link'] },
  { name: 'preview evidence', path: () => '/evidence', press: [/^Preview /] },
  { name: 'edit evidence', path: () => '/evidence', press: [/^Edit /] },
  { name: 'delete evidence', path: () => '/evidence', press: [/^Delete /] },
  { name: 'rate a pathway competence', path: () => '/pathway', press: [/^Rate /] },
  { name: 'the recognition screen’s add menu', path: () => '/recognition', press: [/^Add (a|your first) record/] },
  { name: 'add a job', path: () => '/profile', tab: 'Employment', press: ['Add job'] },
  { name: 'delete a job', path: () => '/profile', tab: 'Employment', press: [/^Delete /] },
  { name: 'add a qualification', path: () => '/profile', tab: 'Qualifications', press: ['Add qualification'] },
  { name: 'add a person', path: () => '/profile', tab: 'Supporters and referees', press: ['Add person'] },
  { name: 'add a goal', path: () => '/profile', tab: 'Development plan', press: ['Add goal'] },
];

async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#${path}`);
  await expect.poll(() => page.locator('main h1').first().isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
}

/** A dialog, alert dialog, menu or a select's options, open over the page. */
const overlay = (page: Page) => page.locator('[role="dialog"], [role="alertdialog"], [role="menu"], .popover [role="listbox"]');

describe('every dialog in real Chromium, light and dark, with a sample portfolio', () => {
  let recordId = '';
  const env = useBrowserWithHost(async (dataDir) => {
    const backend = await openTestBackend(dataDir);
    try {
      await writeSamplePortfolio(backend, { seed: 7, today: '2026-11-23' });
      recordId = (await backend.api.listCpd())[0]!.id;
    } finally {
      await backend.close();
    }
  });

  it('axe finds nothing of any impact in any dialog, in either theme', { timeout: 300_000 }, async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(env.host.launchUrl);
    await expect.poll(() => page.locator('main h1').first().isVisible(), { timeout: 15_000 }).toBe(true);
    const findings: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => localStorage.setItem('techfolio.display', JSON.stringify({ theme: t, textSize: 'standard' })), theme);
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      for (const opening of OPENINGS) {
        await open(page, opening.path(recordId));
        if (opening.tab) {
          await page.getByRole('tab', { name: opening.tab }).focus();
          await page.keyboard.press('Enter');
          await expect.poll(() => page.getByRole('tab', { name: opening.tab }).getAttribute('aria-selected')).toBe('true');
        }
        for (const name of opening.press) {
          const button = page.getByRole('button', { name }).first();
          await button.focus();
          await page.keyboard.press('Enter');
        }
        await expect.poll(() => overlay(page).first().isVisible(), { timeout: 10_000 }).toBe(true);
        // Let the overlay's entry transition finish before axe measures its colours.
        await page.waitForTimeout(400);
        findings.push(...(await allAxeFindings(page)).map((f) => `${theme}, ${opening.name}: ${f}`));
        await page.keyboard.press('Escape');
        await expect.poll(() => overlay(page).count(), { timeout: 10_000 }).toBe(0);
      }
    }
    expect(findings).toEqual([]);
  });
});
