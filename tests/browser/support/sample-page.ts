import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { useBrowserWithHost, type BrowserWithHost } from './browser-with-host';
import { openScreen, writeSamplePortfolio } from './sample-portfolio';

export interface SamplePage extends BrowserWithHost {
  page: Page;
  /** Console errors and uncaught exceptions of the page, to be none at the end. */
  consoleErrors: string[];
  /** Opens a screen by its address and waits for its heading. */
  open(hash: string, heading: string): Promise<void>;
}

/** One page on a host serving the sample portfolio, for a describe block. */
export function useSamplePage(): SamplePage {
  const env = useBrowserWithHost(writeSamplePortfolio) as SamplePage;
  let context: BrowserContext | undefined;
  env.consoleErrors = [];
  env.open = (hash, heading) => openScreen(env.page, env.host.url, hash, heading);
  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    env.page = await context.newPage();
    env.page.on('console', (m) => m.type() === 'error' && env.consoleErrors.push(m.text()));
    env.page.on('pageerror', (e) => env.consoleErrors.push(e.message));
    await env.page.goto(env.host.launchUrl);
  });
  afterAll(async () => {
    await context?.close();
  });
  return env;
}
