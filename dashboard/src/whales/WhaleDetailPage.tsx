import { useState } from 'react';
import { useWhale, useWhaleAction } from '../api/queries';
import type { Whale, WhaleAction, WhaleDetail } from '../api/types';
import { useHasRole } from '../auth/authStore';
import { WhaleMetricsChart } from '../charts/Charts';
import { testIds } from '../shell/testIds';
import { hrefFor } from '../shell/views';
import { ActionDialog } from '../ui/ActionDialog';
import { buttonDanger, buttonQuiet } from '../ui/buttons';
import { formatDateTime, formatNumber, formatPercent, formatPrice, formatSigned, formatSize, formatUsd, shortId } from '../ui/format';
import { Panel } from '../ui/Panel';
import { Empty, QueryValue } from '../ui/QueryState';
import { SideTag } from '../ui/StatusBadge';
import { Stat } from '../ui/Stat';
import { cell, headCell, idCell, numCell, numHeadCell, row, table } from '../ui/table';
import { ClassTag, WhaleFlags } from './WhaleBadges';

const ACTIONS: Record<WhaleAction, { label: string; testId: string; title: string; description: string; danger: boolean }> = {
  pin: { label: 'Pin', testId: testIds.pinButton, title: 'Pin this wallet', description: 'A pinned wallet stays followed whatever its score.', danger: false },
  unpin: { label: 'Unpin', testId: testIds.unpinButton, title: 'Unpin this wallet', description: 'The wallet is followed again only if its score earns it.', danger: false },
  ban: { label: 'Ban', testId: testIds.banButton, title: 'Ban this wallet', description: 'A banned wallet is never followed, whatever its score.', danger: true },
  unban: { label: 'Unban', testId: testIds.unbanButton, title: 'Unban this wallet', description: 'The wallet may be followed again if its score earns it.', danger: false },
};

function WhitelistActions({ whale }: { whale: Whale }) {
  const canTrade = useHasRole('trader');
  const mutation = useWhaleAction(whale.address);
  const [open, setOpen] = useState<WhaleAction | null>(null);
  const available: WhaleAction[] = [whale.pinned ? 'unpin' : 'pin', whale.banned ? 'unban' : 'ban'];
  return (
    <div className="flex gap-2">
      {available.map((action) => (
        <button
          key={action}
          type="button"
          className={ACTIONS[action].danger ? buttonDanger : buttonQuiet}
          disabled={!canTrade}
          title={canTrade ? undefined : 'Needs the trader role'}
          data-testid={ACTIONS[action].testId}
          onClick={() => setOpen(action)}
        >
          {ACTIONS[action].label}
        </button>
      ))}
      {open && (
        <ActionDialog
          title={ACTIONS[open].title}
          description={ACTIONS[open].description}
          confirmLabel={ACTIONS[open].label}
          tone={ACTIONS[open].danger ? 'danger' : 'default'}
          onConfirm={({ reason }) => mutation.mutateAsync({ action: open, reason })}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}

function Trades({ detail }: { detail: WhaleDetail }) {
  if (detail.trades.length === 0) return <Empty>No trades recorded.</Empty>;
  return (
    <table className={table}>
      <thead>
        <tr>
          <th className={headCell}>Time</th>
          <th className={headCell}>Market</th>
          <th className={headCell}>Side</th>
          <th className={numHeadCell}>Price</th>
          <th className={numHeadCell}>Size</th>
          <th className={numHeadCell}>Notional</th>
        </tr>
      </thead>
      <tbody>
        {detail.trades.map((t) => (
          <tr key={t.id} className={row}>
            <td className={idCell}>{formatDateTime(t.time)}</td>
            <td className={`${cell} max-w-80 truncate`} title={t.market}>{t.question ?? shortId(t.market)} {t.outcome && <span className="text-slate-500">· {t.outcome}</span>}</td>
            <td className={cell}><SideTag side={t.side} /></td>
            <td className={numCell}>{formatPrice(t.price)}</td>
            <td className={numCell}>{formatSize(t.size)}</td>
            <td className={numCell}>{formatUsd(t.notional)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Evidence({ evidence }: { evidence: WhaleDetail['evidence'] }) {
  const entries = Object.entries(evidence ?? {});
  if (entries.length === 0) return <Empty>No evidence recorded.</Empty>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 px-4 py-3 text-sm" aria-label="evidence">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-500">{key}</dt>
          <dd className="font-mono text-slate-200">{value === null ? '—' : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Changes({ detail }: { detail: WhaleDetail }) {
  if (detail.changes.length === 0) return <Empty>No whitelist changes.</Empty>;
  return (
    <ul className="divide-y divide-white/[0.04]" aria-label="whitelist changes">
      {detail.changes.map((c, i) => (
        <li key={`${c.changedAt}-${i}`} className="px-4 py-2 text-sm">
          <div className="flex justify-between gap-3">
            <span className={c.whitelisted ? 'text-emerald-300' : 'text-slate-300'}>{c.whitelisted ? 'added to whitelist' : 'removed from whitelist'}</span>
            <time className="font-mono text-xs text-slate-500">{formatDateTime(c.changedAt)}</time>
          </div>
          <div className="text-xs text-slate-400">{c.reason ?? 'no reason given'}{c.actor ? ` — ${c.actor}` : ''}</div>
        </li>
      ))}
    </ul>
  );
}

/** One wallet: its figures, how they moved, its trades, the evidence behind the score and the whitelist history. */
export function WhaleDetailPage({ address }: { address: string }) {
  const query = useWhale(address);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-auto [&>*]:shrink-0" data-testid={testIds.page('whale')}>
      <a href={hrefFor('whales')} className="text-sm text-slate-400 hover:text-slate-200">← All wallets</a>
      <QueryValue query={query}>
        {(detail) => {
          const w = detail.whale;
          return (
            <>
              <section className="glass flex flex-wrap items-center justify-between gap-3 rounded-2xl px-4 py-3" aria-label="wallet">
                <div>
                  <h1 className="text-lg font-semibold text-slate-100">{w.label ?? shortId(w.address, 10, 6)}</h1>
                  <div className="mt-1 flex flex-wrap items-center gap-2 font-mono text-xs text-slate-500">
                    {w.address} <ClassTag classification={w.classification} /> <WhaleFlags whale={w} />
                  </div>
                </div>
                <WhitelistActions whale={w} />
              </section>
              <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-8">
                <Stat label="Score" value={formatNumber(w.score, 3)} />
                <Stat label="Sharpe" value={formatNumber(w.sharpe)} />
                <Stat label="Win rate" value={formatPercent(w.winRate)} hint={`${formatPercent(w.winRateLower)} – ${formatPercent(w.winRateUpper)}`} />
                <Stat label="Rolling win" value={formatPercent(w.rollingWinRate)} />
                <Stat label="Kelly" value={formatNumber(w.kelly, 3)} />
                <Stat label="EV / $" value={formatSigned(w.evPerDollar, 3)} />
                <Stat label="Markout 1h / 24h" value={`${formatSigned(w.markout1h, 3)} / ${formatSigned(w.markout24h, 3)}`} />
                <Stat label="Trades" value={w.trades} hint={`${w.positions} positions`} />
              </div>
              <Panel title="Metrics over time">
                {detail.history.length === 0 ? <Empty>No scoring history yet.</Empty> : <div className="p-3"><WhaleMetricsChart history={detail.history} /></div>}
              </Panel>
              <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                <Panel title="Trades" className="max-h-[32rem]"><Trades detail={detail} /></Panel>
                <div className="flex flex-col gap-4">
                  <Panel title="Evidence"><Evidence evidence={detail.evidence} /></Panel>
                  <Panel title="Whitelist changes"><Changes detail={detail} /></Panel>
                </div>
              </div>
            </>
          );
        }}
      </QueryValue>
    </div>
  );
}
