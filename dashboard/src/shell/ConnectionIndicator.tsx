import { useEffect, useState } from 'react';
import { useConnectionStore, type ConnectionState } from '../live/connectionStore';

const LABEL: Record<ConnectionState, string> = {
  idle: 'Offline',
  connecting: 'Connecting',
  open: 'Live',
  waiting: 'Reconnecting',
};

const DOT: Record<ConnectionState, string> = {
  idle: 'bg-slate-500',
  connecting: 'bg-amber-400 animate-pulse',
  open: 'bg-emerald-400 shadow-[0_0_10px_2px_rgba(52,211,153,0.45)]',
  waiting: 'bg-rose-400 animate-pulse',
};

/** The live socket's state; while disconnected, the countdown to the next attempt. */
export function ConnectionIndicator() {
  const { state, retryAt } = useConnectionStore();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (state !== 'waiting') return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [state]);

  const seconds = state === 'waiting' && retryAt ? Math.max(0, Math.ceil((retryAt - now) / 1000)) : null;
  return (
    <div
      className="flex items-center gap-2 rounded-full border border-white/10 bg-white/5 px-3 py-1 text-xs text-slate-300"
      role="status"
      aria-label="live connection"
      data-state={state}
    >
      <span className={`size-2 rounded-full ${DOT[state]}`} />
      <span>{LABEL[state]}</span>
      {seconds !== null && <span className="font-mono tabular-nums text-slate-500">in {seconds}s</span>}
    </div>
  );
}
