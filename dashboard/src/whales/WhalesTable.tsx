import { useState } from 'react';
import type { Whale } from '../api/types';
import { testIds } from '../shell/testIds';
import { hrefFor } from '../shell/views';
import { formatNumber, formatPercent, formatSigned, shortId } from '../ui/format';
import { cell, headCell, idCell, numCell, numHeadCell, row, table } from '../ui/table';
import { ClassTag, WhaleFlags } from './WhaleBadges';
import { sortWhales, type SortDir, type WhaleColumn } from './whaleSort';

const COLUMNS: { key: WhaleColumn; label: string; title: string }[] = [
  { key: 'score', label: 'Score', title: 'Composite copy score' },
  { key: 'sharpe', label: 'Sharpe', title: 'Sharpe ratio of the wallet’s trade returns' },
  { key: 'winRate', label: 'Win rate', title: 'Win rate with its confidence interval' },
  { key: 'kelly', label: 'Kelly', title: 'Kelly fraction implied by win rate and payoff' },
  { key: 'evPerDollar', label: 'EV/$', title: 'Expected value per dollar staked' },
  { key: 'markout24h', label: 'Markout 24h', title: 'Price move 24h after their trades, in their favour' },
  { key: 'trades', label: 'Trades', title: 'Trades scored' },
];

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: { column: WhaleColumn; dir: SortDir }; onSort: (c: WhaleColumn) => void }) {
  const active = sort.column === column.key;
  return (
    <th className={numHeadCell} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} title={column.title}>
      <button type="button" onClick={() => onSort(column.key)} className={`uppercase tracking-wider hover:text-slate-200 ${active ? 'text-sky-300' : ''}`}>
        {column.label}
        <span aria-hidden className="ml-1 inline-block w-2">{active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  );
}

/** Scored wallets, sortable by any metric (click again to flip the order); a row opens the wallet. */
export function WhalesTable({ whales }: { whales: readonly Whale[] }) {
  const [sort, setSort] = useState<{ column: WhaleColumn; dir: SortDir }>({ column: 'score', dir: 'desc' });
  const onSort = (column: WhaleColumn) =>
    setSort((s) => (s.column === column ? { column, dir: s.dir === 'desc' ? 'asc' : 'desc' } : { column, dir: 'desc' }));
  const rows = sortWhales(whales, sort.column, sort.dir);
  return (
    <table className={table} data-testid={testIds.whalesTable}>
      <thead>
        <tr>
          <th className={headCell}>Wallet</th>
          <th className={headCell}>Class</th>
          {COLUMNS.map((column) => <SortHeader key={column.key} column={column} sort={sort} onSort={onSort} />)}
          <th className={headCell}>Flags</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((whale) => (
          <tr
            key={whale.address}
            className={`${row} cursor-pointer ${whale.banned ? 'opacity-60' : ''}`}
            data-testid={testIds.whaleRow(whale.address)}
            onClick={() => (window.location.hash = hrefFor('whales', whale.address))}
          >
            <td className={idCell} title={whale.address}>
              <a href={hrefFor('whales', whale.address)} className="text-slate-200 hover:underline" onClick={(e) => e.stopPropagation()}>
                {whale.label ?? shortId(whale.address)}
              </a>
            </td>
            <td className={cell}><ClassTag classification={whale.classification} /></td>
            <td className={`${numCell} text-slate-100`}>{formatNumber(whale.score, 3)}</td>
            <td className={numCell}>{formatNumber(whale.sharpe)}</td>
            <td className={numCell} title={`interval ${formatPercent(whale.winRateLower)} – ${formatPercent(whale.winRateUpper)}`}>
              {formatPercent(whale.winRate)}
              <span className="ml-1 text-[11px] text-slate-500">[{formatPercent(whale.winRateLower, 0)}–{formatPercent(whale.winRateUpper, 0)}]</span>
            </td>
            <td className={numCell}>{formatNumber(whale.kelly, 3)}</td>
            <td className={numCell}>{formatSigned(whale.evPerDollar, 3)}</td>
            <td className={numCell}>{formatSigned(whale.markout24h, 3)}</td>
            <td className={numCell}>{whale.trades}</td>
            <td className={cell}><WhaleFlags whale={whale} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
