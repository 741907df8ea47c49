/**
 * The engine's trading state (ACTIVE / REDUCING / HALTED). The gateway does not publish it yet,
 * so this shows it as not reported rather than guessing.
 */
export function TradingStateBadge({ state }: { state: 'ACTIVE' | 'REDUCING' | 'HALTED' | null }) {
  const tone =
    state === 'ACTIVE'
      ? 'text-emerald-300 border-emerald-400/30 bg-emerald-400/10'
      : state === 'REDUCING'
        ? 'text-amber-300 border-amber-400/30 bg-amber-400/10'
        : state === 'HALTED'
          ? 'text-rose-300 border-rose-400/40 bg-rose-500/15'
          : 'text-slate-400 border-white/10 bg-white/5';
  return (
    <div
      className={`flex items-center gap-2 rounded-full border px-3 py-1 text-xs ${tone}`}
      title={state ? `Trading state ${state}` : 'Trading state is not reported by the gateway yet'}
    >
      <span className="uppercase tracking-wider text-slate-500">Trading</span>
      <span className="font-semibold">{state ?? 'n/a'}</span>
    </div>
  );
}
