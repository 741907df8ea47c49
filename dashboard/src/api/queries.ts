import { useQuery } from '@tanstack/react-query';
import { getJson } from './client';
import type { Order, Position, Signal } from './types';

/** Cache keys shared by the fetching hooks and the live-update merge. */
export const queryKeys = {
  orders: ['orders'] as const,
  positions: ['positions'] as const,
  signals: ['signals'] as const,
};

/** How many rows the lists fetch and keep while live updates add to them. */
export const LIST_LIMIT = 200;

export function useOrders() {
  return useQuery({ queryKey: queryKeys.orders, queryFn: () => getJson<Order[]>(`/api/orders?limit=${LIST_LIMIT}`) });
}

export function usePositions() {
  return useQuery({ queryKey: queryKeys.positions, queryFn: () => getJson<Position[]>('/api/positions') });
}

export function useSignals() {
  return useQuery({ queryKey: queryKeys.signals, queryFn: () => getJson<Signal[]>(`/api/signals?limit=${LIST_LIMIT}`) });
}
