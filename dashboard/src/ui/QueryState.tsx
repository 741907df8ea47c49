import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

type QueryLike<T> = Pick<UseQueryResult<T>, 'data' | 'isPending' | 'isError' | 'error' | 'refetch' | 'isFetching'>;

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div role="status" className="flex items-center gap-3 px-4 py-8 text-sm text-slate-400">
      <span className="size-3 animate-pulse rounded-full bg-sky-400/70" />
      {label}
    </div>
  );
}

export function LoadError({ query }: { query: Pick<QueryLike<unknown>, 'error' | 'refetch' | 'isFetching'> }) {
  return (
    <div role="alert" className="flex items-center justify-between gap-4 px-4 py-6 text-sm">
      <span className="text-rose-300">Could not load: {query.error?.message ?? 'unknown error'}</span>
      <button
        type="button"
        onClick={() => void query.refetch()}
        disabled={query.isFetching}
        className="rounded-lg border border-white/10 bg-white/5 px-3 py-1 text-slate-200 hover:bg-white/10 disabled:opacity-50"
      >
        Retry
      </button>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="px-4 py-8 text-center text-sm text-slate-500">{children}</p>;
}

interface QueryStateProps<T> {
  query: QueryLike<T[]>;
  /** What "nothing here" means for this list, e.g. "No orders yet". */
  empty: string;
  children: (rows: T[]) => ReactNode;
}

/** Loading, error and empty states around a list from the API, one look for all of them. */
export function QueryState<T>({ query, empty, children }: QueryStateProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError query={query} />;
  const rows = query.data ?? [];
  if (rows.length === 0) return <Empty>{empty}</Empty>;
  return <>{children(rows)}</>;
}

/** Loading and error states around one resource (an overview, a detail page). */
export function QueryValue<T>({ query, children }: { query: QueryLike<T>; children: (value: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined) return <LoadError query={query} />;
  return <>{children(query.data)}</>;
}
