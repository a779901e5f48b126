import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { seriousAxeFindings } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHostProcess } from './support/host-process';

describe('browser mode: a CPD record survives a restart of the host', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  beforeAll(async () => {
    temp = await makeTempDir();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await temp?.remove();
  });

  it('adds a record by keyboard, restarts the host, and still shows it', async () => {
    const first = await startHostProcess(temp.dir);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(first.launchUrl);
    await page.goto(`${first.url}#/cpd`);
    await expect.poll(() => page.getByText('No CPD logged yet').isVisible()).toBe(true);
    expect(page.url()).not.toMatch(/token=|launch=/);
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('link', { name: 'Log your first activity' }).press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Log CPD' }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Title' }).fill('Zoë’s mass spectrometry workshop');
    await page.getByRole('textbox', { name: 'Hours' }).fill('1.5');
    await page.getByRole('textbox', { name: 'Hours' }).press('Enter');
    await expect.poll(() => page.getByRole('link', { name: 'Zoë’s mass spectrometry workshop' }).count()).toBe(1);
    // A reload keeps working: the token stays in this tab's session storage.
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: 'Zoë’s mass spectrometry workshop' }).count()).toBe(1);
    await context.close();
    await first.stop();

    const second = await startHostProcess(temp.dir);
    expect(second.url).not.toBe(first.url);
    const againContext = await browser.newContext();
    const again = await againContext.newPage();
    await again.goto(second.launchUrl);
    await again.goto(`${second.url}#/cpd`);
    await expect.poll(() => again.getByRole('link', { name: 'Zoë’s mass spectrometry workshop' }).count()).toBe(1);
    expect(await again.getByText('1.5 hours', { exact: true }).count()).toBe(1);
    await againContext.close();
    await second.stop();
    expect(consoleErrors).toEqual([]);
  });

  it('refuses the API to a page that lacks the token', async () => {
    const host = await startHostProcess(temp.dir);
    const page = await browser.newPage();
    await page.goto(host.url);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('#launch=');
    const status = await page.evaluate(async () => (await fetch('./api/listCpd', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"args":[]}' })).status);
    expect(status).toBe(401);
    await page.close();
    await host.stop();
  });
});
