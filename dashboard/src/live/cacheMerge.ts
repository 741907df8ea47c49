import type { QueryClient } from '@tanstack/react-query';
import { LIST_LIMIT, queryKeys } from '../api/queries';
import type { Order, Position, PushFrame, Signal } from '../api/types';

/** The order list after an order event: the order replaced by hash, or added on top if new. */
export function upsertOrder(orders: readonly Order[] | undefined, order: Order): Order[] {
  const list = orders ?? [];
  const index = list.findIndex((o) => o.hash === order.hash);
  if (index < 0) return [order, ...list].slice(0, LIST_LIMIT);
  // Events can arrive out of order after a reconnect: never let an older state overwrite a newer one.
  const current = list[index]!;
  if (Date.parse(order.updatedAt) < Date.parse(current.updatedAt)) return [...list];
  const next = [...list];
  next[index] = order;
  return next;
}

/** The position list after a position event, keyed by outcome token. */
export function upsertPosition(positions: readonly Position[] | undefined, position: Position): Position[] {
  const list = positions ?? [];
  const index = list.findIndex((p) => p.token === position.token);
  if (index < 0) return [position, ...list];
  const next = [...list];
  next[index] = position;
  return next;
}

/** The signal list after a new signal; a redelivered signal (same id) is not shown twice. */
export function prependSignal(signals: readonly Signal[] | undefined, signal: Signal): Signal[] {
  const list = signals ?? [];
  if (list.some((s) => s.id === signal.id)) return [...list];
  return [signal, ...list].slice(0, LIST_LIMIT);
}

/** Merges one pushed frame into the react-query caches so the tables update without a refetch. */
export function applyFrame(client: QueryClient, frame: PushFrame): void {
  switch (frame.type) {
    case 'order':
      client.setQueryData<Order[]>(queryKeys.orders, (list) => upsertOrder(list, frame.payload));
      break;
    case 'position':
      client.setQueryData<Position[]>(queryKeys.positions, (list) => upsertPosition(list, frame.payload));
      break;
    case 'signal':
      client.setQueryData<Signal[]>(queryKeys.signals, (list) => prependSignal(list, frame.payload));
      break;
    case 'fill':
      // A fill is always followed by its order and position events, which carry the new state.
      break;
  }
}

/** Parses a frame, or returns null for anything that is not one of ours. */
export function parseFrame(text: string): PushFrame | null {
  try {
    const value = JSON.parse(text) as Partial<PushFrame>;
    if (!value || typeof value !== 'object' || typeof value.type !== 'string' || !value.payload) return null;
    if (!['order', 'fill', 'position', 'signal'].includes(value.type)) return null;
    return value as PushFrame;
  } catch {
    return null;
  }
}
