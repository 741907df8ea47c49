import { useControl, useOverview, usePositions } from '../api/queries';
import type { Overview } from '../api/types';
import { DailyPnlChart, EquityChart } from '../charts/Charts';
import { testIds } from '../shell/testIds';
import { FeedHealthList } from '../system/FeedHealthList';
import { PositionsTable } from '../trading/PositionsTable';
import { formatPnl, formatUsd, pnlTone, shortId, toNumber } from '../ui/format';
import { Panel } from '../ui/Panel';
import { Empty, QueryState, QueryValue } from '../ui/QueryState';
import { Stat } from '../ui/Stat';
import { ExposureBars } from './ExposureBars';

function Figures({ overview }: { overview: Overview }) {
  const total = toNumber(overview.realizedPnl) + toNumber(overview.unrealizedPnl);
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      <Stat label="Equity" value={formatUsd(overview.equity)} hint={`from ${formatUsd(overview.startingBalance)}`} testId="stat-equity" />
      <Stat label="PnL" value={formatPnl(total)} tone={pnlTone(total)} testId="stat-pnl" />
      <Stat label="Realized" value={formatPnl(overview.realizedPnl)} tone={pnlTone(overview.realizedPnl)} />
      <Stat label="Unrealized" value={formatPnl(overview.unrealizedPnl)} tone={pnlTone(overview.unrealizedPnl)} />
      <Stat label="Exposure" value={formatUsd(overview.exposure)} />
      <Stat label="Open" value={`${overview.openPositions} pos · ${overview.openOrders} ord`} />
    </div>
  );
}

function ControlSummary() {
  const control = useControl();
  return (
    <QueryValue query={control}>
      {(state) => (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-2 px-4 py-3 text-sm">
          <dt className="text-slate-500">Trading</dt>
          <dd className="font-semibold text-slate-100">{state.tradingState}</dd>
          <dt className="text-slate-500">Mode</dt>
          <dd className="uppercase text-slate-100">{state.mode}</dd>
          <dt className="text-slate-500">Live trading</dt>
          <dd className={state.liveArmed ? 'font-semibold text-rose-300' : 'text-slate-300'}>{state.liveArmed ? 'armed' : 'disarmed'}</dd>
          {state.reason && (
            <>
              <dt className="text-slate-500">Why</dt>
              <dd className="text-slate-300">{state.reason}{state.by ? ` (${state.by})` : ''}</dd>
            </>
          )}
        </dl>
      )}
    </QueryValue>
  );
}

function OpenPositions() {
  const query = usePositions();
  const open = { ...query, data: query.data?.filter((p) => toNumber(p.size) !== 0) };
  return (
    <QueryState query={open} empty="No open positions.">
      {(positions) => <PositionsTable positions={positions} />}
    </QueryState>
  );
}

/** The desk at a glance: money, its curve, where it is exposed, and whether the machine is healthy. */
export function OverviewPage() {
  const query = useOverview();
  return (
    <div className="flex min-h-0 flex-col gap-4 overflow-auto [&>*]:shrink-0" data-testid={testIds.page('overview')}>
      <QueryValue query={query}>
        {(overview) => (
          <>
            <Figures overview={overview} />
            <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
              <Panel title="Equity">
                {overview.equityCurve.length === 0 ? <Empty>No equity history yet.</Empty> : (
                  <div className="p-3"><EquityChart points={overview.equityCurve} startingBalance={toNumber(overview.startingBalance)} /></div>
                )}
              </Panel>
              <Panel title="Control">
                <ControlSummary />
              </Panel>
            </div>
            <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
              <Panel title="Daily PnL">
                {overview.dailyPnl.length === 0 ? <Empty>No daily PnL yet.</Empty> : (
                  <div className="p-3"><DailyPnlChart days={overview.dailyPnl} /></div>
                )}
              </Panel>
              <Panel title="Feeds">
                <FeedHealthList feeds={overview.feeds} />
              </Panel>
            </div>
            <div className="grid gap-4 lg:grid-cols-2">
              <Panel title="Exposure by market">
                <ExposureBars
                  label="exposure by market"
                  rows={overview.exposureByMarket.map((m) => ({ key: m.market, label: m.question ?? shortId(m.market), notional: m.notional }))}
                />
              </Panel>
              <Panel title="Exposure by category">
                <ExposureBars
                  label="exposure by category"
                  rows={overview.exposureByCategory.map((c) => ({ key: c.category, label: c.category, notional: c.notional }))}
                />
              </Panel>
            </div>
          </>
        )}
      </QueryValue>
      <Panel title="Open positions" className="min-h-40">
        <OpenPositions />
      </Panel>
    </div>
  );
}
