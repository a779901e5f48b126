import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../support/backend';
import { makePdf } from '../support/evidence-files';
import { zipEntries } from '../support/zip-entries';
import { seriousAxeFindings } from './support/axe';
import { useBrowserWithHost } from './support/browser-with-host';

const FW = 'sc-rscitech';

describe('prepared submission files in real Chromium', () => {
  const env = useBrowserWithHost(async (dataDir) => {
    const backend = await openTestBackend(dataDir);
    try {
      const { api } = backend;
      await api.saveProfile({ name: 'Siân Jones', professionalBodies: [{ bodyId: 'ist' }], targetRegistrations: [{ frameworkId: FW, viaBodyId: 'ist' }] });
      const certificate = await api.addEvidenceFile({ title: 'BTEC certificate', date: '2015-07-01', fileName: 'btec.pdf', dataBase64: Buffer.from(await makePdf('BTEC certificate')).toString('base64') });
      await api.addQualification({ title: 'BTEC Level 3 Applied Science', evidenceIds: [certificate.item.id] });
      await api.saveStatement(FW, 'A1', 'I plan and run the weekly autoclave validation for the teaching labs.');
    } finally {
      await backend.close();
    }
  });

  it('prepares the files in the app and saves the folder as one .zip holding each written file as written', { timeout: 180_000 }, async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    await page.goto(env.host.launchUrl);
    await page.goto(`${env.host.url}#/pack`);
    const prepare = page.getByRole('button', { name: 'Prepare submission files' });
    await expect.poll(() => prepare.isVisible(), { timeout: 15_000 }).toBe(true);
    await prepare.click();
    const table = page.getByRole('table', { name: /Prepared files/ });
    await expect.poll(() => table.isVisible(), { timeout: 120_000 }).toBe(true);

    // Which files the app says it wrote, and the folder it wrote them to.
    const written: string[] = [];
    for (const row of await table.locator('tbody tr').all()) {
      if ((await row.locator('td strong').textContent()) === 'Written') written.push((await row.locator('th').textContent()) ?? '');
    }
    expect(written.some((name) => name.endsWith('.pdf'))).toBe(true);
    expect(written.some((name) => name.endsWith('.docx'))).toBe(true);
    const folder = (await page.locator('code').filter({ hasText: 'submission-' }).textContent()) ?? '';
    expect(path.dirname(folder)).toBe(path.join(env.dataDir, 'exports'));
    // A browser page cannot show a folder: browser mode offers the .zip only.
    expect(await page.getByRole('button', { name: 'Open the folder' }).count()).toBe(0);
    expect(await seriousAxeFindings(page)).toEqual([]);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save the folder as one .zip' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Submission files - Siân Jones.zip');
    const zipPath = path.join(env.dataDir, 'downloaded.zip');
    await download.saveAs(zipPath);

    const entries = await zipEntries(zipPath);
    expect([...entries.keys()].sort()).toEqual(written.map((name) => `Submission files - Siân Jones/${name}`).sort());
    for (const name of written) {
      const bytes = entries.get(`Submission files - Siân Jones/${name}`)!;
      expect(bytes.equals(await readFile(path.join(folder, name))), name).toBe(true);
      if (name.endsWith('.pdf')) expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (name.endsWith('.docx')) expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    }
    // Delivered, the zip no longer waits in the data folder; the prepared folder stays.
    await expect.poll(async () => (await readdir(path.join(env.dataDir, 'exports'))).filter((n) => n.endsWith('.zip'))).toEqual([]);
  });
});
