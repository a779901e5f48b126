import type { RunningHost } from './host';

/** Starts the user's browser on an address (the `open` package in host-main.ts; a fake in tests). */
export type Opener = (address: string) => Promise<unknown>;

/**
 * Opens browser mode in the default browser. Only the launch address is handed over: it becomes an
 * argument of the browser's process, which any account on the computer can list, so it carries the
 * one-time launch code and never the session token (see RunningHost.launchUrl).
 */
export async function openInBrowser(host: Pick<RunningHost, 'launchUrl'>, opener: Opener): Promise<boolean> {
  try {
    await opener(host.launchUrl);
    return true;
  } catch {
    return false;
  }
}
