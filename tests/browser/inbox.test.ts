import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { makeCertificatePdf, makeCertificatePhoto, makeTextlessPdf } from '../support/certificate-files';
import { makeTempDir } from '../support/temp-dir';
import { seriousAxeFindings } from './support/axe';
import { useBrowserWithHost } from './support/browser-with-host';

describe('the inbox folder, in real Chromium', () => {
  const env = useBrowserWithHost();

  it('turns three dropped files into three drafts, the two with words filled in from them', { timeout: 180_000 }, async () => {
    const synced = await makeTempDir('techfolio-onedrive-');
    onTestFinished(() => synced.remove());
    const inbox = path.join(synced.dir, 'OneDrive - University', 'Certificates');
    await mkdir(inbox, { recursive: true });
    await writeFile(
      path.join(inbox, 'coshh-certificate.pdf'),
      await makeCertificatePdf(['Certificate of Completion', 'This is to certify that Alex Morgan', 'has completed', 'COSHH Risk Assessment', 'Provider: Acme Safety Training Ltd', 'Date: 12 March 2025', 'Duration: 3 hours']),
    );
    await writeFile(path.join(inbox, 'IMG_2041.jpg'), await makeCertificatePhoto(['Certificate of Attendance', 'Radiation Safety Refresher', 'Provider: Northgate Training Ltd', 'Date: 4 June 2025']));
    await writeFile(path.join(inbox, 'scan0001.pdf'), await makeTextlessPdf());

    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(env.host.launchUrl);
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.getByRole('textbox', { name: 'Inbox folder' }).fill(inbox);
    await page.getByRole('button', { name: 'Save inbox folder' }).press('Enter');
    await expect.poll(() => page.getByText(`New files in ${inbox} will become draft records.`).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Look in the inbox now' }).press('Enter');
    const report = page.getByRole('status').filter({ hasText: 'waiting for you to review' });
    await expect.poll(() => report.getByRole('heading').textContent(), { timeout: 120_000 }).toBe('3 files from the inbox are waiting for you to review as drafts in the CPD log.');
    expect(await report.getByRole('listitem').allTextContents()).toEqual([
      'coshh-certificate.pdf: a draft CPD record, "COSHH Risk Assessment", filled in from its text.',
      'IMG_2041.jpg: a draft CPD record, "Radiation Safety Refresher", filled in from its text.',
      'scan0001.pdf: a draft CPD record, "scan0001", with nothing read from it: fill it in.',
    ]);
    expect(await seriousAxeFindings(page, 'main')).toEqual([]);

    await page.evaluate(() => (window.location.hash = '#/cpd'));
    const rows = page.locator('article.cpd-row');
    await expect.poll(() => rows.count()).toBe(3);
    const row = (title: string) => rows.filter({ has: page.getByRole('link', { name: title, exact: true }) });
    for (const [title, date, file] of [
      ['COSHH Risk Assessment', '12/03/2025', 'coshh-certificate.pdf'],
      ['Radiation Safety Refresher', '04/06/2025', 'IMG_2041.jpg'],
      ['scan0001', undefined, 'scan0001.pdf'],
    ] as const) {
      const text = await row(title).textContent();
      expect(text).toContain('Draft');
      expect(text).toContain(`From the inbox: ${file}`);
      if (date) expect(text).toContain(date);
    }
    expect(await seriousAxeFindings(page, 'main')).toEqual([]);

    // The provider is in the draft's description, to confirm in the editor before marking it complete.
    await row('COSHH Risk Assessment').getByRole('link', { name: 'COSHH Risk Assessment' }).press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('COSHH Risk Assessment');
    expect(await page.getByRole('textbox', { name: 'Description' }).inputValue()).toContain('provider Acme Safety Training Ltd; date 12/03/2025; 3 hours');
    await page.evaluate(() => (window.location.hash = '#/cpd'));
    await row('Radiation Safety Refresher').getByRole('link', { name: 'Radiation Safety Refresher' }).press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Radiation Safety Refresher');
    expect(await page.getByRole('textbox', { name: 'Description' }).inputValue()).toContain('provider Northgate Training Ltd; date 04/06/2025');

    // The evidence screen finds the photo by the words read from it.
    await page.evaluate(() => (window.location.hash = '#/evidence'));
    await page.getByRole('searchbox', { name: 'Search evidence' }).fill('northgate');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'holds' }).textContent()).toBe('1 item holds “northgate”.');
    const tile = page.getByRole('list', { name: /^Evidence/ }).getByRole('listitem');
    expect(await tile.count()).toBe(1);
    expect(await tile.textContent()).toMatch(/In its file text: .*Northgate Training Ltd/);
    expect(await seriousAxeFindings(page, 'main')).toEqual([]);
  });
});
