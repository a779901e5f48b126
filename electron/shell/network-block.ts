/** The app's own pages, DevTools, and in-memory data. Nothing here reaches a network. */
export const allowedRequestSchemes: ReadonlySet<string> = new Set(['app:', 'devtools:', 'blob:', 'data:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return allowedRequestSchemes.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The parts of a Session this guard touches. */
export interface WebRequestSession {
  readonly webRequest: {
    onBeforeRequest(
      listener: (details: { readonly url: string }, callback: (response: { cancel?: boolean }) => void) => void,
    ): void;
  };
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

/**
 * Where Chromium looks for spellcheck dictionaries on Linux and Windows 7 (elsewhere the system's
 * spellchecker is used): by default Google's CDN. Pointed at the app's own origin, which holds
 * none, so spellchecking never fetches anything; a dictionary put there would be used.
 */
export const DICTIONARY_URL = 'app://techfolio/dictionaries/';

/**
 * The app makes no network requests at all, so any request that is not for its own files is
 * cancelled before it leaves: http(s), ws(s), file:, ftp: and anything a compromised page invents.
 */
export function blockNetwork(session: WebRequestSession): void {
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_URL);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}
