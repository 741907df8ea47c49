import { useStrategies } from '../api/queries';
import { testIds } from '../shell/testIds';
import { QueryState } from '../ui/QueryState';
import { StrategyCard } from './StrategyCard';

/** Every strategy with its switch and live-editable parameters. */
export function StrategiesPage() {
  const query = useStrategies();
  return (
    <div className="flex min-h-0 flex-1 flex-col overflow-auto [&>*]:shrink-0" data-testid={testIds.page('strategies')}>
      <QueryState query={query} empty="No strategies registered.">
        {(strategies) => (
          <div className="grid gap-4 xl:grid-cols-2">
            {strategies.map((s) => <StrategyCard key={s.name} strategy={s} />)}
          </div>
        )}
      </QueryState>
    </div>
  );
}
