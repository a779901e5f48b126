import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { launchChromium } from './chromium';
import { startHostProcess, type HostProcess } from './host-process';

export interface BrowserWithHost {
  browser: Browser;
  host: HostProcess;
  /** The host's data folder. */
  dataDir: string;
}

/**
 * One Chromium and one browser-mode host on a fresh data folder for a describe block, stopped
 * after it. `prepare` fills the folder before the host opens it (through the backend, say).
 */
export function useBrowserWithHost(prepare?: (dataDir: string) => Promise<void>): BrowserWithHost {
  const env = {} as BrowserWithHost;
  let temp: Awaited<ReturnType<typeof makeTempDir>> | undefined;
  beforeAll(async () => {
    env.browser = await launchChromium();
    temp = await makeTempDir();
    env.dataDir = temp.dir;
    await prepare?.(temp.dir);
    env.host = await startHostProcess(temp.dir);
  }, 60_000);
  afterAll(async () => {
    await env.host?.stop();
    await env.browser?.close();
    await temp?.remove();
  });
  return env;
}
