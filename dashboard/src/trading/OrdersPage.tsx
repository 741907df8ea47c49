import { useFills, useOrders } from '../api/queries';
import { testIds } from '../shell/testIds';
import { hrefFor, type PageProps } from '../shell/views';
import { Panel } from '../ui/Panel';
import { QueryState } from '../ui/QueryState';
import { FillsTable } from './FillsTable';
import { OrderDetailPanel } from './OrderDetailPanel';
import { OrdersTable } from './OrdersTable';

/** Orders with a detail pane (#/orders/{hash}) and the fills below. */
export function OrdersPage({ param }: PageProps) {
  const orders = useOrders();
  const fills = useFills();
  const select = (hash: string | null) => {
    window.location.hash = hrefFor('orders', hash);
  };
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-auto [&>*]:shrink-0" data-testid={testIds.page('orders')}>
      <div className={`grid min-h-0 gap-4 ${param ? 'xl:grid-cols-[minmax(0,1fr)_26rem]' : ''}`}>
        <Panel title="Orders" aside={orders.data ? `${orders.data.length} shown` : undefined} className="max-h-[60vh] min-h-64">
          <QueryState query={orders} empty="No orders yet.">
            {(rows) => <OrdersTable orders={rows} selected={param} onSelect={(hash) => select(hash === param ? null : hash)} />}
          </QueryState>
        </Panel>
        {param && <OrderDetailPanel hash={param} onClose={() => select(null)} />}
      </div>
      <Panel title="Fills" aside={fills.data ? `${fills.data.length} shown` : undefined} className="max-h-[40vh] min-h-48">
        <QueryState query={fills} empty="No fills yet.">
          {(rows) => <FillsTable fills={rows} />}
        </QueryState>
      </Panel>
    </div>
  );
}
