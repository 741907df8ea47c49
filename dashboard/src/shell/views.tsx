import { lazy, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from 'react';

/** What a page gets from the route: the part after its id, e.g. a wallet in #/whales/0xabc. */
export interface PageProps {
  param: string | null;
}

/** A page of the dashboard, reached at #/{id} or #/{id}/{param}. */
export interface View {
  id: string;
  label: string;
  component: LazyExoticComponent<ComponentType<PageProps>> | ComponentType<PageProps>;
}

// Each page is its own chunk: the charts library loads only with the pages that draw charts.
export const views: readonly View[] = [
  { id: 'overview', label: 'Overview', component: lazy(() => import('../overview/OverviewPage').then((m) => ({ default: m.OverviewPage }))) },
  { id: 'whales', label: 'Whales', component: lazy(() => import('../whales/WhalesRoute').then((m) => ({ default: m.WhalesRoute }))) },
  { id: 'signals', label: 'Signals', component: lazy(() => import('../trading/SignalsPage').then((m) => ({ default: m.SignalsPage }))) },
  { id: 'orders', label: 'Orders', component: lazy(() => import('../trading/OrdersPage').then((m) => ({ default: m.OrdersPage }))) },
  { id: 'positions', label: 'Positions', component: lazy(() => import('../trading/PositionsPage').then((m) => ({ default: m.PositionsPage }))) },
  { id: 'strategies', label: 'Strategies', component: lazy(() => import('../strategies/StrategiesPage').then((m) => ({ default: m.StrategiesPage }))) },
  { id: 'system', label: 'System', component: lazy(() => import('../system/SystemPage').then((m) => ({ default: m.SystemPage }))) },
  { id: 'settings', label: 'Settings', component: lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))) },
];

const DEFAULT_VIEW = views[0]!;

export interface Route {
  view: View;
  param: string | null;
}

export function routeFor(hash: string): Route {
  const [id = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const view = views.find((v) => v.id === id);
  if (!view) return { view: DEFAULT_VIEW, param: null };
  const param = rest.length > 0 && rest.join('/') !== '' ? decodeURIComponent(rest.join('/')) : null;
  return { view, param };
}

/** The link to a page, optionally with its parameter. */
export function hrefFor(id: string, param?: string | null): string {
  return param ? `#/${id}/${encodeURIComponent(param)}` : `#/${id}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The page named by the location hash; a hash router without a routing library. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return routeFor(hash);
}
