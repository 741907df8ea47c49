import type { RiskDecision, Signal } from '../api/types';
import { testIds } from '../shell/testIds';
import { hrefFor } from '../shell/views';
import { formatPrice, formatTime, formatTimestamp, formatUsd, shortId } from '../ui/format';
import { SideTag } from '../ui/StatusBadge';

/** A figure from the risk check, as sent (they are already decimals or short strings). */
function figure(value: number | string): string {
  return typeof value === 'number' ? String(value) : value;
}

/** The risk check's verdict: approved, or rejected with its code, its words and the numbers it compared. */
export function DecisionView({ decision }: { decision: RiskDecision | null | undefined }) {
  if (!decision) {
    return (
      <div className="mt-2 text-xs text-slate-500" data-decision="pending">
        Risk decision pending
      </div>
    );
  }
  const tone = decision.approved ? 'border-emerald-400/20 bg-emerald-400/5' : 'border-rose-400/25 bg-rose-500/[0.07]';
  const figures = Object.entries(decision.figures ?? {});
  return (
    <div className={`mt-2 rounded-lg border px-2.5 py-1.5 text-xs ${tone}`} data-decision={decision.approved ? 'approved' : 'rejected'} data-approved={String(decision.approved)}>
      <div className="flex items-baseline justify-between gap-2">
        <span className={decision.approved ? 'font-semibold text-emerald-300' : 'font-semibold text-rose-300'}>
          {decision.approved ? 'Approved' : 'Rejected'}
          <span className="ml-2 font-mono font-normal text-slate-400">{decision.code}</span>
        </span>
        <time className="font-mono text-[11px] text-slate-500" title={formatTimestamp(decision.decidedAt)}>{formatTime(decision.decidedAt)}</time>
      </div>
      {decision.detail && <p className="mt-0.5 text-slate-300">{decision.detail}</p>}
      {figures.length > 0 && (
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 font-mono text-[11px]" aria-label="risk figures">
          {figures.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-slate-500">{key}</dt>
              <dd className="text-slate-200">{figure(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/** Strategy signals, newest first, with the why (reason and provenance) and the risk decision. */
export function SignalsList({ signals, selected = null }: { signals: readonly Signal[]; selected?: string | null }) {
  return (
    <ul className="divide-y divide-white/[0.04]" data-testid={testIds.signalsList}>
      {signals.map((signal) => (
        <li
          key={signal.id}
          className={`px-4 py-3 hover:bg-white/[0.03] ${signal.id === selected ? 'bg-sky-400/[0.06]' : ''}`}
          data-signal={signal.id}
          data-testid={testIds.signal(signal.id)}
        >
          <div className="flex items-baseline justify-between gap-3">
            <div className="flex items-baseline gap-2 text-sm">
              <SideTag side={signal.side} />
              <a href={hrefFor('signals', signal.id)} className="text-slate-100 hover:underline">{signal.outcome ?? shortId(signal.token, 4, 4)}</a>
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
            <dl className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-[11px] text-slate-500" aria-label="provenance">
              {Object.entries(signal.provenance).map(([key, value]) => (
                <div key={key} className="flex gap-1">
                  <dt>{key}</dt>
                  <dd className="font-mono text-slate-400" title={value}>
                    {/^0x[0-9a-f]{40}$/.test(value) ? <a href={hrefFor('whales', value)} className="hover:underline">{shortId(value, 10, 4)}</a> : shortId(value, 10, 4)}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <DecisionView decision={signal.decision} />
        </li>
      ))}
    </ul>
  );
}
