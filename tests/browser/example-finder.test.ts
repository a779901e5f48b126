import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend } from '../support/backend';
import { makeTempDir } from '../support/temp-dir';
import { seriousAxeFindings } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHostProcess, type HostProcess } from './support/host-process';

const FW = 'sc-rscitech';
// Suggestions and advice wait for a pause in typing; a busy two-core machine adds to it.
const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

describe('the example finder and the statement coach in real Chromium', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let host: HostProcess | undefined;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    temp = await makeTempDir();
    const backend = await openTestBackend(temp.dir);
    try {
      await backend.api.saveProfile({ name: 'Siân Jones', targetRegistrations: [{ frameworkId: FW }] });
      await backend.api.addCpd({ title: 'Fire warden training', startDate: '2025-05-01', hours: 3, description: 'Refresher on evacuation and safe working.' });
      await backend.api.addCpd({ title: 'Solvent store COSHH audit', startDate: '2025-06-01', hours: 4, description: 'I audited the COSHH risk assessments for the solvent store, checked the fume cupboard airflow and the safety data sheets.' });
      await backend.api.addCpd({ title: 'Outreach day with school pupils', startDate: '2025-07-01', hours: 6, description: 'I ran a stand explaining microscopy to pupils.' });
    } finally {
      await backend.close();
    }
    host = await startHostProcess(temp.dir);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(host.launchUrl);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await temp?.remove();
  });

  it('suggests criteria with reasons while a CPD record is written; accepting one maps it in the saved record', { timeout: 120_000 }, async () => {
    await page.goto(`${host!.url}#/cpd/new`);
    await poll(() => page.getByRole('heading', { level: 1, name: 'Log CPD' }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Title' }).fill('COSHH risk assessment for the new solvent store');
    await page.getByRole('textbox', { name: 'Hours' }).fill('2');
    await page.getByRole('textbox', { name: 'Description' }).fill('I wrote the risk assessment and trained staff on spill kits and PPE.');
    const panel = page.getByRole('region', { name: 'Suggested criteria' });
    const accept = panel.getByRole('button', { name: 'Accept B1 for RSciTech' });
    await poll(() => accept.isVisible()).toBe(true);
    expect(await panel.getByText(/mentions: .*risk assessment/).first().textContent()).toMatch(/COSHH/);
    expect(await seriousAxeFindings(page, '.suggested-criteria')).toEqual([]);
    await accept.focus();
    await page.keyboard.press('Enter');
    await poll(() => accept.count()).toBe(0);
    await page.getByRole('button', { name: 'Save record' }).press('Enter');
    await poll(() => page.getByRole('link', { name: 'COSHH risk assessment for the new solvent store' }).count()).toBe(1);

    // What shows B1 now lists the saved record: its mapping was stored.
    await page.goto(`${host!.url}#/frameworks/${FW}/B1`);
    const shows = page.getByRole('region', { name: 'What shows it' });
    await poll(() => shows.getByRole('link', { name: 'COSHH risk assessment for the new solvent store' }).count()).toBe(1);
  });

  it('lists ranked examples on the criterion screen, and the coach flags a "we" statement and one without an outcome', { timeout: 120_000 }, async () => {
    await page.goto(`${host!.url}#/frameworks/${FW}/B1`);
    const examples = page.getByRole('region', { name: 'Examples you could use' });
    await poll(() => examples.textContent()).toContain('mentions');
    const titles = await examples.getByRole('listitem').getByRole('link').allTextContents();
    // The record mapped to B1 a moment ago is already its example, so it is not offered again.
    expect(titles[0]).toBe('Solvent store COSHH audit');
    expect(titles).not.toContain('COSHH risk assessment for the new solvent store');
    expect(await examples.getByRole('listitem').first().textContent()).toMatch(/mentions: .*COSHH/);

    const box = page.getByRole('textbox', { name: 'Competence statement for B1' });
    await box.pressSequentially('We moved the solvents to the new store. It was decided to label every shelf.', { delay: 10 });
    const coach = page.getByRole('region', { name: 'Coach' });
    await poll(() => coach.getByText(/say "we" or hide who acted/).isVisible()).toBe(true);
    const sentences = coach.getByRole('list', { name: 'Sentences this is about' }).first();
    expect(await sentences.textContent()).toContain('We moved the solvents to the new store.');
    expect(await coach.getByText('No sentence says what resulted from what you did.').isVisible()).toBe(true);
    // Typing was not disturbed, and autosave still ran.
    expect(await box.inputValue()).toBe('We moved the solvents to the new store. It was decided to label every shelf.');
    await poll(() => page.locator('#statement-status').textContent()).toMatch(/^Saved /);
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
