import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TechfolioApi } from '../../core/api/contract';
import { openTestBackend } from '../support/backend';
import { makePdf } from '../support/evidence-files';
import { makeTempDir } from '../support/temp-dir';
import { seriousAxeFindings } from './support/axe';
import { launchChromium } from './support/chromium';
import { startHostProcess, type HostProcess } from './support/host-process';

const FW = 'sc-rscitech';

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
});
