import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testIds } from '../shell/testIds';
import { mockApi, renderWithClient, signInAs, type Call } from '../test/api';
import { basket, jsonResponse, whale, whaleDetail } from '../test/fixtures';
import { WhalesRoute } from './WhalesRoute';

const A = '0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const B = '0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const C = '0xcccccccccccccccccccccccccccccccccccccccc';

const whales = [
  whale({ address: A, score: 0.5, sharpe: 2.5, winRate: 0.7, trades: 10 }),
  whale({ address: B, score: 0.9, sharpe: null, winRate: 0.55, trades: 300, classification: 'bot', label: 'speedy' }),
  whale({ address: C, score: 0.7, sharpe: 1.1, winRate: 0.6, trades: 50, pinned: true }),
];

function rowOrder(): string[] {
  return within(screen.getByTestId(testIds.whalesTable))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-testid')!.replace('whale-row-', ''));
}

describe('WhalesPage', () => {
  beforeEach(() => signInAs('trader'));

  it('sorts by score descending first, then by the clicked column, flipping on a second click', async () => {
    mockApi({ 'GET /api/whales': whales, 'GET /api/baskets': [] });
    renderWithClient(<WhalesRoute param={null} />);

    await screen.findByTestId(testIds.whalesTable);
    expect(rowOrder()).toEqual([B, C, A]);

    fireEvent.click(screen.getByRole('button', { name: /Sharpe/ }));
    // A wallet without a Sharpe ratio goes last whichever way.
    expect(rowOrder()).toEqual([A, C, B]);
    expect(screen.getByRole('columnheader', { name: /Sharpe/ }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByRole('button', { name: /Sharpe/ }));
    expect(rowOrder()).toEqual([C, A, B]);
    expect(screen.getByRole('columnheader', { name: /Sharpe/ }).getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(screen.getByRole('button', { name: /Trades/ }));
    expect(rowOrder()).toEqual([B, C, A]);
  });

  it('shows win rate with its interval, class and flags, and filters by class', async () => {
    mockApi({ 'GET /api/whales': whales, 'GET /api/baskets': [] });
    renderWithClient(<WhalesRoute param={null} />);

    const row = within(await screen.findByTestId(testIds.whaleRow(A)));
    expect(row.getByTitle('interval 55.0% – 69.0%').textContent).toBe('70.0%[55%–69%]');
    expect(within(screen.getByTestId(testIds.whaleRow(C))).getByText('pinned')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'bot' } });
    expect(rowOrder()).toEqual([B]);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'market_maker' } });
    expect(screen.getByText('No market maker wallets.')).toBeTruthy();
  });

  it('opens a wallet when its row is clicked', async () => {
    mockApi({ 'GET /api/whales': whales, 'GET /api/baskets': [] });
    renderWithClient(<WhalesRoute param={null} />);
    fireEvent.click(await screen.findByTestId(testIds.whaleRow(A)));
    expect(window.location.hash).toBe(`#/whales/${A}`);
  });

  it('lists baskets with their consensus', async () => {
    mockApi({ 'GET /api/whales': [], 'GET /api/baskets': [basket(), basket({ id: 'b2', name: 'Quiet', consensus: [] })] });
    renderWithClient(<WhalesRoute param={null} />);

    const baskets = await screen.findByTestId(testIds.baskets);
    expect(await within(baskets).findByText('MLB sharps')).toBeTruthy();
    expect(within(baskets).getByText('85%')).toBeTruthy();
    expect(within(baskets).getByText('No consensus right now.')).toBeTruthy();
    expect(screen.getByText('No wallets scored yet.')).toBeTruthy();
  });
});

describe('WhaleDetailPage', () => {
  beforeEach(() => signInAs('trader'));

  it('shows the metrics chart, trades, evidence and whitelist changes', async () => {
    mockApi({ [`GET /api/whales/${A}`]: whaleDetail(whale({ address: A })) });
    renderWithClient(<WhalesRoute param={A} />);

    expect(await screen.findByRole('figure', { name: 'metrics over time' })).toBeTruthy();
    expect(screen.getByText('$2,050.00')).toBeTruthy();
    const evidence = within(screen.getByLabelText('evidence'));
    expect(evidence.getByText('brierScore').nextSibling!.textContent).toBe('0.19');
    expect(evidence.getByText('resolvedMarkets').nextSibling!.textContent).toBe('48');
    expect(within(screen.getByRole('list', { name: 'whitelist changes' })).getByText(/score above threshold/)).toBeTruthy();
  });

  it('pins the wallet with a reason and shows the new state', async () => {
    const pinned = whale({ address: A, pinned: true });
    const calls: Call[] = mockApi({
      [`GET /api/whales/${A}`]: () => (calls.some((c) => c.method === 'POST') ? whaleDetail(pinned) : whaleDetail(whale({ address: A }))),
      [`POST /api/whales/${A}/pin`]: pinned,
    });
    renderWithClient(<WhalesRoute param={A} />);

    fireEvent.click(await screen.findByTestId(testIds.pinButton));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByTestId(testIds.actionReason), { target: { value: 'known sharp' } });
    fireEvent.click(within(dialog).getByTestId(testIds.actionConfirm));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.method === 'POST')).toEqual({ method: 'POST', path: `/api/whales/${A}/pin`, body: { reason: 'known sharp' } });
    expect(await screen.findByTestId(testIds.unpinButton)).toBeTruthy();
    expect(screen.queryByTestId(testIds.pinButton)).toBeNull();
  });

  it('says so for an unknown wallet', async () => {
    mockApi({ [`GET /api/whales/${A}`]: jsonResponse({ error: `no wallet ${A}`, status: 404 }, 404) });
    renderWithClient(<WhalesRoute param={A} />);
    expect((await screen.findByRole('alert')).textContent).toContain(`no wallet ${A}`);
  });

  it('viewers cannot pin or ban', async () => {
    signInAs('viewer');
    mockApi({ [`GET /api/whales/${A}`]: whaleDetail(whale({ address: A })) });
    renderWithClient(<WhalesRoute param={A} />);
    expect(((await screen.findByTestId(testIds.pinButton)) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId(testIds.banButton) as HTMLButtonElement).disabled).toBe(true);
  });
});
