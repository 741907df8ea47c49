import { useState } from 'react';
import { useSignal, useSignals } from '../api/queries';
import type { Signal } from '../api/types';
import { testIds } from '../shell/testIds';
import { hrefFor, type PageProps } from '../shell/views';
import { shortId } from '../ui/format';
import { Panel } from '../ui/Panel';
import { Empty, QueryState, QueryValue } from '../ui/QueryState';
import { OrdersTable } from './OrdersTable';
import { SignalsList } from './SignalsList';

type Filter = 'all' | 'approved' | 'rejected' | 'pending';

function matches(signal: Signal, filter: Filter): boolean {
  if (filter === 'all') return true;
  if (filter === 'pending') return !signal.decision;
  return !!signal.decision && signal.decision.approved === (filter === 'approved');
}

function SignalOrders({ id }: { id: string }) {
  const query = useSignal(id);
  return (
    <Panel
      title={`Orders of signal ${shortId(id, 8, 4)}`}
      aside={<a href={hrefFor('signals')} aria-label="close signal detail" className="text-slate-400 hover:text-slate-100">✕</a>}
    >
      <QueryValue query={query}>
        {(detail) =>
          detail.orders.length === 0 ? (
            <Empty>No orders for this signal{detail.decision && !detail.decision.approved ? ': risk rejected it.' : '.'}</Empty>
          ) : (
            <OrdersTable orders={detail.orders} onSelect={(hash) => (window.location.hash = hrefFor('orders', hash))} />
          )
        }
      </QueryValue>
    </Panel>
  );
}

/** Every signal with its provenance and its risk decision; #/signals/{id} shows the orders it led to. */
export function SignalsPage({ param }: PageProps) {
  const query = useSignals();
  const [filter, setFilter] = useState<Filter>('all');
  const rows = query.data?.filter((s) => matches(s, filter));
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-auto [&>*]:shrink-0" data-testid={testIds.page('signals')}>
      {param && <SignalOrders id={param} />}
      <Panel
        title="Signals"
        className="min-h-64 flex-1"
        aside={
          <div role="group" aria-label="filter by decision" className="flex gap-1">
            {(['all', 'approved', 'rejected', 'pending'] as const).map((f) => (
              <button
                key={f}
                type="button"
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
                className={`rounded-md px-2 py-0.5 ${filter === f ? 'bg-white/10 text-slate-100' : 'text-slate-500 hover:text-slate-300'}`}
              >
                {f}
              </button>
            ))}
          </div>
        }
      >
        <QueryState query={{ ...query, data: rows }} empty={filter === 'all' ? 'No signals yet.' : `No ${filter} signals.`}>
          {(signals) => <SignalsList signals={signals} selected={param} />}
        </QueryState>
      </Panel>
    </div>
  );
}
