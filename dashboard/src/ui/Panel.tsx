import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** Right side of the title bar: counts, filters. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A glass panel with a title bar; every table and list on the dashboard sits in one. */
export function Panel({ title, aside, className = '', children }: PanelProps) {
  return (
    <section className={`glass flex min-h-0 flex-col rounded-2xl ${className}`} aria-label={title}>
      <header className="flex items-center justify-between border-b border-white/5 px-4 py-3">
        <h2 className="text-xs font-semibold uppercase tracking-[0.14em] text-slate-400">{title}</h2>
        {aside && <div className="text-xs text-slate-500">{aside}</div>}
      </header>
      <div className="min-h-0 flex-1 overflow-auto">{children}</div>
    </section>
  );
}
