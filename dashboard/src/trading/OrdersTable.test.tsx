import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { order } from '../test/fixtures';
import { OrdersTable } from './OrdersTable';

describe('OrdersTable', () => {
  it('renders one row per order with right-aligned figures and a status badge', () => {
    const orders = [
      order({ hash: '0x1111aaaa00000000000000000000000000000000000000000000000000002222', price: 0.55, size: 100, filled: 40, status: 'PARTIALLY_FILLED' }),
      order({ hash: '0x3333bbbb00000000000000000000000000000000000000000000000000004444', side: 'SELL', price: 0.071, size: 1250.5, status: 'REJECTED', statusReason: 'tick size' }),
    ];

    render(<OrdersTable orders={orders} />);

    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByText('0x1111…2222')).toBeTruthy();
    expect(first.getByText('0.550').className).toContain('text-right');
    expect(first.getByText('100.00')).toBeTruthy();
    expect(first.getByText('40.00')).toBeTruthy();
    expect(first.getByText('PARTIALLY FILLED').dataset.status).toBe('PARTIALLY_FILLED');

    const second = within(rows[1]!);
    expect(second.getByText('SELL')).toBeTruthy();
    expect(second.getByText('0.071')).toBeTruthy();
    expect(second.getByText('1,250.50')).toBeTruthy();
    const rejected = second.getByText('REJECTED');
    expect(rejected.dataset.status).toBe('REJECTED');
    expect(rejected.getAttribute('title')).toBe('tick size');
    expect(rejected.className).toContain('text-rose-300');
  });
});
