import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testIds } from '../shell/testIds';
import { mockApi, renderWithClient, signInAs } from '../test/api';
import { controlState, jsonResponse, overview, position } from '../test/fixtures';
import { OverviewPage } from './OverviewPage';

describe('OverviewPage', () => {
  beforeEach(() => signInAs('viewer'));

  it('shows equity, PnL, exposure, feeds, control state and open positions', async () => {
    mockApi({
      'GET /api/overview': overview(),
      'GET /api/control': controlState({ mode: 'live', liveArmed: true }),
      'GET /api/positions': [position(), position({ token: 'tok-flat', size: 0, question: 'Closed market' })],
    });
    renderWithClient(<OverviewPage />);

    expect((await screen.findByTestId('stat-equity')).textContent).toContain('$10,234.50');
    expect(screen.getByTestId('stat-pnl').textContent).toContain('+$234.50');
    expect(screen.getByRole('figure', { name: 'equity curve' })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'daily pnl' })).toBeTruthy();

    const markets = within(screen.getByRole('list', { name: 'exposure by market' })).getAllByRole('listitem');
    expect(markets.map((li) => li.textContent)).toEqual(['Will the Yankees win?$1,020.00', '0xm2$500.00']);
    expect(within(screen.getByRole('list', { name: 'exposure by category' })).getByText('sports')).toBeTruthy();

    const feeds = screen.getByRole('list', { name: 'feeds' });
    expect(feeds.querySelector('[data-feed="market-ws"]')!.getAttribute('data-health')).toBe('ok');
    expect(feeds.querySelector('[data-feed="user-ws"]')!.getAttribute('data-health')).toBe('down');

    const control = screen.getByRole('region', { name: 'Control' });
    expect(await within(control).findByText('armed')).toBeTruthy();
    expect(within(control).getByText('live')).toBeTruthy();

    const positions = await screen.findByTestId(testIds.positionsTable);
    expect(within(positions).getByText('Will the Yankees win?')).toBeTruthy();
    expect(within(positions).queryByText('Closed market')).toBeNull();
  });

  it('says so when there is no history, exposure or position yet', async () => {
    mockApi({
      'GET /api/overview': overview({ equityCurve: [], dailyPnl: [], exposureByMarket: [], exposureByCategory: [], feeds: [] }),
      'GET /api/control': controlState(),
      'GET /api/positions': [],
    });
    renderWithClient(<OverviewPage />);

    expect(await screen.findByText('No equity history yet.')).toBeTruthy();
    expect(screen.getByText('No daily PnL yet.')).toBeTruthy();
    expect(screen.getAllByText('No exposure.')).toHaveLength(2);
    expect(screen.getByText('No feeds reported.')).toBeTruthy();
    expect(await screen.findByText('No open positions.')).toBeTruthy();
  });

  it('shows the error with a retry when the overview cannot be loaded', async () => {
    mockApi({
      'GET /api/overview': jsonResponse({ error: 'store unavailable', status: 503 }, 503),
      'GET /api/control': controlState(),
      'GET /api/positions': [],
    });
    renderWithClient(<OverviewPage />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load: store unavailable');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
