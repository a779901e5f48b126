import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../support/evidence-files';
import { useBrowserWithHost } from './support/browser-with-host';
import { press } from './support/sample-portfolio';

async function readiness(page: Page): Promise<number> {
  const text = await page.getByTestId('readiness-figure').textContent();
  return Number.parseInt(text ?? '', 10);
}

describe('the headline flow on a fresh data folder', () => {
  const env = useBrowserWithHost();

  it('logs a course, attaches its certificate, maps it to A1 and B2, writes A1’s statement, and coverage rises', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(await env.host.sessionUrl());

    // Before: RSciTech A1 has no evidence.
    await page.evaluate(() => (location.hash = '#/frameworks/sc-rscitech'));
    await expect.poll(() => page.getByTestId('readiness-figure').isVisible()).toBe(true);
    const before = await readiness(page);
    await expect.poll(() => page.getByRole('link', { name: /^A1\W+0 items\W+no statement\W+no evidence$/ }).count()).toBe(1);

    // CPD log → new record, by keyboard.
    await press(page, page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'CPD log' }), 'Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/CPD/);
    await press(page, page.getByRole('link', { name: 'Log CPD' }).first(), 'Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Log CPD' }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Title' }).focus();
    await page.keyboard.type('Radiation protection supervisor course');
    await page.getByRole('textbox', { name: 'Hours' }).focus();
    await page.keyboard.type('7');
    const reflection = {
      'What I did': 'Two-day course on ionising radiation regulations and local rules.',
      'Benefit to my practice': 'I can now act as radiation protection supervisor for the X-ray suite.',
      'Benefit to the users of my work': 'Students get safe, supervised access to the diffractometer.',
    };
    for (const [label, text] of Object.entries(reflection)) {
      await page.getByRole('textbox', { name: label }).focus();
      await page.keyboard.type(text);
    }

    // Attach the certificate through the file picker the "Choose files…" button opens.
    const certificate = await makePdf('Radiation protection supervisor: certificate of attendance');
    const chooser = page.waitForEvent('filechooser');
    await press(page, page.getByRole('button', { name: 'Choose files…' }), 'Enter');
    await (await chooser).setFiles({ name: 'rps-certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from(certificate) });
    // From a record the file first asks for its title, prefilled from the file name.
    await expect.poll(() => page.getByRole('textbox', { name: 'Evidence title' }).inputValue()).toBe('rps certificate');
    await press(page, page.getByRole('button', { name: 'Add rps-certificate.pdf' }), 'Enter');
    await expect.poll(() => page.getByRole('list', { name: 'Linked evidence' }).textContent()).toContain('rps');

    // Map the record to RSciTech A1 and B2.
    const picker = page.getByRole('group', { name: 'Criteria this shows' });
    const frameworkSelect = picker.getByRole('button', { name: /Framework/ });
    if (!((await frameworkSelect.textContent()) ?? '').includes('RSciTech')) {
      await press(page, frameworkSelect, 'Enter');
      await page.getByRole('option', { name: /^RSciTech/ }).click();
    }
    await press(page, picker.getByRole('checkbox', { name: /^A1\b/ }), 'Space');
    await press(page, picker.getByRole('checkbox', { name: /^B2\b/ }), 'Space');
    await expect.poll(() => picker.getByRole('checkbox', { name: /^A1\b/ }).isChecked()).toBe(true);
    await expect.poll(() => picker.getByRole('checkbox', { name: /^B2\b/ }).isChecked()).toBe(true);
    await press(page, page.getByRole('button', { name: 'Save record' }), 'Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Log CPD' }).count()).toBe(0);

    // The statement for A1, typed and saved when the field loses focus.
    await page.evaluate(() => (location.hash = '#/frameworks/sc-rscitech/A1'));
    const statement = page.getByRole('textbox', { name: 'Competence statement for A1' });
    await statement.focus();
    await page.keyboard.type('I applied the inverse square law when I planned shielding for the new X-ray diffractometer.');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#statement-status').textContent()).toMatch(/^Saved /);
    await expect.poll(() => page.getByRole('list').filter({ hasText: 'Radiation protection supervisor course' }).count()).toBeGreaterThan(0);

    // After: A1 is covered and the readiness figure is higher.
    await page.evaluate(() => (location.hash = '#/frameworks/sc-rscitech'));
    await expect.poll(() => page.getByRole('link', { name: /^A1\W+[1-9]\d* items?\W+statement written\W/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /^B2\W+[1-9]\d* items?\W+no statement\W/ }).count()).toBe(1);
    await expect.poll(() => readiness(page)).toBeGreaterThan(before);
    expect(await page.getByRole('table').getByRole('columnheader', { name: /Radiation protection supervisor course/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('checks the pack, points each finding at its fix, makes the pack with progress and downloads it', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(await env.host.sessionUrl());
    await page.evaluate(() => (location.hash = '#/pack'));
    // No target is set in this fresh portfolio, so RSciTech is chosen from the list by keyboard.
    await press(page, page.getByRole('button', { name: /Registration/ }), 'Enter');
    await page.getByRole('option', { name: /^RSciTech/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: /Registration/ }).textContent()).toContain('RSciTech');
    await press(page, page.getByRole('button', { name: 'Check the pack' }), 'Enter');
    const findings = page.getByRole('region', { name: 'Before you make it' });
    // A2 has no statement in this portfolio: the finding links to its criterion page.
    await expect.poll(() => findings.getByRole('link', { name: /^Fix this\W+A2 has no statement yet/ }).getAttribute('href', { timeout: 2000 })).toBe('#/frameworks/sc-rscitech/A2');
    await press(page, page.getByRole('button', { name: 'Make the pack' }), 'Enter');
    // The pack is made by dist/pack-worker.mjs (npm run build makes it); a failure says why.
    // The section is headed "Making the pack" while it runs and "The pack is made" once done.
    const making = page.getByRole('region', { name: /^(Making the pack|The pack is made)$/ });
    await expect.poll(async () => /is ready|could not be made/.test((await making.textContent().catch(() => '')) ?? ''), { timeout: 30_000 }).toBe(true);
    expect(await making.textContent()).not.toContain('could not be made');
    const save = page.getByRole('button', { name: 'Save the pack…' });
    const download = page.waitForEvent('download');
    await press(page, save, 'Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^RSciTech application.*\.pdf$/);
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect.poll(() => page.getByText('Saved to your downloads.').isVisible()).toBe(true);
    await context.close();
  });
});
