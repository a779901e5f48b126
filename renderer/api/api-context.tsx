import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { TechfolioApi } from '../../core/api/contract';
import { withRefresh } from './refresh';

const ApiContext = createContext<TechfolioApi | null>(null);

/** Provides the API wrapped so every write refreshes what it changed; needs a QueryClientProvider above it. */
export function ApiProvider({ api, children }: { api: TechfolioApi; children: ReactNode }) {
  const queryClient = useQueryClient();
  const refreshing = useMemo(() => withRefresh(api, queryClient), [api, queryClient]);
  return <ApiContext.Provider value={refreshing}>{children}</ApiContext.Provider>;
}

/** The backend, whichever transport carries it. Components never reach for window directly. */
export function useApi(): TechfolioApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>.');
  return api;
}
