import type { AppInfo, TechfolioApi, TechfolioApiImpl } from '../core/api/contract';
import { createApiClient, createBridge } from '../core/api/client';
import { dispatch } from '../core/api/dispatch';
import { createApiImpl } from './api/implementation';
import { APP_NAME } from './services/data-dir';
import { PortfolioStore, type StoreFactory } from './services/portfolio-store';

export interface BackendOptions {
  dataDir: string;
  transport: AppInfo['transport'];
  version: string;
  /** electron-store in the desktop app; its base, conf, where Electron is not loaded. */
  createStore: StoreFactory;
  onInternalError?: (error: unknown) => void;
}

export interface Backend {
  /** The implementation, for a transport to hand to dispatch(). */
  impl: TechfolioApiImpl;
  /** The same calls through the contract's validation, for in-process callers such as the CLI. */
  api: TechfolioApi;
  portfolio: PortfolioStore;
  close(): Promise<void>;
}

/** Opens the portfolio in a data folder and returns the API implementation over it. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const portfolio = new PortfolioStore(options.createStore({ cwd: options.dataDir, name: 'portfolio' }));
  const info: AppInfo = { name: APP_NAME, version: options.version, dataDir: options.dataDir, transport: options.transport };
  const impl = createApiImpl({ portfolio, info });
  const api = createApiClient(createBridge((method, args) => dispatch(impl, method, args, options.onInternalError)));
  return { impl, api, portfolio, close: async () => {} };
}
