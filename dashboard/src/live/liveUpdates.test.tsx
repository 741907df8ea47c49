import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useOrders } from '../api/queries';
import { useAuthStore } from '../auth/authStore';
import { OrdersTable } from '../trading/OrdersTable';
import { FakeSocket, jsonResponse, order } from '../test/fixtures';
import { QueryState } from '../ui/QueryState';
import { useConnectionStore } from './connectionStore';
import { useLiveUpdates } from './useLiveUpdates';

function Live() {
  useLiveUpdates(true, FakeSocket.factory);
  const orders = useOrders();
  return <QueryState query={orders} empty="none">{(rows) => <OrdersTable orders={rows} />}</QueryState>;
}

function renderLive() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Live />
    </QueryClientProvider>,
  );
  return client;
}

const first = order({ hash: '0x1111000000000000000000000000000000000000000000000000000000000001', status: 'LIVE' });

describe('live updates', () => {
  beforeEach(() => {
    FakeSocket.instances = [];
    useAuthStore.setState({ session: { token: 'tok en', refreshToken: 'r', username: 'a', role: 'viewer', totpEnrolled: false, expiresAt: Date.now() + 60_000 } });
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse([first])));
  });

  it('opens the socket with the token and upserts pushed orders into the list', async () => {
    renderLive();
    await screen.findByText('LIVE');
    const socket = FakeSocket.latest();
    expect(socket.url).toBe('ws://localhost:3000/ws?token=tok%20en');

    act(() => socket.open());
    expect(useConnectionStore.getState().state).toBe('open');

    act(() => {
      socket.push({ topic: 'orders.events', type: 'order', payload: { ...first, status: 'FILLED', filled: 100, updatedAt: '2026-03-01T12:00:05Z' } });
      socket.push({
        topic: 'orders.events',
        type: 'order',
        payload: order({ hash: '0x2222000000000000000000000000000000000000000000000000000000000002', status: 'SUBMITTED' }),
      });
    });

    // react-query notifies observers on its own tick, not inside act.
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('SUBMITTED')).toBeTruthy();
    expect(within(rows[1]!).getByText('FILLED')).toBeTruthy();
    expect(screen.queryByText('LIVE')).toBeNull();
  });

  it('reconnects after a drop and refetches what it may have missed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderLive();
      await screen.findByText('LIVE');
      act(() => FakeSocket.latest().open());
      act(() => FakeSocket.latest().drop());
      expect(useConnectionStore.getState().state).toBe('waiting');

      await act(async () => {
        await vi.advanceTimersByTimeAsync(1_000);
      });
      expect(FakeSocket.instances).toHaveLength(2);
      act(() => FakeSocket.latest().open());
      await waitFor(() => expect(vi.mocked(fetch)).toHaveBeenCalledTimes(2));
    } finally {
      vi.useRealTimers();
    }
  });

  it('reconnects with the current token after a refresh replaced it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderLive();
      await screen.findByText('LIVE');
      act(() => FakeSocket.latest().open());
      useAuthStore.setState((s) => ({ session: s.session && { ...s.session, token: 'fresh' } }));
      act(() => FakeSocket.latest().drop());
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1_000);
      });
      expect(FakeSocket.latest().url).toBe('ws://localhost:3000/ws?token=fresh');
    } finally {
      vi.useRealTimers();
    }
  });
});
