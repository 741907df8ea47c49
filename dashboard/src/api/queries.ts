import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, sendJson } from './client';
import type {
  AuditEntry,
  Basket,
  ControlState,
  DeadLetter,
  Fill,
  NewUser,
  Order,
  OrderDetail,
  Overview,
  Position,
  Signal,
  SignalDetail,
  Strategy,
  StrategyUpdate,
  SystemStatus,
  TotpEnrolment,
  TotpVerified,
  User,
  UserAccount,
  UserChange,
  Whale,
  WhaleAction,
  WhaleDetail,
} from './types';

/** Cache keys shared by the fetching hooks and the live-update merge. */
export const queryKeys = {
  me: ['me'] as const,
  control: ['control'] as const,
  overview: ['overview'] as const,
  orders: ['orders'] as const,
  order: (hash: string) => ['order', hash] as const,
  fills: ['fills'] as const,
  positions: ['positions'] as const,
  signals: ['signals'] as const,
  signal: (id: string) => ['signal', id] as const,
  whales: ['whales'] as const,
  whale: (address: string) => ['whale', address] as const,
  baskets: ['baskets'] as const,
  strategies: ['strategies'] as const,
  system: ['system'] as const,
  deadLetters: ['dead-letters'] as const,
  audit: ['audit'] as const,
  users: ['users'] as const,
};

/** How many rows the lists fetch and keep while live updates add to them. */
export const LIST_LIMIT = 200;

const enc = encodeURIComponent;

// ---- reads ----------------------------------------------------------------------------------

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: () => getJson<User>('/api/auth/me') });
}

export function useControl() {
  return useQuery({ queryKey: queryKeys.control, queryFn: () => getJson<ControlState>('/api/control') });
}

export function useOverview() {
  return useQuery({ queryKey: queryKeys.overview, queryFn: () => getJson<Overview>('/api/overview') });
}

export function useOrders() {
  return useQuery({ queryKey: queryKeys.orders, queryFn: () => getJson<Order[]>(`/api/orders?limit=${LIST_LIMIT}`) });
}

export function useOrder(hash: string | null) {
  return useQuery({
    queryKey: queryKeys.order(hash ?? ''),
    queryFn: () => getJson<OrderDetail>(`/api/orders/${enc(hash!)}`),
    enabled: hash !== null,
  });
}

export function useFills() {
  return useQuery({ queryKey: queryKeys.fills, queryFn: () => getJson<Fill[]>(`/api/fills?limit=${LIST_LIMIT}`) });
}

export function usePositions() {
  return useQuery({ queryKey: queryKeys.positions, queryFn: () => getJson<Position[]>('/api/positions') });
}

export function useSignals() {
  return useQuery({ queryKey: queryKeys.signals, queryFn: () => getJson<Signal[]>(`/api/signals?limit=${LIST_LIMIT}`) });
}

export function useSignal(id: string | null) {
  return useQuery({
    queryKey: queryKeys.signal(id ?? ''),
    queryFn: () => getJson<SignalDetail>(`/api/signals/${enc(id!)}`),
    enabled: id !== null,
  });
}

export function useWhales() {
  // Sorted and filtered here: all rows are at hand, and the sort follows live updates.
  return useQuery({ queryKey: queryKeys.whales, queryFn: () => getJson<Whale[]>(`/api/whales?limit=${LIST_LIMIT}`) });
}

export function useWhale(address: string) {
  return useQuery({ queryKey: queryKeys.whale(address), queryFn: () => getJson<WhaleDetail>(`/api/whales/${enc(address)}`) });
}

export function useBaskets() {
  // No frame carries consensus; it moves with whale trades, so poll it.
  return useQuery({ queryKey: queryKeys.baskets, queryFn: () => getJson<Basket[]>('/api/baskets'), refetchInterval: 30_000 });
}

export function useStrategies() {
  return useQuery({ queryKey: queryKeys.strategies, queryFn: () => getJson<Strategy[]>('/api/strategies') });
}

export function useSystem() {
  return useQuery({ queryKey: queryKeys.system, queryFn: () => getJson<SystemStatus>('/api/system'), refetchInterval: 15_000 });
}

export function useDeadLetters() {
  return useQuery({ queryKey: queryKeys.deadLetters, queryFn: () => getJson<DeadLetter[]>('/api/dead-letters') });
}

export function useAudit() {
  return useQuery({ queryKey: queryKeys.audit, queryFn: () => getJson<AuditEntry[]>(`/api/audit?limit=${LIST_LIMIT}`) });
}

export function useUsers(enabled = true) {
  return useQuery({ queryKey: queryKeys.users, queryFn: () => getJson<UserAccount[]>('/api/users'), enabled });
}

// ---- writes ---------------------------------------------------------------------------------

export type ControlAction = 'kill' | 'release' | 'arm' | 'disarm';

export interface ControlRequest {
  action: ControlAction;
  reason: string;
  /** Required by release and arm. */
  totp?: string;
}

/** Kill, release, arm or disarm; the new state arrives on `control`, and is refetched to be sure. */
export function useControlAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason, totp }: ControlRequest) =>
      sendJson<unknown>('POST', `/api/control/${action}`, totp === undefined ? { reason } : { reason, totp }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.control }),
  });
}

function upsertBy<T>(list: readonly T[] | undefined, item: T, same: (a: T) => boolean): T[] | undefined {
  if (!list) return list;
  const index = list.findIndex(same);
  if (index < 0) return [item, ...list];
  const next = [...list];
  next[index] = item;
  return next;
}

/** Replaces a whale in the list and in its detail page. */
export function putWhale(client: ReturnType<typeof useQueryClient>, whale: Whale): void {
  client.setQueryData<Whale[]>(queryKeys.whales, (list) => upsertBy(list, whale, (w) => w.address === whale.address));
  client.setQueryData<WhaleDetail>(queryKeys.whale(whale.address), (detail) => (detail ? { ...detail, whale } : detail));
}

export function useWhaleAction(address: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason }: { action: WhaleAction; reason: string }) =>
      sendJson<Whale>('POST', `/api/whales/${enc(address)}/${action}`, { reason }),
    onSuccess: (whale) => {
      putWhale(client, whale);
      // The change log lives in the detail; fetch it again rather than guess the entry.
      void client.invalidateQueries({ queryKey: queryKeys.whale(address) });
    },
  });
}

export function useUpdateStrategy(name: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (update: StrategyUpdate) => sendJson<Strategy>('PUT', `/api/strategies/${enc(name)}`, update),
    onSuccess: (strategy) =>
      client.setQueryData<Strategy[]>(queryKeys.strategies, (list) => upsertBy(list, strategy, (s) => s.name === strategy.name)),
  });
}

export function useDeadLetterAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: 'retry' | 'discard' }) =>
      sendJson<DeadLetter>('POST', `/api/dead-letters/${id}/${action}`),
    onSuccess: (letter) => {
      client.setQueryData<DeadLetter[]>(queryKeys.deadLetters, (list) => list?.filter((l) => l.id !== letter.id));
      void client.invalidateQueries({ queryKey: queryKeys.system });
      void client.invalidateQueries({ queryKey: queryKeys.audit });
    },
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => sendJson<UserAccount>('POST', '/api/users', user),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.users }),
  });
}

export function useChangeUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ username, change }: { username: string; change: UserChange }) =>
      sendJson<unknown>('PUT', `/api/users/${enc(username)}`, change),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.users }),
  });
}

export function useDeleteUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (username: string) => sendJson<void>('DELETE', `/api/users/${enc(username)}`),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.users }),
  });
}

export function useTotpEnrol() {
  return useMutation({ mutationFn: () => sendJson<TotpEnrolment>('POST', '/api/auth/totp/enrol') });
}

export function useTotpVerify() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => sendJson<TotpVerified>('POST', '/api/auth/totp/verify', { code }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.me }),
  });
}
