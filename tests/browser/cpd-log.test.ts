import { describe, expect, it } from 'vitest';
import { useSamplePage } from './support/sample-page';
import { poll } from './support/sample-portfolio';

describe('the CPD log on the sample portfolio', () => {
  const env = useSamplePage();

  it('CPD log: search narrows the list as you type, and each keystroke is measured', async () => {
    const { page, open } = env;
    await open('/cpd', 'CPD log');
    const all = Number(/^(\d+) records/.exec((await page.getByRole('status').first().textContent()) ?? '')?.[1]);
    expect(all).toBeGreaterThan(20);
    const list = page.getByRole('list', { name: 'CPD records' });
    const listTop = async () => (await list.boundingBox())?.y;
    const topBefore = await listTop();
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('autoclave');
    await poll(() => page.getByRole('status').first().textContent()).toMatch(new RegExp(`^\\d+ of ${all} records match`));
    // The "Clear search and filters" button appearing does not push the list down as you type.
    expect(await listTop()).toBe(topBefore);
    const links = await page.getByRole('list', { name: 'CPD records' }).getByRole('link').allTextContents();
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(all);
    expect(await page.evaluate(() => ({ rows: performance.getEntriesByName('cpd-log:first-rows').length, searches: performance.getEntriesByName('cpd-search', 'measure').length }))).toMatchObject({ rows: 1 });
    expect(await page.evaluate(() => performance.getEntriesByName('cpd-search', 'measure').length)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
  });

  it('adds a record by keyboard alone, from the dashboard to the log', async () => {
    const { page, open } = env;
    await open('/', 'Dashboard');
    // Tab to the "Log CPD" action and press Enter: no mouse from here on.
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Log CPD') break;
    }
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('heading', { level: 1, name: 'Log CPD' }).isVisible()).toBe(true);
    // The title field has focus when the editor opens.
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('title');
    await page.keyboard.type('Keyboard-only fume cupboard testing');
    const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
    for (let i = 0; i < 30 && (await focusedLabel()) !== 'Hours'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Hours');
    await page.keyboard.type('2.25');
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('heading', { level: 1, name: 'CPD log' }).isVisible()).toBe(true);
    await poll(() => page.getByRole('link', { name: 'Keyboard-only fume cupboard testing' }).count()).toBe(1);
  });
});
