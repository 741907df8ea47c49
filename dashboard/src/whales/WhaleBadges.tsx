import type { Whale } from '../api/types';
import { Tag } from '../ui/Stat';

const CLASS_TONE: Record<string, string> = {
  informed: 'bg-emerald-400/10 text-emerald-300 ring-emerald-400/25',
  market_maker: 'bg-sky-400/10 text-sky-300 ring-sky-400/25',
  bot: 'bg-violet-400/10 text-violet-300 ring-violet-400/25',
  unknown: 'bg-slate-400/10 text-slate-400 ring-slate-400/20',
};

export function ClassTag({ classification }: { classification: string }) {
  return <Tag tone={CLASS_TONE[classification] ?? CLASS_TONE.unknown}>{classification.replace('_', ' ')}</Tag>;
}

/** Whitelist state and warnings at a glance. */
export function WhaleFlags({ whale }: { whale: Whale }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {whale.pinned && <Tag tone="bg-sky-400/10 text-sky-300 ring-sky-400/30" title="Pinned: always followed">pinned</Tag>}
      {whale.banned && <Tag tone="bg-rose-500/10 text-rose-300 ring-rose-500/30" title="Banned: never followed">banned</Tag>}
      {whale.whitelisted && !whale.pinned && <Tag tone="bg-emerald-400/10 text-emerald-300 ring-emerald-400/25" title="On the whitelist">followed</Tag>}
      {whale.decayed && <Tag tone="bg-amber-400/10 text-amber-300 ring-amber-400/25" title="Edge has decayed recently">decayed</Tag>}
      {whale.linkedGroup && <Tag title={`Linked wallets: ${whale.linkedGroup}`}>linked</Tag>}
    </span>
  );
}
