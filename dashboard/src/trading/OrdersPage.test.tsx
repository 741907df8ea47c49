import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testIds } from '../shell/testIds';
import { mockApi, renderWithClient, signInAs } from '../test/api';
import { jsonResponse, order } from '../test/fixtures';
import { OrdersPage } from './OrdersPage';

const H1 = '0x1111000000000000000000000000000000000000000000000000000000000001';
const H2 = '0x2222000000000000000000000000000000000000000000000000000000000002';
const fill = { tradeId: 'trade-1', orderHash: H1, market: 'm', token: 't', side: 'BUY' as const, price: 0.56, size: 100, fee: 0.05, eventTime: '2026-03-01T12:00:03Z' };

describe('OrdersPage', () => {
  beforeEach(() => signInAs('viewer'));

  it('lists orders with status and slippage against the reference price, and the fills', async () => {
    mockApi({
      'GET /api/orders': [
        order({ hash: H1, status: 'FILLED', filled: 100, referencePrice: 0.548, slippage: 0.012 }),
        order({ hash: H2, status: 'REJECTED', statusReason: 'tick size', slippage: null }),
      ],
      'GET /api/fills': [fill],
    });
    renderWithClient(<OrdersPage param={null} />);

    const first = within(await screen.findByTestId(testIds.orderRow(H1)));
    expect(first.getByText('FILLED')).toBeTruthy();
    expect(first.getByText('+0.0120').className).toContain('text-rose-400');
    expect(first.getByText('0.548')).toBeTruthy();
    expect(within(screen.getByTestId(testIds.orderRow(H2))).getByText('REJECTED').getAttribute('title')).toBe('tick size');
    expect(within(await screen.findByTestId(testIds.fillsTable)).getByText('$0.05')).toBeTruthy();
  });

  it('selecting an order shows its state timeline and fills', async () => {
    mockApi({
      'GET /api/orders': [order({ hash: H1, status: 'FILLED' })],
      'GET /api/fills': [],
      [`GET /api/orders/${H1}`]: {
        order: order({ hash: H1, status: 'FILLED', slippage: -0.002 }),
        timeline: [
          { status: 'SUBMITTED', at: '2026-03-01T12:00:00Z', reason: null },
          { status: 'LIVE', at: '2026-03-01T12:00:01Z', reason: null },
          { status: 'FILLED', at: '2026-03-01T12:00:03Z', reason: 'matched' },
        ],
        fills: [fill],
      },
    });
    const { unmount } = renderWithClient(<OrdersPage param={null} />);
    fireEvent.click(await screen.findByTestId(testIds.orderRow(H1)));
    expect(window.location.hash).toBe(`#/orders/${H1}`);
    unmount();

    renderWithClient(<OrdersPage param={H1} />);
    const detail = within(await screen.findByTestId(testIds.orderDetail));
    const steps = within(await detail.findByRole('list', { name: 'state timeline' })).getAllByRole('listitem');
    expect(steps.map((s) => s.querySelector('[data-status]')!.textContent)).toEqual(['SUBMITTED', 'LIVE', 'FILLED']);
    expect(detail.getByText('-0.0020')).toBeTruthy();
    expect(detail.getByText('0.560')).toBeTruthy();
  });

  it('empty and error states', async () => {
    mockApi({ 'GET /api/orders': [], 'GET /api/fills': jsonResponse({ error: 'fills unavailable', status: 500 }, 500) });
    renderWithClient(<OrdersPage param={null} />);
    expect(await screen.findByText('No orders yet.')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('fills unavailable');
  });
});
