import { useOrder } from '../api/queries';
import type { OrderDetail } from '../api/types';
import { testIds } from '../shell/testIds';
import { formatDateTime, formatPrice, formatSigned, formatSize, shortId } from '../ui/format';
import { Panel } from '../ui/Panel';
import { Empty, QueryValue } from '../ui/QueryState';
import { StatusBadge } from '../ui/StatusBadge';
import { FillsTable } from './FillsTable';

function Timeline({ detail }: { detail: OrderDetail }) {
  if (detail.timeline.length === 0) return <Empty>No state changes recorded.</Empty>;
  return (
    <ol className="relative ml-6 border-l border-white/10 py-2" aria-label="state timeline">
      {detail.timeline.map((step, i) => (
        <li key={`${step.at}-${i}`} className="mb-3 ml-4">
          <span className="absolute -left-[5px] mt-1.5 size-2.5 rounded-full border border-slate-950 bg-sky-400/80" />
          <div className="flex items-center gap-3">
            <StatusBadge status={step.status} reason={step.reason} />
            <time className="font-mono text-xs text-slate-500">{formatDateTime(step.at)}</time>
          </div>
          {step.reason && <p className="mt-0.5 text-xs text-slate-400">{step.reason}</p>}
        </li>
      ))}
    </ol>
  );
}

/** One order: its state timeline, its fills and its slippage against the signal's reference price. */
export function OrderDetailPanel({ hash, onClose }: { hash: string; onClose: () => void }) {
  const query = useOrder(hash);
  return (
    <Panel
      title={`Order ${shortId(hash)}`}
      className="min-h-64"
      aside={<button type="button" onClick={onClose} className="text-slate-400 hover:text-slate-100" aria-label="close order detail">✕</button>}
    >
      <div data-testid={testIds.orderDetail}>
        <QueryValue query={query}>
          {(detail) => (
            <div className="space-y-3 p-3">
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-500">Status</dt>
                <dd><StatusBadge status={detail.order.status} reason={detail.order.statusReason} /></dd>
                <dt className="text-slate-500">Limit / reference</dt>
                <dd className="font-mono">{formatPrice(detail.order.price)} / {formatPrice(detail.order.referencePrice)}</dd>
                <dt className="text-slate-500">Filled</dt>
                <dd className="font-mono">{formatSize(detail.order.filled)} of {formatSize(detail.order.size)}</dd>
                <dt className="text-slate-500">Slippage</dt>
                <dd className="font-mono">{formatSigned(detail.order.slippage)}</dd>
                <dt className="text-slate-500">Signal</dt>
                <dd className="font-mono text-xs">{detail.order.signalId}</dd>
              </dl>
              <h3 className="text-[11px] font-semibold uppercase tracking-wider text-slate-500">Timeline</h3>
              <Timeline detail={detail} />
              <h3 className="text-[11px] font-semibold uppercase tracking-wider text-slate-500">Fills</h3>
              {detail.fills.length === 0 ? <Empty>No fills.</Empty> : <FillsTable fills={detail.fills} showOrder={false} />}
            </div>
          )}
        </QueryValue>
      </div>
    </Panel>
  );
}
