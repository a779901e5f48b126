import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CpdRecord } from '../../core/model/cpd-record';
import { openTestBackend } from '../support/backend';
import { makeTempDir } from '../support/temp-dir';
import { seriousAxeFindings } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHostProcess } from './support/host-process';

/** Every line of text in a PDF, read with pdf.js as a reader's software would. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

/** Opens the log and waits until it lists exactly these titles (a screen first shows what it had, then refreshes). */
async function expectLogTitles(page: Page, expected: string[]): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '#/cpd'));
  // Whichever view the log was left in: each record's title links to it.
  const links = page.locator('main a[href*="/cpd/"]:not([href$="/cpd/new"])');
  await expect.poll(async () => (await links.allTextContents()).sort(), { timeout: 10_000 }).toEqual([...expected].sort());
}

describe('browser mode: restoring in the app, and printing the log', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  beforeAll(async () => {
    browser = await launchChromium();
    temp = await makeTempDir();
  });
  afterAll(async () => {
    await browser?.close();
    await temp?.remove();
  });

  it('backs up, changes the portfolio, and finds everything as it was after restoring the archive and then a rolling backup', async () => {
    const dataDir = path.join(temp.dir, 'restore');
    const seeded = await openTestBackend(dataDir);
    await seeded.api.addCpd({ title: 'Autoclave validation course', startDate: '2025-03-25', hours: 1.5, category: 'formal' });
    await seeded.api.addCpd({ title: 'Fume cupboard testing', startDate: '2024-11-02', hours: 6 });
    await seeded.api.addEvidenceNote({ title: 'Safety officer conversation', note: 'Talked through the interlocks.' });
    await seeded.close();
    const original = ['Autoclave validation course', 'Fume cupboard testing'];

    const host = await startHostProcess(dataDir);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(host.launchUrl);
      await page.goto(`${host.url}#/settings`);

      // Back up: the archive arrives as a download in browser mode.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Make a backup archive' }).click();
      const archivePath = path.join(temp.dir, 'portfolio.techfolio');
      await (await downloading).saveAs(archivePath);

      // Change the portfolio: delete a record from the log's table and log a new one.
      await page.goto(`${host.url}#/cpd`);
      await page.locator('label', { hasText: /^Table$/ }).click();
      await page.getByRole('checkbox', { name: 'Select “Fume cupboard testing”' }).check();
      await page.getByRole('button', { name: 'Delete the selected record' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Close, keeping the delete' }).click();
      await page.goto(`${host.url}#/cpd/new`);
      await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Log CPD' }).isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByRole('textbox', { name: 'Title' }).fill('Added after the backup');
      await page.getByRole('textbox', { name: 'Hours' }).fill('2');
      await page.getByRole('textbox', { name: 'Hours' }).press('Enter');
      await expect.poll(() => page.getByRole('link', { name: 'Added after the backup' }).count()).toBe(1);

      // Restore from the archive, replacing: chosen through the page's own file picker, previewed first.
      await page.goto(`${host.url}#/settings`);
      const choosing = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose a backup archive…' }).click();
      await (await choosing).setFiles(archivePath);
      const preview = page.getByRole('group', { name: 'portfolio.techfolio' });
      await expect.poll(() => preview.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await preview.textContent()).toContain('2 CPD records, 0 training records, 1 evidence item');
      expect(await seriousAxeFindings(page)).toEqual([]);
      await preview.locator('label', { hasText: 'Replace everything with the archive' }).click();
      await preview.getByRole('button', { name: 'Back up, then replace' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Restored your portfolio from the backup archive.' }).isVisible(), { timeout: 15_000 }).toBe(true);
      await expectLogTitles(page, original);

      // Change it again, then go back to the backup made when Techfolio opened.
      await page.goto(`${host.url}#/cpd/new`);
      await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Log CPD' }).isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByRole('textbox', { name: 'Title' }).fill('Another change');
      await page.getByRole('textbox', { name: 'Hours' }).fill('1');
      await page.getByRole('textbox', { name: 'Hours' }).press('Enter');
      await expect.poll(() => page.getByRole('link', { name: 'Another change' }).count()).toBe(1);
      await page.goto(`${host.url}#/settings/restore`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('restore-heading');
      const table = page.getByRole('table', { name: 'From a backup kept on this computer' });
      const opened = table.getByRole('row').filter({ hasText: 'Techfolio was opened' });
      await opened.getByRole('button', { name: /Preview the backup made/ }).first().click();
      const backupPreview = page.getByRole('group', { name: /Backup made/ });
      await expect.poll(() => backupPreview.isVisible()).toBe(true);
      expect(await backupPreview.textContent()).toContain('2 CPD records');
      await backupPreview.getByRole('button', { name: 'Back up, then restore this backup' }).click();
      await expect.poll(() => page.getByRole('heading', { name: /Restored the backup made/ }).isVisible()).toBe(true);
      expect(await seriousAxeFindings(page)).toEqual([]);
      await expectLogTitles(page, original);
      await page.goto(`${host.url}#/evidence`);
      await expect.poll(() => page.getByText('Safety officer conversation').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
      await host.stop();
    }
  }, 120_000);

  it('printing a 500-record log puts every title in the PDF, and none of the controls; training prints the same way', async () => {
    const dataDir = path.join(temp.dir, 'print');
    const seeded = await openTestBackend(dataDir);
    const titles = Array.from({ length: 500 }, (_, i) => `Print check ${String(i + 1).padStart(3, '0')}`);
    seeded.portfolio.update((p) => ({
      next: { ...p, cpd: titles.map((title, i) => CpdRecord.parse({ title, startDate: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, hours: 1, ...seeded.portfolio.stamp() })) },
      result: undefined,
    }));
    await seeded.api.addTraining({ course: 'Radiation protection supervisor', completedDate: '2024-01-10', renewalMonths: 36 });
    await seeded.api.addTraining({ course: 'Class II cabinet use', completedDate: '2025-02-03' });
    await seeded.close();

    const host = await startHostProcess(dataDir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(host.launchUrl);
      await page.goto(`${host.url}#/cpd`);
      await expect.poll(() => page.getByText('500 records', { exact: false }).count()).toBeGreaterThan(0);
      // On screen the card list holds only the rows near the viewport.
      expect(await page.locator('.cpd-row-link').count()).toBeLessThan(100);
      await page.emulateMedia({ media: 'print' });
      // Chromium's print path raises beforeprint; page.pdf() does not, so the test raises it as printing would.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      await writeFile(path.join(temp.dir, 'log.pdf'), pdf);
      const text = await pdfText(new Uint8Array(pdf));
      const missing = titles.filter((t) => !text.includes(t));
      expect(missing).toEqual([]);
      expect(text).toContain('CPD log: 500 records');
      for (const control of ['Words from titles', 'Import from a spreadsheet', 'Log CPD', 'Show as', 'Duplicate', 'Undo']) expect(text).not.toContain(control);

      // Training prints the same way: every course, none of the buttons.
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${host.url}#/training`);
      await expect.poll(() => page.getByText('Class II cabinet use').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      const training = await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })));
      expect(training).toContain('Radiation protection supervisor');
      expect(training).toContain('Class II cabinet use');
      for (const control of ['Add training', 'Export renewal dates', 'Edit', 'Delete']) expect(training).not.toContain(control);
    } finally {
      await page.close();
      await host.stop();
    }
  }, 120_000);
});
