import { useState } from 'react';
import { useWhales } from '../api/queries';
import type { WhaleClass } from '../api/types';
import { testIds } from '../shell/testIds';
import { Panel } from '../ui/Panel';
import { QueryState } from '../ui/QueryState';
import { BasketsPanel } from './BasketsPanel';
import { WhalesTable } from './WhalesTable';

const CLASSES: (WhaleClass | 'all')[] = ['all', 'informed', 'market_maker', 'bot', 'unknown'];

/** Scored wallets and the baskets they form. */
export function WhalesPage() {
  const query = useWhales();
  const [cls, setCls] = useState<WhaleClass | 'all'>('all');
  const rows = cls === 'all' ? query.data : query.data?.filter((w) => w.classification === cls);
  return (
    <div className="grid min-h-0 flex-1 gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]" data-testid={testIds.page('whales')}>
      <Panel
        title="Wallets"
        className="min-h-64"
        aside={
          <label className="flex items-center gap-2">
            class
            <select value={cls} onChange={(e) => setCls(e.target.value as WhaleClass | 'all')} className="rounded-md border border-white/10 bg-slate-900 px-1.5 py-0.5 text-slate-200">
              {CLASSES.map((c) => <option key={c} value={c}>{c.replace('_', ' ')}</option>)}
            </select>
          </label>
        }
      >
        <QueryState query={{ ...query, data: rows }} empty={cls === 'all' ? 'No wallets scored yet.' : `No ${cls.replace('_', ' ')} wallets.`}>
          {(whales) => <WhalesTable whales={whales} />}
        </QueryState>
      </Panel>
      <BasketsPanel className="min-h-64" />
    </div>
  );
}
