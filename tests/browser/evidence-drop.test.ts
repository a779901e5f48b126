import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../support/backend';
import { makeCertificatePdf, makeTextlessPdf } from '../support/certificate-files';
import { makePdf } from '../support/evidence-files';
import { seriousAxeFindings } from './support/axe';
import { useBrowserWithHost } from './support/browser-with-host';

type Dropped = { name: string; type: string; bytes: Uint8Array };

/** Drops these files at once on the drop zone: one DataTransfer holding real File objects, dragged in and dropped. */
async function dropFiles(page: Page, files: Dropped[]) {
  const sent = files.map((f) => ({ name: f.name, type: f.type, base64: Buffer.from(f.bytes).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    // A DataTransfer made by a page has no file-system entries (only the OS's drops do), and the drop
    // zone asks each item for one to tell files from folders: answer as the OS would for a file.
    DataTransferItem.prototype.webkitGetAsEntry = function (this: DataTransferItem) {
      return this.kind === 'file' ? ({ isFile: true, isDirectory: false } as FileSystemEntry) : null;
    };
    const data = new DataTransfer();
    data.effectAllowed = 'all';
    for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return data;
  }, sent);
  const zone = page.locator('.drop-zone').first();
  const box = (await zone.boundingBox())!;
  const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer, ...at });
}

describe('dropping many files at once on the evidence screen, in real Chromium', () => {
  const env = useBrowserWithHost();

  it('on the evidence screen, with drafts chosen, makes a draft CPD record for each file, the certificate’s filled in from its words', { timeout: 120_000 }, async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(env.host.launchUrl);
    await page.evaluate(() => (window.location.hash = '#/evidence'));
    await page.getByRole('checkbox', { name: /Make a draft CPD record for each file added/ }).press('Space');
    expect(await page.getByRole('checkbox', { name: /Make a draft CPD record/ }).isChecked()).toBe(true);
    await dropFiles(page, [
      { name: 'coshh-certificate.pdf', type: 'application/pdf', bytes: await makeCertificatePdf(['Certificate of Completion', 'COSHH Risk Assessment', 'Provider: Acme Safety Training Ltd', 'Date: 12 March 2025', 'Duration: 3 hours']) },
      { name: 'scan0001.pdf', type: 'application/pdf', bytes: await makeTextlessPdf() },
      { name: 'bench notes.txt', type: 'text/plain', bytes: new TextEncoder().encode('Calibrated the balances in lab 2.') },
    ]);
    const report = page.getByRole('status').filter({ hasText: 'waiting for you to review' });
    await expect.poll(() => report.getByRole('heading').textContent(), { timeout: 60_000 }).toBe('3 draft CPD records are waiting for you to review in the CPD log.');
    expect(await report.getByRole('listitem').allTextContents()).toContain('coshh-certificate.pdf: a draft CPD record, "COSHH Risk Assessment", filled in from its text.');
    expect(await seriousAxeFindings(page, 'main')).toEqual([]);

    await report.getByRole('link', { name: 'Review them in the CPD log' }).press('Enter');
    const rows = page.locator('article.cpd-row');
    await expect.poll(() => rows.count()).toBe(3);
    const coshh = rows.filter({ has: page.getByRole('link', { name: 'COSHH Risk Assessment', exact: true }) });
    const text = await coshh.textContent();
    expect(text).toContain('Draft');
    expect(text).toContain('12/03/2025');
    for (const title of ['scan0001', 'bench notes']) expect(await rows.filter({ has: page.getByRole('link', { name: title, exact: true }) }).textContent()).toContain('Draft');
  });

});

describe('dropping many files at once on a record, in real Chromium', () => {
  const env = useBrowserWithHost(async (dataDir) => {
    const backend = await openTestBackend(dataDir);
    try {
      await backend.api.addCpd({ title: 'Fire marshal training', startDate: '2026-03-14', hours: 3 });
    } finally {
      await backend.close();
    }
  });

  it('on a record, adds every dropped file and links them all to it, dated with the record', { timeout: 120_000 }, async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(env.host.launchUrl);
    await page.evaluate(() => (window.location.hash = '#/cpd'));
    await page.getByRole('link', { name: 'Fire marshal training' }).press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Choose files…' }).isVisible()).toBe(true);
    await dropFiles(page, [
      { name: 'fire_marshal-certificate.pdf', type: 'application/pdf', bytes: await makePdf('Fire marshal certificate') },
      { name: 'extinguisher-drill.pdf', type: 'application/pdf', bytes: await makePdf('Extinguisher drill') },
    ]);
    const linked = page.getByRole('list', { name: 'Linked evidence' });
    await expect.poll(() => linked.getByRole('listitem').count(), { timeout: 30_000 }).toBe(2);
    expect(await linked.textContent()).toContain('fire marshal certificate');
    expect(await linked.textContent()).toContain('extinguisher drill');
    expect(await seriousAxeFindings(page, 'main')).toEqual([]);
    await page.getByRole('button', { name: 'Save record' }).press('Enter');
    await expect.poll(() => page.getByText('Saved “Fire marshal training”.').isVisible()).toBe(true);

    await env.host.stop();
    const backend = await openTestBackend(env.dataDir);
    try {
      const evidence = await backend.api.listEvidence();
      const record = (await backend.api.listCpd()).find((r) => r.title === 'Fire marshal training')!;
      const dropped = evidence.filter((item) => item.title === 'fire marshal certificate' || item.title === 'extinguisher drill');
      expect(dropped.map((item) => item.date)).toEqual(['2026-03-14', '2026-03-14']);
      expect([...record.evidenceIds].sort()).toEqual(dropped.map((item) => item.id).sort());
    } finally {
      await backend.close();
    }
  });
});
