import { useState } from 'react';
import { usePositions } from '../api/queries';
import { testIds } from '../shell/testIds';
import { formatPnl, pnlTone, toNumber } from '../ui/format';
import { Panel } from '../ui/Panel';
import { QueryState } from '../ui/QueryState';
import { PositionsTable } from './PositionsTable';

/** Every position, open ones first; closed ones on request. */
export function PositionsPage() {
  const query = usePositions();
  const [showClosed, setShowClosed] = useState(false);
  const all = query.data ?? [];
  const rows = showClosed ? all : all.filter((p) => toNumber(p.size) !== 0);
  const unrealized = rows.reduce((sum, p) => sum + (Number.isFinite(toNumber(p.unrealizedPnl)) ? toNumber(p.unrealizedPnl) : 0), 0);
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid={testIds.page('positions')}>
      <Panel
        title="Positions"
        className="min-h-64 flex-1"
        aside={
          <div className="flex items-center gap-4">
            {query.data && <span className={pnlTone(unrealized)}>unrealized {formatPnl(unrealized)}</span>}
            <label className="flex items-center gap-1.5">
              <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} className="accent-sky-500" />
              show closed
            </label>
          </div>
        }
      >
        <QueryState query={{ ...query, data: query.data ? rows : undefined }} empty={showClosed ? 'No positions.' : 'No open positions.'}>
          {(positions) => <PositionsTable positions={positions} />}
        </QueryState>
      </Panel>
    </div>
  );
}
