import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { I18nProvider, Link, RouterProvider } from 'react-aria-components';
import { Route, Router, Switch } from 'wouter';
import type { TechfolioApi } from '../../core/api/contract';
import { ApiProvider } from '../api/api-context';
import { NoticeRegion } from '../components/NoticeRegion';
import { useBrowserDueNotifications } from '../components/browser-due-notifications';
import { SampleBanner } from '../components/SamplePortfolio';
import { useInboxWatch } from '../components/useInboxWatch';
import { applyDisplaySettings, useDisplaySettings } from '../components/display-settings';
import { guardHashChanges, guardedNavigate, useGuardedHashLocation } from './guarded-hash-location';
import { routes, type AppRoute } from './routes';
import { useCurrentRoute } from './route-match';

export function createQueryClient(): QueryClient {
  // The backend is on this computer: no point retrying for long or refetching on focus.
  return new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 } } });
}

function PrimaryNav({ current }: { current: AppRoute | undefined }) {
  const active = current?.nav ? current : routes.find((r) => r.nav && r.path !== '/' && current?.path.startsWith(r.path));
  return (
    <nav aria-label="Primary" className="primary-nav">
      <ul>
        {routes
          .filter((route) => route.nav)
          .map((route) => (
            <li key={route.path}>
              <Link href={route.path} className="nav-link" aria-current={active?.path === route.path ? 'page' : undefined}>
                {route.icon && (
                  <span className="nav-icon" aria-hidden="true">
                    {route.icon}
                  </span>
                )}
                {route.label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}

function NotFound() {
  return (
    <div className="screen">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Go to the dashboard</Link>.
      </p>
    </div>
  );
}

function Shell() {
  const { location, route: current } = useCurrentRoute();
  const mainRef = useRef<HTMLElement>(null);
  const [firstPath] = useState(location);
  useBrowserDueNotifications();
  useInboxWatch();

  useEffect(() => {
    document.title = current ? `${current.label} · Techfolio` : 'Techfolio';
    // After moving to another screen, put keyboard and screen-reader focus at its start.
    if (location !== firstPath) mainRef.current?.focus();
  }, [location, current, firstPath]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="app-name">
          <span className="app-logo" aria-hidden="true">◆</span> Techfolio
        </Link>
        <PrimaryNav current={current} />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <SampleBanner />
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Switch>
            {routes.map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            ))}
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
      <NoticeRegion />
    </>
  );
}

export function App({ api, queryClient }: { api: TechfolioApi; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // In a layout effect: registered before the router subscribes to hash changes in its own effect.
  useLayoutEffect(() => guardHashChanges(), []);
  const display = useDisplaySettings();
  // Before paint, so the page never flashes in the wrong theme.
  useLayoutEffect(() => applyDisplaySettings(display), [display]);

  return (
    <I18nProvider locale="en-GB">
      <QueryClientProvider client={client}>
        <ApiProvider api={api}>
          <Router hook={useGuardedHashLocation} hrefs={useGuardedHashLocation.hrefs}>
            <RouterProvider navigate={(path) => guardedNavigate(path)} useHref={(href) => `#${href}`}>
              <Shell />
            </RouterProvider>
          </Router>
        </ApiProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
