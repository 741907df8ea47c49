import type { OrderStatus, Side } from '../api/types';

// Colour by what the trader must do: blue working, amber partly done, green done, grey gone,
// red refused, violet for states that need reconciling (the order may still be live).
const STATUS_TONE: Record<OrderStatus, string> = {
  NEW: 'bg-slate-400/10 text-slate-300 ring-slate-400/20',
  SUBMITTED: 'bg-sky-400/10 text-sky-300 ring-sky-400/25',
  LIVE: 'bg-sky-400/15 text-sky-300 ring-sky-400/30',
  MATCHED: 'bg-teal-400/10 text-teal-300 ring-teal-400/25',
  DELAYED: 'bg-violet-400/10 text-violet-300 ring-violet-400/25',
  UNKNOWN: 'bg-violet-400/15 text-violet-200 ring-violet-400/40',
  PARTIALLY_FILLED: 'bg-amber-400/10 text-amber-300 ring-amber-400/25',
  FILLED: 'bg-emerald-400/10 text-emerald-300 ring-emerald-400/25',
  CANCELLED: 'bg-slate-500/10 text-slate-400 ring-slate-500/20',
  EXPIRED: 'bg-slate-500/10 text-slate-400 ring-slate-500/20',
  REJECTED: 'bg-rose-500/10 text-rose-300 ring-rose-500/30',
};

const FALLBACK_TONE = 'bg-slate-400/10 text-slate-300 ring-slate-400/20';

export function StatusBadge({ status, reason }: { status: OrderStatus | string; reason?: string | null }) {
  const tone = STATUS_TONE[status as OrderStatus] ?? FALLBACK_TONE;
  return (
    <span
      data-status={status}
      title={reason ?? undefined}
      className={`inline-flex items-center rounded-md px-2 py-0.5 text-[11px] font-medium tracking-wide ring-1 ring-inset ${tone}`}
    >
      {status.replace('_', ' ')}
    </span>
  );
}

export function SideTag({ side }: { side: Side | string }) {
  const tone = side === 'BUY' ? 'text-emerald-400' : 'text-rose-400';
  return <span className={`font-semibold ${tone}`}>{side}</span>;
}
