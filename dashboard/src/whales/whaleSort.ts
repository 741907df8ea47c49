import type { Whale } from '../api/types';
import { toNumber } from '../ui/format';

export type WhaleColumn = 'score' | 'sharpe' | 'winRate' | 'kelly' | 'evPerDollar' | 'markout24h' | 'trades';
export type SortDir = 'asc' | 'desc';

/** Sorts wallets by a metric; wallets without the metric go last either way, ties by address for a stable order. */
export function sortWhales(whales: readonly Whale[], column: WhaleColumn, dir: SortDir): Whale[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...whales].sort((a, b) => {
    const x = toNumber(a[column]);
    const y = toNumber(b[column]);
    const xMissing = !Number.isFinite(x);
    const yMissing = !Number.isFinite(y);
    if (xMissing !== yMissing) return xMissing ? 1 : -1;
    if (!xMissing && x !== y) return (x - y) * sign;
    return a.address.localeCompare(b.address);
  });
}
