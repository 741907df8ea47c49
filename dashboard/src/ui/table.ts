/** Shared table classes: numbers right-aligned in tabular figures so columns line up digit by digit. */
export const table = 'w-full border-separate border-spacing-0 text-sm';
export const headCell =
  'sticky top-0 z-10 border-b border-white/5 bg-slate-950/70 px-3 py-2 text-left text-[11px] font-medium uppercase tracking-wider text-slate-500 backdrop-blur';
export const numHeadCell = `${headCell} text-right`;
export const cell = 'border-b border-white/[0.04] px-3 py-2 whitespace-nowrap text-slate-200';
export const numCell = `${cell} text-right font-mono tabular-nums`;
export const idCell = `${cell} font-mono text-xs text-slate-400`;
export const row = 'transition-colors hover:bg-white/[0.03]';
