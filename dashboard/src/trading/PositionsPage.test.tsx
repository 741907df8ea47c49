import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testIds } from '../shell/testIds';
import { mockApi, renderWithClient, signInAs } from '../test/api';
import { jsonResponse, position } from '../test/fixtures';
import { PositionsPage } from './PositionsPage';

describe('PositionsPage', () => {
  beforeEach(() => signInAs('viewer'));

  it('shows open positions with mark and unrealized PnL; closed ones on request', async () => {
    mockApi({
      'GET /api/positions': [
        position({ token: 'a', unrealizedPnl: 5 }),
        position({ token: 'b', question: 'Will it rain?', unrealizedPnl: -2.5, markPrice: 0.3 }),
        position({ token: 'c', size: 0, question: 'Old market', unrealizedPnl: 0 }),
      ],
    });
    renderWithClient(<PositionsPage />);

    const table = await screen.findByTestId(testIds.positionsTable);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('-$2.50').className).toContain('text-rose-400');
    expect(within(table).getByText('0.300')).toBeTruthy();
    expect(screen.getByText('unrealized +$2.50')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'show closed' }));
    expect(within(screen.getByTestId(testIds.positionsTable)).getByText('Old market')).toBeTruthy();
  });

  it('empty and error states', async () => {
    mockApi({ 'GET /api/positions': [position({ size: 0 })] });
    const { unmount } = renderWithClient(<PositionsPage />);
    expect(await screen.findByText('No open positions.')).toBeTruthy();
    unmount();

    mockApi({ 'GET /api/positions': jsonResponse({ error: 'boom', status: 500 }, 500) });
    renderWithClient(<PositionsPage />);
    expect((await screen.findByRole('alert')).textContent).toContain('boom');
  });
});
