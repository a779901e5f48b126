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
}

/**
 * The app makes no network requests at all, so any request that is not for its own files is
 * cancelled before it leaves: http(s), ws(s), file:, ftp: and anything a compromised page invents.
 */
export function blockNetwork(session: WebRequestSession): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}
