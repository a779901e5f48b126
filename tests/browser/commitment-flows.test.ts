import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { seriousAxeFindings } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHostProcess, type HostProcess } from './support/host-process';
import { SCREENSHOTS } from './support/sample-portfolio';
import { checkScreensInTheme } from './support/screens-in-theme';

const SCREENS = [
  { name: 'recognition', hash: '/recognition', heading: 'Recognition & impact' },
  { name: 'pathway', hash: '/pathway', heading: 'Career pathway' },
] as const;

describe('browser mode on the sample portfolio: Recognition & impact and Career pathway', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let host: HostProcess;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  const open = async (hash: string, heading: string) => {
    await page.goto(`${host.url}#${hash}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: heading }).isVisible()).toBe(true);
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
    it(`both screens have no serious accessibility findings in the ${theme} theme, one h1, and are photographed`, async () => {
      await checkScreensInTheme(page, open, SCREENS, theme);
    });
  }

  it('adds an outreach record by keyboard and finds it in its section', async () => {
    await open('/recognition', 'Recognition & impact');
    await page.getByRole('button', { name: /^Add a record/ }).press('Enter');
    await page.getByRole('menuitem', { name: 'Outreach' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add outreach' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.type('Science festival: DNA extraction stand');
    await dialog.getByRole('textbox', { name: 'Audience size (about)' }).fill('320');
    // The criteria are one group, announced once.
    expect(await dialog.getByRole('group', { name: 'Criteria this shows' }).count()).toBe(1);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add outreach' }).press('Enter');
    const section = page.getByRole('region', { name: 'Outreach and public engagement' });
    await expect.poll(() => section.getByRole('rowheader', { name: /Science festival: DNA extraction stand/ }).count()).toBe(1);
    expect(await section.getByRole('rowheader', { name: /Science festival/ }).textContent()).toContain('about 320 people');
  });

  it('rates a competence and sees the pathway move: S2 competent brings level 3', async () => {
    await open('/pathway', 'Career pathway');
    await expect.poll(() => page.getByText('Current level:').textContent()).toContain('Level 2: Practising');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Still to show for Level 3: Proficient' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Rate S2 Keeps records and quality systems' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rate a competence' });
    // Keyboard only: focus the choice, then Space selects it.
    await dialog.getByRole('radio', { name: /^Competent/ }).focus();
    await page.keyboard.press('Space');
    await dialog.getByRole('textbox', { name: /Why/ }).fill('Ran the autoclave audit and fixed what it found.');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save rating' }).press('Enter');
    await expect.poll(() => page.getByText('Current level:').textContent()).toContain('Level 3: Proficient');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Still to show for Level 4: Advanced' }).isVisible()).toBe(true);
    const s2 = page.getByRole('row', { name: /S2 Keeps records/ });
    await s2.getByRole('button', { name: /History \(2\)/ }).press('Enter');
    await expect.poll(() => s2.getByText(/Competent · Ran the autoclave audit/).isVisible()).toBe(true);
  });

  it('prints the one-page development summary as a download', async () => {
    await open('/pathway', 'Career pathway');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Print summary' }).press('Enter');
    expect((await download).suggestedFilename()).toMatch(/^Development summary - Example pathway - .+\.pdf$/);
    expect(consoleErrors).toEqual([]);
  });
});
