import path from 'node:path';
import { addDays, format, subMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../support/backend';
import { PdfFile } from '../unit/core/pack/pdf-tools';
import { seriousAxeFindings } from './support/axe';
import { useBrowserWithHost } from './support/browser-with-host';

const day = (d: Date) => format(d, 'yyyy-MM-dd');

describe('the appraisal pack and notifications, in real Chromium on the real host', () => {
  const env = useBrowserWithHost(async (dataDir) => {
    const backend = await openTestBackend(dataDir);
    try {
      const { api } = backend;
      await api.saveProfile({ name: 'Siân Jones', targetRegistrations: [{ frameworkId: 'sc-rscitech' }] });
      await api.addCpd({ title: 'HPLC troubleshooting workshop', startDate: day(subMonths(new Date(), 2)), hours: 7, reflection: { model: 'free', answers: { text: 'I now change the guard column before it blocks.' } } });
      await api.addTraining({ course: 'Manual handling', completedDate: day(subMonths(new Date(), 40)), expiryDate: day(subMonths(new Date(), 4)) });
      await api.addTraining({ course: 'First aid at work', completedDate: day(subMonths(new Date(), 30)), expiryDate: day(addDays(new Date(), 3)) });
    } finally {
      await backend.close();
    }
  });

  it('makes the appraisal pack from the CPD log and downloads it', { timeout: 120_000 }, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(await env.host.sessionUrl());
    await page.evaluate(() => (window.location.hash = '#/cpd'));
    await page.getByRole('button', { name: 'Appraisal pack…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Appraisal pack' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Make and save' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Appraisal - Siân Jones - \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\.pdf$/);
    const saved = path.join(env.dataDir, 'appraisal-download.pdf');
    await file.saveAs(saved);
    const pdf = new PdfFile(saved);
    expect(pdf.check().status).toBe(0);
    const text = pdf.text().replace(/\s+/g, ' ');
    expect(text).toContain('Manual handling: expired on');
    expect(text).toContain('I now change the guard column before it blocks.');
    await context.close();
  });

  it('turns notifications on in Settings, and shows what falls due through the browser', { timeout: 120_000 }, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['notifications']);
    // Records each notification the page makes, as the system would show it.
    await context.addInitScript(() => {
      const Real = window.Notification;
      const shown: string[] = [];
      (window as unknown as { shownNotifications: string[] }).shownNotifications = shown;
      class Recording extends Real {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          shown.push(title);
        }
      }
      Object.defineProperty(window, 'Notification', { value: Recording });
    });
    const page = await context.newPage();
    await page.goto(await env.host.sessionUrl());
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const box = page.getByRole('checkbox', { name: 'Notify me when something falls due' });
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await box.click({ force: true });
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications)).toEqual(['Renew: First aid at work']);
    // Kept: a fresh page finds it on, and shows nothing already shown today.
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Notify me when something falls due' }).isChecked()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications)).toEqual([]);
    await context.close();
  });
});
