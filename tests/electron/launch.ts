import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Starts the real desktop app on a portfolio folder: the built checkout (dist/) with the Electron
 * that scripts/test-electron.mjs found, or a packaged app when TECHFOLIO_APP names its executable
 * (such as release/linux-unpacked/techfolio after `npm run dist -- --dir`).
 */
export async function launchApp(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  const packaged = process.env.TECHFOLIO_APP;
  const executablePath = packaged ?? process.env.TECHFOLIO_ELECTRON;
  if (!executablePath) throw new Error('Run these tests with npm run test:electron, which finds Electron first.');
  const { ELECTRON_OVERRIDE_DIST_PATH: _unused, ...env } = process.env;
  const app = await _electron.launch({
    executablePath,
    args: [...(packaged ? [] : [root]), '--data-dir', dataDir],
    env: { ...env, TECHFOLIO_DATA_DIR: dataDir } as Record<string, string>,
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  return { app, page };
}

/** One API call through the preload's bridge, as the renderer makes it; throws on a refused call. */
export async function call<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  const envelope = await page.evaluate(
    async ([name, given]) => (window as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>).techfolio![name as string]!(...(given as unknown[])),
    [method, args] as const,
  );
  const answer = envelope as { ok: boolean; value?: T; error?: { message: string } };
  if (!answer.ok) throw new Error(`${method}: ${answer.error?.message ?? 'refused'}`);
  return answer.value as T;
}
