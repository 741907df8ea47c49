import { useOrders } from '../api/queries';
import type { Order } from '../api/types';
import { formatPrice, formatSize, formatTime, formatTimestamp, shortId } from '../ui/format';
import { Panel } from '../ui/Panel';
import { QueryState } from '../ui/QueryState';
import { SideTag, StatusBadge } from '../ui/StatusBadge';
import { cell, headCell, idCell, numCell, numHeadCell, row, table } from '../ui/table';

/** Our orders, newest first, one row each, with their state. */
export function OrdersTable({ orders }: { orders: readonly Order[] }) {
  return (
    <table className={table}>
      <thead>
        <tr>
          <th className={headCell}>Time</th>
          <th className={headCell}>Order</th>
          <th className={headCell}>Token</th>
          <th className={headCell}>Side</th>
          <th className={numHeadCell}>Price</th>
          <th className={numHeadCell}>Size</th>
          <th className={numHeadCell}>Filled</th>
          <th className={headCell}>TIF</th>
          <th className={headCell}>Status</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.hash} className={row} data-order={order.hash}>
            <td className={`${cell} font-mono tabular-nums text-slate-400`} title={formatTimestamp(order.updatedAt)}>
              {formatTime(order.updatedAt)}
            </td>
            <td className={idCell} title={order.hash}>{shortId(order.hash)}</td>
            <td className={idCell} title={`token ${order.token}\nmarket ${order.market}`}>{shortId(order.token, 4, 4)}</td>
            <td className={cell}><SideTag side={order.side} /></td>
            <td className={numCell}>{formatPrice(order.price)}</td>
            <td className={numCell}>{formatSize(order.size)}</td>
            <td className={numCell}>{formatSize(order.filled)}</td>
            <td className={`${cell} text-xs text-slate-400`}>{order.timeInForce}</td>
            <td className={cell}><StatusBadge status={order.status} reason={order.statusReason} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OrdersPanel({ className }: { className?: string }) {
  const query = useOrders();
  return (
    <Panel title="Orders" aside={query.data ? `${query.data.length} shown` : undefined} className={className}>
      <QueryState query={query} empty="No orders yet.">
        {(orders) => <OrdersTable orders={orders} />}
      </QueryState>
    </Panel>
  );
}
