import { useSyncExternalStore, type ComponentType } from 'react';
import { TradingPage } from '../trading/TradingPage';

/** A page of the dashboard, reached at #/{id}. New pages (wallets, risk, backtests) are added here. */
export interface View {
  id: string;
  label: string;
  component: ComponentType;
}

export const views: readonly View[] = [{ id: 'trading', label: 'Trading', component: TradingPage }];

const DEFAULT_VIEW = views[0]!;

export function viewFor(hash: string): View {
  const id = hash.replace(/^#\/?/, '');
  return views.find((view) => view.id === id) ?? DEFAULT_VIEW;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The view named by the location hash; a hash router without a routing library. */
export function useCurrentView(): View {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return viewFor(hash);
}
