import type { Session } from '../auth/authStore';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { ConnectionIndicator } from './ConnectionIndicator';
import { TradingStateBadge } from './TradingStateBadge';
import { useCurrentView, views } from './views';

/** The signed-in frame: header (brand, pages, trading state, connection, user) and the current page. */
export function AppShell({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const view = useCurrentView();
  useLiveUpdates(session.token);
  const Page = view.component;

  return (
    <div className="flex h-full flex-col gap-4 p-4">
      <header className="glass flex flex-wrap items-center gap-4 rounded-2xl px-4 py-3">
        <div className="flex items-center gap-2">
          <img src="/favicon.svg" alt="" className="size-7" />
          <span className="text-lg font-semibold tracking-tight text-slate-100">Polybot</span>
        </div>
        <nav className="flex gap-1" aria-label="pages">
          {views.map((v) => (
            <a
              key={v.id}
              href={`#/${v.id}`}
              aria-current={v.id === view.id ? 'page' : undefined}
              className={`rounded-lg px-3 py-1.5 text-sm transition-colors ${
                v.id === view.id ? 'bg-white/10 text-slate-100' : 'text-slate-400 hover:bg-white/5 hover:text-slate-200'
              }`}
            >
              {v.label}
            </a>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <TradingStateBadge state={null} />
          <ConnectionIndicator />
          <div className="hidden text-right text-xs leading-tight sm:block">
            <div className="text-slate-200">{session.username}</div>
            <div className="text-slate-500">{session.role}</div>
          </div>
          <button
            type="button"
            onClick={onSignOut}
            className="rounded-lg border border-white/10 bg-white/5 px-3 py-1.5 text-sm text-slate-300 transition-colors hover:bg-white/10 hover:text-white"
          >
            Log out
          </button>
        </div>
      </header>
      <main className="flex min-h-0 flex-1 flex-col">
        <Page />
      </main>
    </div>
  );
}
