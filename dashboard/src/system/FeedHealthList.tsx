import type { FeedHealth } from '../api/types';
import { formatAge, formatDateTime } from '../ui/format';

/** A feed is stale when it has been quiet this long, even if its socket is up. */
export const STALE_AFTER_SECONDS = 60;

export function feedTone(feed: FeedHealth): { dot: string; label: string } {
  if (!feed.connected) return { dot: 'bg-rose-400', label: 'down' };
  if (feed.staleSeconds !== null && feed.staleSeconds > STALE_AFTER_SECONDS) return { dot: 'bg-amber-400', label: 'stale' };
  return { dot: 'bg-emerald-400 shadow-[0_0_8px_1px_rgba(52,211,153,0.5)]', label: 'ok' };
}

/** Each market-data feed: connected or not, and how long since its last message. */
export function FeedHealthList({ feeds }: { feeds: readonly FeedHealth[] }) {
  if (feeds.length === 0) return <p className="px-4 py-6 text-center text-sm text-slate-500">No feeds reported.</p>;
  return (
    <ul className="divide-y divide-white/[0.04]" aria-label="feeds">
      {feeds.map((feed) => {
        const tone = feedTone(feed);
        return (
          <li key={feed.name} className="flex items-center justify-between gap-3 px-4 py-2 text-sm" data-feed={feed.name} data-health={tone.label}>
            <span className="flex items-center gap-2">
              <span className={`size-2 rounded-full ${tone.dot}`} />
              <span className="text-slate-200">{feed.name}</span>
            </span>
            <span className="flex items-baseline gap-2 text-xs text-slate-500">
              <span>{tone.label}</span>
              <span className="font-mono tabular-nums text-slate-400" title={formatDateTime(feed.lastMessageAt)}>
                {feed.staleSeconds === null ? '—' : `${formatAge(feed.staleSeconds)} ago`}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
