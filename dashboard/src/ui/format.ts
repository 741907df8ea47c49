import type { Decimal } from '../api/types';

/** A decimal from the API as a number for display, or NaN when absent or malformed. */
export function toNumber(value: Decimal | null | undefined): number {
  if (value === null || value === undefined || value === '') return Number.NaN;
  return typeof value === 'number' ? value : Number(value);
}

const DASH = '—';

function fixed(value: Decimal | null | undefined, minDigits: number, maxDigits: number): string {
  const n = toNumber(value);
  if (!Number.isFinite(n)) return DASH;
  return n.toLocaleString('en-US', { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits });
}

/** A share price in dollars (0 to 1): three decimals covers Polymarket's finest tick of 0.001. */
export function formatPrice(value: Decimal | null | undefined): string {
  return fixed(value, 3, 4);
}

/** A share count. */
export function formatSize(value: Decimal | null | undefined): string {
  return fixed(value, 2, 2);
}

/** Dollars, with a minus sign for losses. */
export function formatUsd(value: Decimal | null | undefined): string {
  const n = toNumber(value);
  if (!Number.isFinite(n)) return DASH;
  const text = Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return n < 0 ? `-$${text}` : `$${text}`;
}

/** Dollars with an explicit sign, for PnL. */
export function formatPnl(value: Decimal | null | undefined): string {
  const n = toNumber(value);
  if (!Number.isFinite(n)) return DASH;
  return n > 0 ? `+${formatUsd(n)}` : formatUsd(n);
}

/** Tailwind text colour for a PnL figure. */
export function pnlTone(value: Decimal | null | undefined): string {
  const n = toNumber(value);
  if (!Number.isFinite(n) || n === 0) return 'text-slate-300';
  return n > 0 ? 'text-emerald-400' : 'text-rose-400';
}

/** Average entry price = cost basis / size, or null when flat. */
export function averageEntry(costBasis: Decimal, size: Decimal): number | null {
  const shares = toNumber(size);
  const cost = toNumber(costBasis);
  if (!Number.isFinite(shares) || !Number.isFinite(cost) || shares === 0) return null;
  return cost / shares;
}

/** Time of day (local) for tables; the full timestamp goes in a tooltip. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return DASH;
  return date.toLocaleTimeString('en-GB', { hour12: false });
}

export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString();
}

/** A long id (order hash, token id, condition id) cut to its ends: 0x1a2b…9f0e. */
export function shortId(id: string | null | undefined, head = 6, tail = 4): string {
  if (!id) return DASH;
  return id.length <= head + tail + 1 ? id : `${id.slice(0, head)}…${id.slice(-tail)}`;
}

/** A ratio (0.583) as a percentage (58.3%). */
export function formatPercent(value: Decimal | null | undefined, digits = 1): string {
  const n = toNumber(value);
  if (!Number.isFinite(n)) return DASH;
  return `${(n * 100).toFixed(digits)}%`;
}

/** A plain figure (Sharpe, score) with a fixed number of decimals. */
export function formatNumber(value: Decimal | null | undefined, digits = 2): string {
  return fixed(value, digits, digits);
}

/** A signed figure (slippage, markout) with an explicit plus. */
export function formatSigned(value: Decimal | null | undefined, digits = 4): string {
  const n = toNumber(value);
  if (!Number.isFinite(n)) return DASH;
  const text = fixed(n, digits, digits);
  return n > 0 ? `+${text}` : text;
}

/** A date and time for logs: 2026-11-21 14:03:07 (UTC, as the gateway stores it). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return DASH;
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** Seconds as a short age: 12s, 4m, 3h. */
export function formatAge(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return DASH;
  if (seconds < 60) return `${Math.round(seconds)}s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`;
  if (seconds < 86400) return `${Math.round(seconds / 3600)}h`;
  return `${Math.round(seconds / 86400)}d`;
}
