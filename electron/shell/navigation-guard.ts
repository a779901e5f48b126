import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-origin';
import { openExternalUrl, type ExternalOpener } from './external-links';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The parts of a WebContents this guard touches; a real one fits, and so does a test's fake. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse): void;
}

/** Lets a navigation through only if it stays on app://techfolio. */
function stayOnAppOrigin(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Keeps a page on the app's origin: navigations and redirects elsewhere are stopped, in subframes
 * too; no window is ever opened (web links go to the user's browser after the external-link
 * check); and no <webview> may attach. Install it from `web-contents-created` so every
 * WebContents gets it.
 */
export function guardNavigation(contents: GuardedContents, opener: ExternalOpener): void {
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalUrl(url, opener);
    return { action: 'deny' };
  });
}
