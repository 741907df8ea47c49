/** Button classes: one look per intent, so a destructive action never looks like a routine one. */
const base =
  'inline-flex items-center justify-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-medium transition disabled:cursor-not-allowed disabled:opacity-50';
export const buttonQuiet = `${base} border border-white/10 bg-white/5 text-slate-300 hover:bg-white/10 hover:text-white`;
export const buttonPrimary = `${base} bg-gradient-to-r from-sky-500 to-indigo-500 text-white shadow-lg shadow-sky-900/30 hover:brightness-110`;
export const buttonDanger = `${base} border border-rose-400/40 bg-rose-500/20 text-rose-100 hover:bg-rose-500/35`;
export const buttonWarn = `${base} border border-amber-400/40 bg-amber-500/15 text-amber-100 hover:bg-amber-500/25`;
export const buttonSmall = 'px-2 py-1 text-xs';

export const input =
  'w-full rounded-lg border border-white/10 bg-slate-950/50 px-3 py-2 text-sm text-slate-100 placeholder-slate-600 outline-none transition focus:border-sky-400/60 focus:ring-2 focus:ring-sky-400/20 aria-[invalid=true]:border-rose-400/60 aria-[invalid=true]:ring-rose-400/20';

export const fieldLabel = 'mb-1 block text-[11px] font-medium uppercase tracking-wider text-slate-400';
