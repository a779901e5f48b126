import { matchRoute, useLocation, useRouter } from 'wouter';
import { routes, type AppRoute } from './routes';

/** The route entry for the current location, first match wins (the same order the router uses). */
export function useCurrentRoute(): { location: string; route: AppRoute | undefined } {
  const [location] = useLocation();
  const { parser } = useRouter();
  return { location, route: routes.find((route) => matchRoute(parser, route.path, location)[0]) };
}
