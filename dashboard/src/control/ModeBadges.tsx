import { testIds } from '../shell/testIds';

const MODE_TONE: Record<string, string> = {
  sim: 'text-sky-300 border-sky-400/30 bg-sky-400/10',
  paper: 'text-indigo-300 border-indigo-400/30 bg-indigo-400/10',
  live: 'text-fuchsia-200 border-fuchsia-400/40 bg-fuchsia-500/15',
};

/** Execution mode and whether live trading is armed: real money is at stake only when live and armed. */
export function ModeBadges({ mode, armed }: { mode: string | null; armed: boolean | null }) {
  return (
    <div className="flex items-center gap-1.5 text-xs">
      <span
        data-testid={testIds.tradingMode}
        title="Execution mode"
        className={`rounded-full border px-2.5 py-1 font-semibold uppercase tracking-wider ${MODE_TONE[mode ?? ''] ?? 'text-slate-400 border-white/10 bg-white/5'}`}
      >
        {mode ?? 'n/a'}
      </span>
      <span
        data-testid={testIds.liveArmed}
        data-armed={armed === null ? 'unknown' : String(armed)}
        title={armed ? 'Live trading is armed: orders go to the exchange' : 'Live trading is disarmed'}
        className={`rounded-full border px-2.5 py-1 font-medium ${
          armed ? 'border-rose-400/50 bg-rose-500/20 text-rose-100' : 'border-white/10 bg-white/5 text-slate-400'
        }`}
      >
        {armed === null ? 'n/a' : armed ? 'armed' : 'disarmed'}
      </span>
    </div>
  );
}
