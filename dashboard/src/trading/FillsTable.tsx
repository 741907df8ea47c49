import type { Fill } from '../api/types';
import { testIds } from '../shell/testIds';
import { formatPrice, formatSize, formatTime, formatTimestamp, formatUsd, shortId } from '../ui/format';
import { SideTag } from '../ui/StatusBadge';
import { cell, headCell, idCell, numCell, numHeadCell, row, table } from '../ui/table';

/** Executions, newest first. */
export function FillsTable({ fills, showOrder = true }: { fills: readonly Fill[]; showOrder?: boolean }) {
  return (
    <table className={table} data-testid={testIds.fillsTable}>
      <thead>
        <tr>
          <th className={headCell}>Time</th>
          <th className={headCell}>Trade</th>
          {showOrder && <th className={headCell}>Order</th>}
          <th className={headCell}>Side</th>
          <th className={numHeadCell}>Price</th>
          <th className={numHeadCell}>Size</th>
          <th className={numHeadCell}>Fee</th>
        </tr>
      </thead>
      <tbody>
        {fills.map((fill) => (
          <tr key={`${fill.orderHash}/${fill.tradeId}`} className={row}>
            <td className={`${cell} font-mono tabular-nums text-slate-400`} title={formatTimestamp(fill.eventTime)}>{formatTime(fill.eventTime)}</td>
            <td className={idCell} title={fill.tradeId}>{shortId(fill.tradeId)}</td>
            {showOrder && <td className={idCell} title={fill.orderHash}>{shortId(fill.orderHash)}</td>}
            <td className={cell}><SideTag side={fill.side} /></td>
            <td className={numCell}>{formatPrice(fill.price)}</td>
            <td className={numCell}>{formatSize(fill.size)}</td>
            <td className={`${numCell} text-slate-400`}>{formatUsd(fill.fee)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
