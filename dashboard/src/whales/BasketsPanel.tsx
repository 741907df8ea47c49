import { useBaskets } from '../api/queries';
import type { Basket } from '../api/types';
import { testIds } from '../shell/testIds';
import { formatPercent, formatPrice, shortId } from '../ui/format';
import { Panel } from '../ui/Panel';
import { QueryState } from '../ui/QueryState';
import { SideTag } from '../ui/StatusBadge';
import { Tag } from '../ui/Stat';

function BasketCard({ basket }: { basket: Basket }) {
  return (
    <li className="px-4 py-3" data-basket={basket.id}>
      <div className="flex items-baseline justify-between gap-2">
        <span className="font-medium text-slate-100">{basket.name}</span>
        <span className="flex gap-1">
          {basket.category && <Tag>{basket.category}</Tag>}
          {basket.userDefined && <Tag tone="bg-indigo-400/10 text-indigo-300 ring-indigo-400/25">custom</Tag>}
          <Tag>{basket.wallets.length} wallets</Tag>
        </span>
      </div>
      {basket.consensus.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500">No consensus right now.</p>
      ) : (
        <ul className="mt-2 space-y-1.5" aria-label={`consensus of ${basket.name}`}>
          {basket.consensus.map((c) => (
            <li key={`${c.token}-${c.side}`} className="text-xs">
              <div className="flex items-baseline justify-between gap-2">
                <span className="truncate text-slate-300" title={c.market}>
                  <SideTag side={c.side} /> {c.outcome ?? ''} · {c.question ?? shortId(c.market)}
                </span>
                <span className="shrink-0 font-mono tabular-nums text-slate-200">{formatPercent(c.share, 0)}</span>
              </div>
              <div className="mt-0.5 flex items-center gap-2">
                <div className="h-1 flex-1 rounded-full bg-white/5">
                  <div className="h-1 rounded-full bg-gradient-to-r from-emerald-500/80 to-teal-300/80" style={{ width: `${Math.min(100, Number(c.share) * 100)}%` }} />
                </div>
                <span className="shrink-0 text-[11px] text-slate-500">
                  {c.wallets} wallets · {c.windowHours}h · vwap {formatPrice(c.vwap)}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Wallet baskets and where they currently agree; consensus is recomputed by the strategy role and refetched live. */
export function BasketsPanel({ className }: { className?: string }) {
  const query = useBaskets();
  return (
    <Panel title="Baskets" className={className} aside={query.data ? `${query.data.length}` : undefined}>
      <div data-testid={testIds.baskets}>
        <QueryState query={query} empty="No baskets.">
          {(baskets) => <ul className="divide-y divide-white/[0.04]">{baskets.map((b) => <BasketCard key={b.id} basket={b} />)}</ul>}
        </QueryState>
      </div>
    </Panel>
  );
}
