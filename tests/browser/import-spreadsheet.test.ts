import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserWithHost } from './support/browser-with-host';

/**
 * A CPD log as people keep one: their own words in the type column (two the app cannot place),
 * a notes column they do not want imported, and cells quoted because they hold ";".
 */
const CSV = [
  'Date,Activity,Type,Hours,Notes',
  '14/01/2026,"Analytical methods course; day 1",Course,6,"Room 2; bring a notebook"',
  '21/01/2026,Webinar on LIMS upgrades,Webinar,1,',
  '05/02/2026,"RSC conference; poster session",Conference,7,"Poster; three questions"',
  '10/02/2026,Read the COSHH guidance,Reading,1.5,',
  '12/02/2026,Gas cylinder handling,Toolbox talk,0.5,"Site A; stores"',
  '19/02/2026,Pipette care and calibration,Lunch & learn,1,',
  '26/02/2026,"Fume cupboard checks; annual",Toolbox talk,2,',
].join('\r\n');
const TITLES = ['Analytical methods course; day 1', 'Webinar on LIMS upgrades', 'RSC conference; poster session', 'Read the COSHH guidance', 'Gas cylinder handling', 'Pipette care and calibration', 'Fume cupboard checks; annual'];

/** The records the backend holds, asked through the page's own token. */
const listCpd = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('./api/listCpd', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('techfolio.token') ?? ''}` },
      body: '{"args":[]}',
    });
    const envelope = (await response.json()) as { value: { title: string; category?: string; description?: string; tags: string[] }[] };
    return envelope.value;
  });

/** Opens a select from the keyboard and moves down its options from the first until one matches, then chooses it. */
async function chooseByKeyboard(page: Page, button: Locator, option: RegExp): Promise<void> {
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('listbox').isVisible()).toBe(true);
  await page.keyboard.press('Home');
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (option.test(focused)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option matched ${option}`);
}

/** The column select for one field of the mapping. */
const fieldSelect = (section: Locator, label: string) => section.locator('.field', { has: section.page().locator('.field-label', { hasText: new RegExp(`^${label}( \\(required\\))?$`) }) }).getByRole('button');

async function chooseFile(page: Page, section: Locator): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Choose a spreadsheet…' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'my-cpd-log.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
}

describe('importing a CPD spreadsheet, in real Chromium', () => {
  const env = useBrowserWithHost();

  it('keeps every row once its values are mapped, leaves out the skipped column, and offers a second import as skips', { timeout: 120_000 }, async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(env.host.launchUrl);
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const section = page.getByRole('region', { name: 'Import from a spreadsheet' });
    await expect.poll(() => section.isVisible()).toBe(true);

    await chooseFile(page, section);
    const summary = section.getByRole('heading', { level: 3 });
    await expect.poll(() => summary.textContent()).toBe('my-cpd-log.csv: 7 rows ready, 0 rejected');

    // The quoted ";" stayed inside their cells: five columns, the titles whole.
    const preview = section.getByRole('table', { name: 'The first rows as they would be imported' });
    for (const title of TITLES) expect(await preview.getByRole('cell', { name: title, exact: true }).count()).toBe(1);

    // The notes column was guessed as the description; the user leaves it out.
    expect(await fieldSelect(section, 'Description').textContent()).toContain('Notes');
    await chooseByKeyboard(page, fieldSelect(section, 'Description'), /^Not imported$/);
    await expect.poll(() => fieldSelect(section, 'Description').textContent()).toContain('Not imported');

    // Everyday words are placed; the two the app does not know are named, and the user places them.
    const values = section.getByRole('table', { name: 'Category values in the file and what each becomes' });
    for (const word of ['Course', 'Webinar', 'Conference', 'Reading']) {
      expect(await values.getByRole('rowheader', { name: word, exact: true }).count()).toBe(1);
      expect(await values.getByRole('button', { name: new RegExp(`Category for “${word}”`) }).textContent()).not.toContain('Uncategorised');
    }
    expect(await values.getByRole('rowheader', { name: 'Toolbox talk Not recognised' }).count()).toBe(1);
    expect(await values.getByRole('rowheader', { name: 'Lunch & learn Not recognised' }).count()).toBe(1);
    await chooseByKeyboard(page, values.getByRole('button', { name: /Category for “Toolbox talk”/ }), /^Work-based learning/);
    await expect.poll(() => values.getByRole('button', { name: /Category for “Toolbox talk”/ }).textContent()).toContain('Work-based learning');
    await chooseByKeyboard(page, values.getByRole('button', { name: /Category for “Lunch & learn”/ }), /^Formal \/ educational/);
    await expect.poll(() => values.getByRole('button', { name: /Category for “Lunch & learn”/ }).textContent()).toContain('Formal / educational');

    // Each new choice previews the file again: the skipped column stays skipped, every row stays.
    expect(await fieldSelect(section, 'Description').textContent()).toContain('Not imported');
    expect(await summary.textContent()).toBe('my-cpd-log.csv: 7 rows ready, 0 rejected');

    await section.getByRole('button', { name: 'Import all 7 rows' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => section.getByRole('status').getByRole('heading').textContent()).toBe('Imported 7 records.');

    const imported = await listCpd(page);
    expect(imported.map((r) => r.title).sort()).toEqual([...TITLES].sort());
    const byTitle = new Map(imported.map((r) => [r.title, r]));
    expect(byTitle.get('Gas cylinder handling')?.category).toBe('work-based');
    expect(byTitle.get('Fume cupboard checks; annual')?.category).toBe('work-based');
    expect(byTitle.get('Pipette care and calibration')?.category).toBe('formal');
    expect(byTitle.get('Analytical methods course; day 1')?.category).toBe('formal');
    expect(byTitle.get('RSC conference; poster session')?.category).toBe('professional');
    expect(byTitle.get('Read the COSHH guidance')?.category).toBe('self-directed');
    // Nothing from the column left out reached a record.
    for (const r of imported) expect(r.description ?? '').toBe('');

    // The same file again: every row is already there, offered as skipped, and the choices are remembered.
    await chooseFile(page, section);
    await expect.poll(() => summary.textContent()).toBe('my-cpd-log.csv: 0 rows ready, 0 rejected, 7 already there');
    expect(await section.getByText('Your choices from the last import of a file with these columns are used').count()).toBe(1);
    expect(await fieldSelect(section, 'Description').textContent()).toContain('Not imported');
    expect(await values.getByRole('button', { name: /Category for “Toolbox talk”/ }).textContent()).toContain('Work-based learning');
    expect(await section.getByRole('radio', { name: 'Skip them' }).isChecked()).toBe(true);
    expect(await preview.getByText('Already there').count()).toBe(7);
    expect(await section.getByRole('button', { name: /^Import all/ }).isDisabled()).toBe(true);
    await section.getByRole('button', { name: 'Import nothing' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => summary.count()).toBe(0);

    expect((await listCpd(page)).length).toBe(7);
  });
});
