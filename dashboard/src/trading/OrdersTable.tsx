import type { Order } from '../api/types';
import { testIds } from '../shell/testIds';
import { formatPrice, formatSigned, formatSize, formatTime, formatTimestamp, shortId, toNumber } from '../ui/format';
import { SideTag, StatusBadge } from '../ui/StatusBadge';
import { cell, headCell, idCell, numCell, numHeadCell, row, table } from '../ui/table';

/** Slippage tone: positive is worse for us (the gateway signs it that way). */
function slippageTone(value: Order['slippage']): string {
  const n = toNumber(value);
  if (!Number.isFinite(n) || n === 0) return 'text-slate-400';
  return n > 0 ? 'text-rose-400' : 'text-emerald-400';
}

interface OrdersTableProps {
  orders: readonly Order[];
  /** The order whose detail is open, highlighted. */
  selected?: string | null;
  onSelect?: (hash: string) => void;
}

/** Our orders, newest first, one row each, with their state and slippage against the signal's reference. */
export function OrdersTable({ orders, selected = null, onSelect }: OrdersTableProps) {
  return (
    <table className={table} data-testid={testIds.ordersTable}>
      <thead>
        <tr>
          <th className={headCell}>Time</th>
          <th className={headCell}>Order</th>
          <th className={headCell}>Token</th>
          <th className={headCell}>Side</th>
          <th className={numHeadCell}>Price</th>
          <th className={numHeadCell}>Ref</th>
          <th className={numHeadCell}>Size</th>
          <th className={numHeadCell}>Filled</th>
          <th className={numHeadCell} title="fill VWAP minus reference price; positive is worse">Slippage</th>
          <th className={headCell}>TIF</th>
          <th className={headCell}>Status</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr
            key={order.hash}
            className={`${row} ${onSelect ? 'cursor-pointer' : ''} ${order.hash === selected ? 'bg-sky-400/[0.07]' : ''}`}
            data-order={order.hash}
            data-testid={testIds.orderRow(order.hash)}
            aria-selected={onSelect ? order.hash === selected : undefined}
            onClick={onSelect ? () => onSelect(order.hash) : undefined}
          >
            <td className={`${cell} font-mono tabular-nums text-slate-400`} title={formatTimestamp(order.updatedAt)}>
              {formatTime(order.updatedAt)}
            </td>
            <td className={idCell} title={order.hash}>{shortId(order.hash)}</td>
            <td className={idCell} title={`token ${order.token}\nmarket ${order.market}`}>{shortId(order.token, 4, 4)}</td>
            <td className={cell}><SideTag side={order.side} /></td>
            <td className={numCell}>{formatPrice(order.price)}</td>
            <td className={`${numCell} text-slate-400`}>{formatPrice(order.referencePrice)}</td>
            <td className={numCell}>{formatSize(order.size)}</td>
            <td className={numCell}>{formatSize(order.filled)}</td>
            <td className={`${numCell} ${slippageTone(order.slippage)}`}>{formatSigned(order.slippage)}</td>
            <td className={`${cell} text-xs text-slate-400`}>{order.timeInForce}</td>
            <td className={cell}><StatusBadge status={order.status} reason={order.statusReason} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
