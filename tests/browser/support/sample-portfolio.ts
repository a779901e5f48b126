import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const run = promisify(execFile);

/** Where browser tests put their photographs of screens. */
export const SCREENSHOTS = path.resolve('test-output/screenshots');

/** Writes the sample portfolio into a data folder with the built CLI, as `techfolio sample` does. */
export async function writeSamplePortfolio(dataDir: string): Promise<void> {
  await run(process.execPath, ['dist/cli.mjs', '--data-dir', dataDir, 'sample'], { env: { ...process.env, TECHFOLIO_DATA_DIR: '' } });
  await mkdir(SCREENSHOTS, { recursive: true });
}

// A busy two-core machine may take a few seconds to show a lazily loaded screen.
export const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

/** Opens a screen by its address and waits for its heading. */
export async function openScreen(page: Page, baseUrl: string, hash: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}#${hash}`);
  await poll(() => page.getByRole('heading', { level: 1, name: heading }).isVisible()).toBe(true);
}

/** Moves focus to a control and presses a key on it, as a keyboard user would after tabbing there. */
export async function press(page: Page, locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}
