import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TechfolioApi } from '../../core/api/contract';
import { renderPdfPages } from '../../electron/pack/render-pdf-pages';
import { openTestBackend } from '../support/backend';
import { makePdf } from '../support/evidence-files';
import { makeTempDir } from '../support/temp-dir';
import { seriousAxeFindings } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHostProcess, type HostProcess } from './support/host-process';

const FW = 'sc-rscitech';

/**
 * A photo of a printed page, as a phone takes it: the page drawn at 150 dpi, laid on a grey desk,
 * slightly turned, shrunk, a little out of focus, and saved as a JPEG at quality 70.
 */
async function photoOfFirstPage(pdf: Uint8Array): Promise<Buffer> {
  const [page] = await renderPdfPages(pdf, () => [0], 150);
  const grey = { r: 128, g: 126, b: 120 };
  const turned = await sharp(page!.jpeg).extend({ top: 60, bottom: 60, left: 60, right: 60, background: grey }).rotate(3, { background: grey }).toBuffer();
  return sharp(turned).resize({ width: Math.round(page!.widthPx * 0.75) }).blur(0.7).jpeg({ quality: 70 }).toBuffer();
}

/** Adds a returned file through the pack screen's "Add a signed brief and check it…" and waits for the answer. */
async function checkReturned(page: Page, file: string): Promise<string> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add a signed brief and check it…' }).click();
  await (await choosing).setFiles(file);
  const answer = page.getByRole('status').filter({ hasText: `${path.basename(file)}: fingerprint` });
  await expect.poll(() => answer.count(), { timeout: 30_000 }).toBe(1);
  return (await answer.textContent()) ?? '';
}

/** The state word shown beside a checklist item on the dashboard card. */
async function stateOf(page: Page, label: string): Promise<string> {
  const item = page.locator('.route-checklist li', { has: page.locator('strong', { hasText: label }) });
  return (await item.locator('.badge').textContent()) ?? '';
}

describe('the route checklist in real Chromium', () => {
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let host: HostProcess | undefined;

  /** Changes the portfolio through the real backend while no host holds the folder. */
  async function change(run: (api: TechfolioApi) => Promise<void>): Promise<void> {
    await host?.stop();
    host = undefined;
    const backend = await openTestBackend(temp.dir);
    try {
      await run(backend.api);
    } finally {
      await backend.close();
    }
    host = await startHostProcess(temp.dir);
  }

  beforeAll(async () => {
    browser = await launchChromium();
    temp = await makeTempDir();
    await change(async (api) => {
      await api.saveProfile({ name: 'Siân Jones', professionalBodies: [{ bodyId: 'ist' }], targetRegistrations: [{ frameworkId: FW, viaBodyId: 'ist' }] });
      await api.addQualification({ title: 'BTEC Level 3 Applied Science' });
    });
  }, 60_000);
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    await temp?.remove();
  });

  it('shows a missing nominated supporter and a missing certificate, then ticks both once fixed', { timeout: 120_000 }, async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(host!.launchUrl);
    await expect.poll(() => page.getByRole('heading', { name: 'RSciTech: besides your statements' }).isVisible()).toBe(true);
    expect(await stateOf(page, 'Nominated supporter, with an email address')).toBe('Missing');
    expect(await stateOf(page, 'Qualification certificates or an equivalency report')).toBe('Missing');
    // Each missing item links to where it is fixed, the link naming what it fixes.
    expect(await page.getByRole('link', { name: /^Fix this\s*:\s*Nominated supporter, with an email address$/ }).getAttribute('href')).toBe('#/profile');
    expect(await seriousAxeFindings(page)).toEqual([]);

    await change(async (api) => {
      const zoe = await api.addSupporter({ name: 'Zoë Ørsted', email: 'zoe@example.ac.uk' });
      const profile = await api.getProfile();
      await api.saveProfile({ ...profile, targetRegistrations: [{ ...profile.targetRegistrations[0]!, nominatedSupporterId: zoe.id }] });
      const certificate = await api.addEvidenceFile({ title: 'BTEC certificate', date: '2015-07-01', fileName: 'btec.pdf', dataBase64: Buffer.from(await makePdf('BTEC certificate')).toString('base64') });
      const [qualification] = await api.listQualifications();
      await api.updateQualification(qualification!.id, { ...qualification!, evidenceIds: [certificate.item.id] });
    });
    await page.goto(host!.launchUrl);
    await expect.poll(() => page.getByRole('heading', { name: 'RSciTech: besides your statements' }).isVisible()).toBe(true);
    await expect.poll(() => stateOf(page, 'Nominated supporter, with an email address')).toBe('Done');
    expect(await stateOf(page, 'Qualification certificates or an equivalency report')).toBe('Done');
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('makes a brief in the app, reads its fingerprint back from the PDF and from a photo of a page, and names a statement changed after signing', { timeout: 180_000 }, async () => {
    await change(async (api) => {
      await api.saveStatement(FW, 'A1', 'I plan and run the weekly autoclave validation for the teaching labs.');
      await api.saveStatement(FW, 'B1', 'I took charge of moving the freezers when the building was refitted.');
    });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    await page.goto(host!.launchUrl);
    await page.goto(`${host!.url}#/pack`);
    const making = page.getByRole('button', { name: "Make the supporter's brief" });
    await expect.poll(() => making.isVisible(), { timeout: 15_000 }).toBe(true);
    // The checklist above the button loads after it and moves it down: a click aimed before then can land beside it.
    await expect.poll(() => page.getByText(/^\d+ of \d+ done\.$/).isVisible(), { timeout: 15_000 }).toBe(true);
    const downloading = page.waitForEvent('download');
    await making.click();
    const briefPath = path.join(temp.dir, 'brief.pdf');
    await (await downloading).saveAs(briefPath);
    const made = page.getByRole('status').filter({ hasText: 'statements fingerprint' });
    await expect.poll(() => made.count()).toBe(1);
    const fingerprint = /statements fingerprint ([0-9A-F]{4}(?:-[0-9A-F]{4}){4})/.exec((await made.textContent()) ?? '')?.[1];
    expect(fingerprint).toBeDefined();

    // The signed PDF comes back: its fingerprint is read from its text.
    const fromPdf = await checkReturned(page, briefPath);
    expect(fromPdf).toContain(`fingerprint ${fingerprint}, read from the PDF's text`);
    expect(fromPdf).toContain('Unchanged: every statement is as your supporter saw it.');

    // A photo of the first page comes back: its fingerprint is read from the QR code.
    const photoPath = path.join(temp.dir, 'signed-page-photo.jpg');
    await sharp(await photoOfFirstPage(new Uint8Array(await readFile(briefPath)))).toFile(photoPath);
    const fromPhoto = await checkReturned(page, photoPath);
    expect(fromPhoto).toContain(`fingerprint ${fingerprint}, read from the QR code in the image`);
    expect(fromPhoto).toContain('Unchanged');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // A file that is no brief says so, and where it was kept.
    const notBrief = path.join(temp.dir, 'minutes.pdf');
    await writeFile(notBrief, await makePdf('Minutes of the lab meeting'));
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add a signed brief and check it…' }).click();
    await (await choosing).setFiles(notBrief);
    const refused = page.getByRole('alert').filter({ hasText: 'No statements fingerprint could be read' });
    await expect.poll(() => refused.count(), { timeout: 30_000 }).toBe(1);
    expect(await refused.textContent()).toContain("kept with your evidence as “Signed supporter's brief (minutes.pdf)”");

    // A statement changed after signing is named by its criterion, whichever copy is checked.
    await change(async (api) => {
      await api.saveStatement(FW, 'B1', 'I planned and led the freezer move, and wrote the risk assessment for it.');
    });
    await page.goto(host!.launchUrl);
    await page.goto(`${host!.url}#/pack`);
    await expect.poll(() => page.getByRole('button', { name: 'Add a signed brief and check it…' }).isVisible(), { timeout: 15_000 }).toBe(true);
    for (const returned of [photoPath, briefPath]) {
      const answer = await checkReturned(page, returned);
      expect(answer).toContain('Changed since your supporter saw the brief');
      const changed = page.getByRole('list', { name: 'Statements changed since signing' }).getByRole('listitem');
      expect(await changed.allTextContents()).toEqual([expect.stringMatching(/^B1 · .+: changed$/)]);
    }
    expect(await seriousAxeFindings(page)).toEqual([]);
  });
});
