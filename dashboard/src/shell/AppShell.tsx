import { Suspense } from 'react';
import { logout } from '../api/client';
import { useControl } from '../api/queries';
import type { Session } from '../auth/authStore';
import { ControlActions } from '../control/ControlActions';
import { ModeBadges } from '../control/ModeBadges';
import type { SocketFactory } from '../live/liveConnection';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Loading } from '../ui/QueryState';
import { ConnectionIndicator } from './ConnectionIndicator';
import { testIds } from './testIds';
import { TradingStateBadge } from './TradingStateBadge';
import { hrefFor, useRoute, views } from './views';

/**
 * The signed-in frame: header (brand, pages, trading state, mode, armed, the kill switch,
 * connection, user) and the current page. The control state arrives live on `control`.
 */
export function AppShell({ session, socketFactory }: { session: Session; socketFactory?: SocketFactory }) {
  const { view, param } = useRoute();
  useLiveUpdates(true, socketFactory);
  const control = useControl();
  const Page = view.component;
  const state = control.data;

  return (
    <div className="flex h-full flex-col gap-4 p-4">
      <header className="glass flex flex-wrap items-center gap-x-4 gap-y-2 rounded-2xl px-4 py-3">
        <a href={hrefFor('overview')} className="flex items-center gap-2">
          <img src="/favicon.svg" alt="" className="size-7" />
          <span className="text-lg font-semibold tracking-tight text-slate-100">Polybot</span>
        </a>
        <nav className="flex flex-wrap gap-1" aria-label="pages">
          {views.map((v) => (
            <a
              key={v.id}
              href={hrefFor(v.id)}
              data-testid={testIds.nav(v.id)}
              aria-current={v.id === view.id ? 'page' : undefined}
              className={`rounded-lg px-3 py-1.5 text-sm transition-colors ${
                v.id === view.id ? 'bg-white/10 text-slate-100' : 'text-slate-400 hover:bg-white/5 hover:text-slate-200'
              }`}
            >
              {v.label}
            </a>
          ))}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <TradingStateBadge state={state?.tradingState ?? null} reason={state?.reason} by={state?.by} />
          <ModeBadges mode={state?.mode ?? null} armed={state ? state.liveArmed : null} />
          <ControlActions />
          <ConnectionIndicator />
          <div className="hidden text-right text-xs leading-tight sm:block">
            <div className="text-slate-200">{session.username}</div>
            <div className="text-slate-500">{session.role}</div>
          </div>
          <button
            type="button"
            onClick={() => void logout()}
            className="rounded-lg border border-white/10 bg-white/5 px-3 py-1.5 text-sm text-slate-300 transition-colors hover:bg-white/10 hover:text-white"
          >
            Log out
          </button>
        </div>
      </header>
      {state?.tradingState === 'HALTED' && (
        <div role="alert" className="rounded-2xl border border-rose-500/30 bg-rose-500/10 px-4 py-2 text-sm text-rose-200 backdrop-blur">
          Trading is halted{state.reason ? `: ${state.reason}` : ''}{state.by ? ` (by ${state.by})` : ''}.
        </div>
      )}
      <main className="flex min-h-0 flex-1 flex-col">
        <ErrorBoundary resetKey={`${view.id}/${param ?? ''}`}>
          <Suspense fallback={<Loading />}>
            <Page key={view.id} param={param} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
