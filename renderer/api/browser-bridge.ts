import type { TechfolioBridge } from '../../core/api/contract';
import { createBridge } from '../../core/api/client';
import type { Envelope } from '../../core/api/errors';

const TOKEN_KEY = 'techfolio.token';

/**
 * The per-launch token for this tab. Browser mode opens the page with a one-time launch code in
 * the address fragment (never the token: the address is on the browser's command line, which
 * other accounts can read); the page trades it once with the host for the token. The token is
 * kept for reloads of this tab only, and the code is removed from the address bar. A token in the
 * fragment (an address typed by hand from an older version) is still taken as it is.
 */
export function takeToken(location: Location, storage: Storage, history: History, fetchImpl: typeof fetch = fetch): string | null | Promise<string | null> {
  const launch = /(?:^#|&)launch=([A-Za-z0-9_-]+)/.exec(location.hash);
  const given = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (launch?.[1] || given?.[1]) history.replaceState(null, '', location.pathname + location.search);
  if (given?.[1]) {
    storage.setItem(TOKEN_KEY, given[1]);
    return given[1];
  }
  if (launch?.[1]) return exchangeLaunchCode(launch[1], storage, fetchImpl);
  return storage.getItem(TOKEN_KEY);
}

/** Trades a launch code for the token; a code already used gives the token this tab already holds, if any. */
async function exchangeLaunchCode(code: string, storage: Storage, fetchImpl: typeof fetch): Promise<string | null> {
  try {
    const response = await fetchImpl('./launch', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
    const envelope = (await response.json()) as Envelope<{ token: string }>;
    if (envelope.ok) {
      storage.setItem(TOKEN_KEY, envelope.value.token);
      return envelope.value.token;
    }
  } catch {
    // Not answering: the first API call says so.
  }
  return storage.getItem(TOKEN_KEY);
}

/** The token this tab was given, if it runs in browser mode. */
export function storedToken(storage: Storage = sessionStorage): string | null {
  return storage.getItem(TOKEN_KEY);
}

/** Browser mode: the contract over fetch to the loopback host that served this page. */
export function createBrowserBridge(tokenGiven: string | null | Promise<string | null>, fetchImpl: typeof fetch = fetch): TechfolioBridge {
  return createBridge(async (method, args): Promise<Envelope<unknown>> => {
    const token = await tokenGiven;
    if (!token) {
      return { ok: false, error: { code: 'forbidden', message: 'Open Techfolio with the full address it printed when it started (it ends in #launch=…). Each address lets in one tab; for another, stop Techfolio and start it again.' } };
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
