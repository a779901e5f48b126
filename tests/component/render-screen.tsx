import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from 'react-aria-components';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { TechfolioApi } from '../../core/api/contract';
import { ApiProvider } from '../../renderer/api/api-context';
import { NoticeRegion } from '../../renderer/components/NoticeRegion';

/**
 * Renders one screen as the app does (query client, UK locale, the API, a router at `path`
 * matched against `pattern` so the screen can read its parameters), with the notice region.
 */
export function renderScreen(screen: ReactElement, api: TechfolioApi, { path = '/', pattern = path }: { path?: string; pattern?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: 0 } } });
  const location = memoryLocation({ path, record: true });
  const result = render(
    <I18nProvider locale="en-GB">
      <QueryClientProvider client={client}>
        <ApiProvider api={api}>
          <Router hook={location.hook}>
            <Route path={pattern}>{screen}</Route>
          </Router>
          <NoticeRegion />
        </ApiProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...result, client, location };
}

/** A promise that never settles: keeps a query in its loading state for as long as the test needs. */
export const never = <T,>() => new Promise<T>(() => undefined);
