import type { TechfolioApi, TechfolioBridge } from '../../core/api/contract';
import { createApiClient } from '../../core/api/client';
import { createBrowserBridge, takeToken } from './browser-bridge';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in browser mode. */
    techfolio?: TechfolioBridge;
  }
}

/** The desktop preload's bridge when there is one, otherwise the loopback host over fetch. */
export function connectApi(win: Window = window): TechfolioApi {
  const bridge = win.techfolio ?? createBrowserBridge(takeToken(win.location, win.sessionStorage, win.history));
  return createApiClient(bridge);
}
