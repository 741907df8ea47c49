import type { Position } from '../api/types';
import { testIds } from '../shell/testIds';
import { averageEntry, formatPnl, formatPrice, formatSize, formatUsd, pnlTone, shortId, toNumber } from '../ui/format';
import { cell, headCell, idCell, numCell, numHeadCell, row, table } from '../ui/table';

/** Holdings per outcome token with average entry, mark, cost, PnL and fees. */
export function PositionsTable({ positions }: { positions: readonly Position[] }) {
  return (
    <table className={table} data-testid={testIds.positionsTable}>
      <thead>
        <tr>
          <th className={headCell}>Market</th>
          <th className={headCell}>Outcome</th>
          <th className={numHeadCell}>Size</th>
          <th className={numHeadCell}>Avg entry</th>
          <th className={numHeadCell}>Mark</th>
          <th className={numHeadCell}>Cost</th>
          <th className={numHeadCell}>Unrealized</th>
          <th className={numHeadCell}>Realized</th>
          <th className={numHeadCell}>Fees</th>
        </tr>
      </thead>
      <tbody>
        {positions.map((position) => {
          const entry = averageEntry(position.costBasis, position.size);
          const flat = toNumber(position.size) === 0;
          return (
            <tr key={position.token} className={`${row} ${flat ? 'opacity-50' : ''}`} data-token={position.token}>
              <td className={position.question ? `${cell} max-w-72 truncate` : idCell} title={`token ${position.token}\nmarket ${position.market}`}>
                {position.question ?? shortId(position.token, 4, 4)}
                {position.category && <span className="ml-2 text-[11px] text-slate-500">{position.category}</span>}
              </td>
              <td className={cell}>{position.outcome ?? '—'}</td>
              <td className={numCell}>{formatSize(position.size)}</td>
              <td className={numCell}>{entry === null ? '—' : formatPrice(entry)}</td>
              <td className={numCell}>{formatPrice(position.markPrice)}</td>
              <td className={numCell}>{formatUsd(position.costBasis)}</td>
              <td className={`${numCell} ${pnlTone(position.unrealizedPnl)}`}>{formatPnl(position.unrealizedPnl)}</td>
              <td className={`${numCell} ${pnlTone(position.realizedPnl)}`}>{formatPnl(position.realizedPnl)}</td>
              <td className={`${numCell} text-slate-400`}>{formatUsd(position.fees)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
