import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend } from '../support/backend';
import { makePdf } from '../support/evidence-files';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/chromium';
import { startHostProcess, type HostProcess } from './support/host-process';

describe('adding evidence from a CPD record, in real Chromium', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let host: HostProcess;

  beforeAll(async () => {
    browser = await launchChromium();
    temp = await makeTempDir();
    const backend = await openTestBackend(temp.dir);
    try {
      await backend.api.addCpd({ title: 'Fire marshal training', startDate: '2026-03-14', hours: 3 });
    } finally {
      await backend.close();
    }
    host = await startHostProcess(temp.dir);
  }, 60_000);
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await temp?.remove();
  });

  it('asks for a title (prefilled from the file name, editable) and dates the evidence with the record', { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(host.launchUrl);
    await page.evaluate(() => (window.location.hash = '#/cpd'));
    await page.getByRole('link', { name: 'Fire marshal training' }).press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Choose files…' }).isVisible()).toBe(true);

    await page.locator('input[type=file]').setInputFiles({ name: 'fire_marshal-certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf('Fire marshal certificate')) });
    const title = page.getByRole('textbox', { name: 'Evidence title' });
    await expect.poll(() => title.inputValue()).toBe('fire marshal certificate');
    // The title field takes focus, so the user types straight away.
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByText("Dated 14/03/2026, the record's date.").isVisible()).toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Fire marshal certificate, March 2026');
    await page.getByRole('button', { name: 'Add fire_marshal-certificate.pdf' }).press('Enter');
    await expect.poll(() => page.getByRole('list', { name: 'Linked evidence' }).textContent()).toContain('Fire marshal certificate, March 2026');
    // Focus comes back to where the next file is chosen, not the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Choose files…');

    await host.stop();
    const backend = await openTestBackend(temp.dir);
    try {
      const [item] = await backend.api.listEvidence();
      expect(item).toMatchObject({ title: 'Fire marshal certificate, March 2026', date: '2026-03-14' });
    } finally {
      await backend.close();
      host = await startHostProcess(temp.dir);
    }
  });
});
