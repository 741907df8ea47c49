import { usePositions } from '../api/queries';
import type { Position } from '../api/types';
import { averageEntry, formatPnl, formatPrice, formatSize, formatUsd, pnlTone, shortId, toNumber } from '../ui/format';
import { Panel } from '../ui/Panel';
import { QueryState } from '../ui/QueryState';
import { cell, headCell, idCell, numCell, numHeadCell, row, table } from '../ui/table';

/** Holdings per outcome token with average entry, cost, realised PnL and fees. */
export function PositionsTable({ positions }: { positions: readonly Position[] }) {
  return (
    <table className={table}>
      <thead>
        <tr>
          <th className={headCell}>Token</th>
          <th className={headCell}>Outcome</th>
          <th className={numHeadCell}>Size</th>
          <th className={numHeadCell}>Avg entry</th>
          <th className={numHeadCell}>Cost</th>
          <th className={numHeadCell}>Realized PnL</th>
          <th className={numHeadCell}>Fees</th>
        </tr>
      </thead>
      <tbody>
        {positions.map((position) => {
          const entry = averageEntry(position.costBasis, position.size);
          const flat = toNumber(position.size) === 0;
          return (
            <tr key={position.token} className={`${row} ${flat ? 'opacity-50' : ''}`} data-token={position.token}>
              <td className={idCell} title={`token ${position.token}\nmarket ${position.market}`}>{shortId(position.token, 4, 4)}</td>
              <td className={cell}>{position.outcome ?? '—'}</td>
              <td className={numCell}>{formatSize(position.size)}</td>
              <td className={numCell}>{entry === null ? '—' : formatPrice(entry)}</td>
              <td className={numCell}>{formatUsd(position.costBasis)}</td>
              <td className={`${numCell} ${pnlTone(position.realizedPnl)}`}>{formatPnl(position.realizedPnl)}</td>
              <td className={`${numCell} text-slate-400`}>{formatUsd(position.fees)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function PositionsPanel({ className }: { className?: string }) {
  const query = usePositions();
  return (
    <Panel title="Positions" aside={query.data ? `${query.data.length} tokens` : undefined} className={className}>
      <QueryState query={query} empty="No positions.">
        {(positions) => <PositionsTable positions={positions} />}
      </QueryState>
    </Panel>
  );
}
