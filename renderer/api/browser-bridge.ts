import type { TechfolioBridge } from '../../core/api/contract';
import { createBridge } from '../../core/api/client';
import type { Envelope } from '../../core/api/errors';

const TOKEN_KEY = 'techfolio.token';

/**
 * Takes the per-launch token from the address fragment (it never reaches the server in a URL),
 * keeps it for reloads of this tab only, and removes it from the address bar.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

/** The token this tab was given, if it runs in browser mode. */
export function storedToken(storage: Storage = sessionStorage): string | null {
  return storage.getItem(TOKEN_KEY);
}

/** Browser mode: the contract over fetch to the loopback host that served this page. */
export function createBrowserBridge(token: string | null, fetchImpl: typeof fetch = fetch): TechfolioBridge {
  return createBridge(async (method, args): Promise<Envelope<unknown>> => {
    if (!token) {
      return { ok: false, error: { code: 'forbidden', message: 'Open Techfolio with the full address it printed when it started (it ends in #token=…).' } };
    }
    try {
      const response = await fetchImpl(`./api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ args }),
      });
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Techfolio is not answering. Is it still running in the terminal?' } };
    }
  });
}
