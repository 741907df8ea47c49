import type { TradingState } from '../api/types';
import { testIds } from './testIds';

const TONE: Record<TradingState, string> = {
  ACTIVE: 'text-emerald-300 border-emerald-400/30 bg-emerald-400/10',
  REDUCING: 'text-amber-300 border-amber-400/30 bg-amber-400/10',
  HALTED: 'text-rose-300 border-rose-400/40 bg-rose-500/15 shadow-[0_0_14px_0_rgba(244,63,94,0.35)]',
};

/** The engine's trading state (ACTIVE / REDUCING / HALTED), with who set it and why in the tooltip. */
export function TradingStateBadge({ state, reason, by }: { state: TradingState | null; reason?: string | null; by?: string | null }) {
  const tone = state ? TONE[state] ?? 'text-slate-300 border-white/10 bg-white/5' : 'text-slate-400 border-white/10 bg-white/5';
  const why = [reason, by ? `by ${by}` : null].filter(Boolean).join(' — ');
  return (
    <div
      className={`flex items-center gap-2 rounded-full border px-3 py-1 text-xs ${tone}`}
      title={state ? `Trading state ${state}${why ? `: ${why}` : ''}` : 'Trading state not known yet'}
      role="status"
      aria-label="trading state"
    >
      <span className="uppercase tracking-wider text-slate-500">Trading</span>
      <span className="font-semibold" data-testid={testIds.tradingState} data-state={state ?? 'unknown'}>
        {state ?? 'n/a'}
      </span>
    </div>
  );
}
