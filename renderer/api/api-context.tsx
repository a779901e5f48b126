import { createContext, useContext, type ReactNode } from 'react';
import type { TechfolioApi } from '../../core/api/contract';

const ApiContext = createContext<TechfolioApi | null>(null);

export function ApiProvider({ api, children }: { api: TechfolioApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The backend, whichever transport carries it. Components never reach for window directly. */
export function useApi(): TechfolioApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>.');
  return api;
}
