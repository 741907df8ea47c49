import type { QueryClient } from '@tanstack/react-query';
import { LIST_LIMIT, putWhale, queryKeys } from '../api/queries';
import type {
  ControlState,
  DeadLetter,
  Fill,
  Order,
  OrderDetail,
  Position,
  PushFrame,
  PushFrameType,
  RiskDecision,
  RiskDecisionEvent,
  Signal,
  SignalDetail,
  Strategy,
} from '../api/types';

/** The order list after an order event: the order replaced by hash, or added on top if new. */
export function upsertOrder(orders: readonly Order[] | undefined, order: Order): Order[] {
  const list = orders ?? [];
  const index = list.findIndex((o) => o.hash === order.hash);
  if (index < 0) return [order, ...list].slice(0, LIST_LIMIT);
  // Events can arrive out of order after a reconnect: never let an older state overwrite a newer one.
  const current = list[index]!;
  if (Date.parse(order.updatedAt) < Date.parse(current.updatedAt)) return [...list];
  const next = [...list];
  // A frame may lack the reference and slippage the list row had: keep them.
  next[index] = {
    ...order,
    referencePrice: order.referencePrice ?? current.referencePrice,
    slippage: order.slippage ?? current.slippage,
  };
  return next;
}

/** The position list after a position event, keyed by outcome token. */
export function upsertPosition(positions: readonly Position[] | undefined, position: Position): Position[] {
  const list = positions ?? [];
  const index = list.findIndex((p) => p.token === position.token);
  if (index < 0) return [position, ...list];
  const next = [...list];
  next[index] = { ...list[index]!, ...position };
  return next;
}

/** The signal list after a new signal; a redelivered signal (same id) is not shown twice. */
export function prependSignal(signals: readonly Signal[] | undefined, signal: Signal): Signal[] {
  const list = signals ?? [];
  if (list.some((s) => s.id === signal.id)) return [...list];
  return [signal, ...list].slice(0, LIST_LIMIT);
}

/** The signal list with a risk decision attached to its signal; unknown signals leave it as it is. */
export function attachDecision(signals: readonly Signal[] | undefined, event: RiskDecisionEvent): Signal[] | undefined {
  if (!signals) return signals;
  const decision = decisionOf(event);
  return signals.map((s) => (s.id === event.signalId ? { ...s, decision } : s));
}

function decisionOf(event: RiskDecisionEvent): RiskDecision {
  return { approved: event.approved, code: event.code, detail: event.detail, figures: event.figures, decidedAt: event.decidedAt };
}

/** The fill list after a fill; a redelivered trade is not shown twice. */
export function prependFill(fills: readonly Fill[] | undefined, fill: Fill): Fill[] | undefined {
  if (!fills) return fills;
  if (fills.some((f) => f.tradeId === fill.tradeId && f.orderHash === fill.orderHash)) return [...fills];
  return [fill, ...fills].slice(0, LIST_LIMIT);
}

/** The strategy list with one strategy replaced by name. */
export function upsertStrategy(strategies: readonly Strategy[] | undefined, strategy: Strategy): Strategy[] | undefined {
  if (!strategies) return strategies;
  const index = strategies.findIndex((s) => s.name === strategy.name);
  if (index < 0) return [...strategies, strategy];
  const next = [...strategies];
  next[index] = strategy;
  return next;
}

/** Open dead letters after one changed: an open one is added or replaced, a retried or discarded one leaves. */
export function mergeDeadLetter(letters: readonly DeadLetter[] | undefined, letter: DeadLetter): DeadLetter[] | undefined {
  if (!letters) return letters;
  const rest = letters.filter((l) => l.id !== letter.id);
  return letter.status === 'OPEN' ? [...rest, letter] : rest;
}

/** Merges one pushed frame into the react-query caches so the pages update without a refetch. */
export function applyFrame(client: QueryClient, frame: PushFrame): void {
  switch (frame.type) {
    case 'order': {
      const order = frame.payload;
      // A list not loaded yet stays unloaded: seeded with one row it would pass for the whole list until stale.
      client.setQueryData<Order[]>(queryKeys.orders, (list) => list && upsertOrder(list, order));
      client.setQueryData<OrderDetail>(queryKeys.order(order.hash), (detail) => (detail ? { ...detail, order: { ...detail.order, ...order } } : detail));
      // The timeline gains an entry the frame does not carry.
      void client.invalidateQueries({ queryKey: queryKeys.order(order.hash), refetchType: 'active' });
      break;
    }
    case 'position':
      client.setQueryData<Position[]>(queryKeys.positions, (list) => list && upsertPosition(list, frame.payload));
      break;
    case 'signal':
      client.setQueryData<Signal[]>(queryKeys.signals, (list) => list && prependSignal(list, frame.payload));
      break;
    case 'fill':
      // The order and position events that follow carry the new state; the fills list gains the row.
      client.setQueryData<Fill[]>(queryKeys.fills, (list) => prependFill(list, frame.payload));
      break;
    case 'control-state':
      client.setQueryData<ControlState>(queryKeys.control, frame.payload);
      break;
    case 'risk-decision': {
      const event = frame.payload;
      client.setQueryData<Signal[]>(queryKeys.signals, (list) => attachDecision(list, event));
      client.setQueryData<SignalDetail>(queryKeys.signal(event.signalId), (detail) => {
        return detail ? { ...detail, decision: decisionOf(event) } : detail;
      });
      break;
    }
    case 'whale':
      putWhale(client, frame.payload);
      break;
    case 'strategy':
      client.setQueryData<Strategy[]>(queryKeys.strategies, (list) => upsertStrategy(list, frame.payload));
      break;
    case 'dead-letter':
      client.setQueryData<DeadLetter[]>(queryKeys.deadLetters, (list) => mergeDeadLetter(list, frame.payload));
      void client.invalidateQueries({ queryKey: queryKeys.system, refetchType: 'active' });
      break;
  }
}

const KNOWN_TYPES: readonly PushFrameType[] = [
  'order', 'fill', 'position', 'signal', 'control-state', 'risk-decision', 'whale', 'strategy', 'dead-letter',
];

/** Parses a frame, or returns null for anything that is not one of ours (unknown types included). */
export function parseFrame(text: string): PushFrame | null {
  try {
    const value = JSON.parse(text) as Partial<PushFrame>;
    if (!value || typeof value !== 'object' || typeof value.type !== 'string' || !value.payload || typeof value.payload !== 'object') return null;
    if (!KNOWN_TYPES.includes(value.type)) return null;
    return value as PushFrame;
  } catch {
    return null;
  }
}
