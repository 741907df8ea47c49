import { useSignals } from '../api/queries';
import type { Signal } from '../api/types';
import { formatPrice, formatTime, formatTimestamp, formatUsd, shortId } from '../ui/format';
import { Panel } from '../ui/Panel';
import { QueryState } from '../ui/QueryState';
import { SideTag } from '../ui/StatusBadge';

/** Strategy signals, newest first, with the why (reason and provenance) a trader checks before trusting them. */
export function SignalsList({ signals }: { signals: readonly Signal[] }) {
  return (
    <ul className="divide-y divide-white/[0.04]">
      {signals.map((signal) => (
        <li key={signal.id} className="px-4 py-3 hover:bg-white/[0.03]" data-signal={signal.id}>
          <div className="flex items-baseline justify-between gap-3">
            <div className="flex items-baseline gap-2 text-sm">
              <SideTag side={signal.side} />
              <span className="text-slate-100">{signal.outcome ?? shortId(signal.token, 4, 4)}</span>
              <span className="font-mono tabular-nums text-slate-300">@ {formatPrice(signal.referencePrice)}</span>
            </div>
            <time className="font-mono text-xs tabular-nums text-slate-500" title={formatTimestamp(signal.createdAt)}>
              {formatTime(signal.createdAt)}
            </time>
          </div>
          <div className="mt-1 flex items-baseline justify-between gap-3 text-xs">
            <span className="rounded bg-indigo-400/10 px-1.5 py-0.5 font-medium text-indigo-300">{signal.strategy}</span>
            <span className="font-mono tabular-nums text-slate-400" title="notional that triggered the signal">
              {signal.triggerNotional === null ? '' : formatUsd(signal.triggerNotional)}
            </span>
          </div>
          {signal.reason && <p className="mt-1 text-xs leading-relaxed text-slate-400">{signal.reason}</p>}
          {Object.keys(signal.provenance ?? {}).length > 0 && (
            <dl className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-[11px] text-slate-500">
              {Object.entries(signal.provenance).map(([key, value]) => (
                <div key={key} className="flex gap-1">
                  <dt>{key}</dt>
                  <dd className="font-mono text-slate-400" title={value}>{shortId(value, 10, 4)}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SignalsPanel({ className }: { className?: string }) {
  const query = useSignals();
  return (
    <Panel title="Signals" aside={query.data ? `${query.data.length} recent` : undefined} className={className}>
      <QueryState query={query} empty="No signals yet.">
        {(signals) => <SignalsList signals={signals} />}
      </QueryState>
    </Panel>
  );
}
