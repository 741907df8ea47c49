import type { ReactNode } from 'react';

/** One headline figure in a glass tile. */
export function Stat({ label, value, tone = 'text-slate-100', hint, testId }: { label: string; value: ReactNode; tone?: string; hint?: ReactNode; testId?: string }) {
  return (
    <div className="glass rounded-2xl px-4 py-3" data-testid={testId}>
      <div className="text-[11px] font-medium uppercase tracking-wider text-slate-500">{label}</div>
      <div className={`mt-1 font-mono text-xl tabular-nums ${tone}`}>{value}</div>
      {hint && <div className="mt-0.5 text-xs text-slate-500">{hint}</div>}
    </div>
  );
}

/** A small labelled pill, for classes and flags. */
export function Tag({ children, tone = 'bg-white/5 text-slate-300 ring-white/10', title }: { children: ReactNode; tone?: string; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded-md px-1.5 py-0.5 text-[11px] font-medium ring-1 ring-inset ${tone}`}>
      {children}
    </span>
  );
}
