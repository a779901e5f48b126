import { describe, expect, it, vi } from 'vitest';
import { blockNetwork, type WebRequestSession } from '../../../../electron/shell/network-block';

type Listener = Parameters<WebRequestSession['webRequest']['onBeforeRequest']>[0];

function blockedSession() {
  let listener: Listener | undefined;
  const dictionaryUrls: string[] = [];
  const session: WebRequestSession = { webRequest: { onBeforeRequest: (l) => (listener = l) }, setSpellCheckerDictionaryDownloadURL: (url) => dictionaryUrls.push(url) };
  blockNetwork(session);
  /** What the session would do with a request for this URL. */
  const decide = (url: string) => {
    const callback = vi.fn();
    listener?.({ url }, callback);
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0]?.[0] as { cancel?: boolean };
  };
  return { decide, installed: () => listener !== undefined, dictionaryUrls };
}

describe('blockNetwork', () => {
  it('installs a listener on the session', () => {
    expect(blockedSession().installed()).toBe(true);
  });

  it("sends the spellchecker's dictionary downloads to the app's own origin, not Google's CDN", () => {
    const session = blockedSession();
    expect(session.dictionaryUrls).toHaveLength(1);
    const [url] = session.dictionaryUrls;
    expect(url).toMatch(/^app:\/\/techfolio\/.*\/$/);
    expect(session.decide(url!)).toEqual({ cancel: false });
  });

  it.each([
    'app://techfolio/index.html',
    'app://techfolio/assets/app.js',
    'devtools://devtools/bundled/devtools_app.html',
    'blob:app://techfolio/2f1c6a10-6bd9-4d0a-9a55-6d2b8d5e7f3a',
    'data:image/png;base64,iVBORw0KGgo=',
  ])('lets %s through', (url) => {
    expect(blockedSession().decide(url)).toEqual({ cancel: false });
  });

  it.each([
    'https://example.org/',
    'http://127.0.0.1:3000/api',
    'http://localhost/',
    'ws://127.0.0.1:9222/',
    'wss://example.org/socket',
    'file:///etc/passwd',
    'ftp://example.org/',
    'chrome-extension://abcdef/page.html',
    'chrome://gpu',
    'not a url',
  ])('cancels %s', (url) => {
    expect(blockedSession().decide(url)).toEqual({ cancel: true });
  });
});
