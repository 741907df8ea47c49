import { formatUsd, toNumber } from '../ui/format';

export interface ExposureRow {
  key: string;
  label: string;
  notional: number | string;
}

/** Exposure per market or category as horizontal bars scaled to the largest, biggest first. */
export function ExposureBars({ rows, label }: { rows: readonly ExposureRow[]; label: string }) {
  if (rows.length === 0) return <p className="px-4 py-6 text-center text-sm text-slate-500">No exposure.</p>;
  const sorted = [...rows].sort((a, b) => Math.abs(toNumber(b.notional)) - Math.abs(toNumber(a.notional)));
  const max = Math.max(...sorted.map((r) => Math.abs(toNumber(r.notional))), 1e-9);
  return (
    <ul className="space-y-2 px-4 py-3" aria-label={label}>
      {sorted.map((row) => {
        const width = `${Math.max(2, (Math.abs(toNumber(row.notional)) / max) * 100)}%`;
        return (
          <li key={row.key} className="text-xs">
            <div className="mb-1 flex justify-between gap-3">
              <span className="truncate text-slate-300" title={row.label}>{row.label}</span>
              <span className="font-mono tabular-nums text-slate-200">{formatUsd(row.notional)}</span>
            </div>
            <div className="h-1.5 rounded-full bg-white/5">
              <div className="h-1.5 rounded-full bg-gradient-to-r from-sky-500/80 to-indigo-400/80" style={{ width }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
