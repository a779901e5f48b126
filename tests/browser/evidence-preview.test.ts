import { describe, expect, it } from 'vitest';
import { useBrowserWithHost } from './support/browser-with-host';
import { press, writeSamplePortfolio } from './support/sample-portfolio';

describe('evidence previews on the sample portfolio', () => {
  const env = useBrowserWithHost(writeSamplePortfolio);

  it('previews a PDF as drawn pages and never renders an SVG file as an image', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(await env.host.sessionUrl());
    await page.evaluate(() => (location.hash = '#/evidence'));
    await expect.poll(() => page.getByRole('list', { name: /^Evidence, \d+ items$/ }).isVisible()).toBe(true);
    // Add an SVG carrying a script: it is kept, shown as a plain tile, and no <img> points at it.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>';
    const chooser = page.waitForEvent('filechooser');
    await press(page, page.getByRole('button', { name: 'Choose files…' }), 'Enter');
    await (await chooser).setFiles({ name: 'diagram.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
    const describe = page.getByRole('dialog', { name: /^Describe/ });
    await expect.poll(() => describe.isVisible()).toBe(true);
    await press(page, describe.getByRole('button', { name: 'Cancel' }), 'Enter');
    const tile = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'diagram' }) });
    await expect.poll(() => tile.textContent()).toContain('SVG');
    expect(await tile.locator('img').count()).toBe(0);
    expect(await page.locator('iframe, object, embed').count()).toBe(0);

    // A PDF certificate previews as images of its pages.
    const pdfTile = page.getByRole('listitem').filter({ hasText: 'PDF ·' }).first();
    await press(page, pdfTile.getByRole('button', { name: /^Preview/ }), 'Enter');
    const preview = page.getByRole('dialog');
    await expect.poll(() => preview.getByRole('img', { name: /^Page 1 of \d+$/ }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await preview.getByRole('heading', { name: 'Used in' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await context.close();
  });
});
