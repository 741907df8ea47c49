import { OrdersPanel } from './OrdersTable';
import { PositionsPanel } from './PositionsTable';
import { SignalsPanel } from './SignalsList';

/** The trading desk: orders and positions on the left, the signal feed on the right. */
export function TradingPage() {
  return (
    <div className="grid min-h-0 flex-1 gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="grid min-h-0 gap-4 lg:grid-rows-[minmax(0,3fr)_minmax(0,2fr)]">
        <OrdersPanel className="min-h-64" />
        <PositionsPanel className="min-h-48" />
      </div>
      <SignalsPanel className="min-h-64" />
    </div>
  );
}
