import { describe, expect, it } from 'vitest';
import { useBrowserWithHost } from './support/browser-with-host';

describe('discarding a restored draft, in real Chromium', () => {
  const env = useBrowserWithHost();

  it('leaves without an "unsaved changes" question once the draft is discarded', { timeout: 60_000 }, async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.goto(env.host.launchUrl);
    await page.evaluate(() => (window.location.hash = '#/cpd/new'));
    await page.getByRole('textbox', { name: 'Title' }).fill('Half-written notes on the NMR course');
    // The draft is written as the field changes; a moment for it to land before reloading.
    await page.waitForTimeout(500);
    await page.reload();
    await expect.poll(() => page.getByText('Restored your unsaved changes from a draft.').isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Half-written notes on the NMR course');

    await page.getByRole('button', { name: 'Discard the draft' }).press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('');
    questions.length = 0;
    await page.getByRole('link', { name: 'Back to the log' }).press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'CPD log' }).isVisible()).toBe(true);
    expect(questions).toEqual([]);
  });
});
