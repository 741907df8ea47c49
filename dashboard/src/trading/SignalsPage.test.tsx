import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testIds } from '../shell/testIds';
import { mockApi, renderWithClient, signInAs } from '../test/api';
import { jsonResponse, order, signal } from '../test/fixtures';
import { SignalsPage } from './SignalsPage';

const rejected = signal({
  id: 'sig-rej',
  decision: { approved: false, code: 'MAX_MARKET_EXPOSURE', detail: 'exposure in this market would exceed its limit', figures: { exposure: '1200.00', limit: '1000.00', order: 250 }, decidedAt: '2026-03-01T12:00:01Z' },
});
const approved = signal({ id: 'sig-ok', decision: { approved: true, code: 'OK', detail: null, figures: {}, decidedAt: '2026-03-01T12:00:01Z' } });
const pending = signal({ id: 'sig-wait', decision: null });

describe('SignalsPage', () => {
  beforeEach(() => signInAs('viewer'));

  it('shows each signal with its provenance and its risk decision, numbers included', async () => {
    mockApi({ 'GET /api/signals': [rejected, approved, pending] });
    renderWithClient(<SignalsPage param={null} />);

    const rej = within(await screen.findByTestId(testIds.signal('sig-rej')));
    expect(rej.getByText('Rejected')).toBeTruthy();
    expect(rej.getByText('MAX_MARKET_EXPOSURE')).toBeTruthy();
    expect(rej.getByText('exposure in this market would exceed its limit')).toBeTruthy();
    const figures = within(rej.getByLabelText('risk figures'));
    expect(figures.getByText('exposure').nextSibling!.textContent).toBe('1200.00');
    expect(figures.getByText('limit').nextSibling!.textContent).toBe('1000.00');
    expect(figures.getByText('order').nextSibling!.textContent).toBe('250');
    const provenance = within(rej.getByLabelText('provenance'));
    expect(provenance.getByText('0x11111111…1111').getAttribute('href')).toBe('#/whales/0x1111111111111111111111111111111111111111');

    expect(within(screen.getByTestId(testIds.signal('sig-ok'))).getByText('Approved')).toBeTruthy();
    expect(within(screen.getByTestId(testIds.signal('sig-wait'))).getByText('Risk decision pending')).toBeTruthy();
  });

  it('filters by decision', async () => {
    mockApi({ 'GET /api/signals': [rejected, approved, pending] });
    renderWithClient(<SignalsPage param={null} />);
    await screen.findByTestId(testIds.signalsList);

    fireEvent.click(screen.getByRole('button', { name: 'rejected' }));
    expect(within(screen.getByTestId(testIds.signalsList)).getAllByRole('listitem').map((li) => li.dataset.signal)).toEqual(['sig-rej']);
    fireEvent.click(screen.getByRole('button', { name: 'pending' }));
    expect(within(screen.getByTestId(testIds.signalsList)).getAllByRole('listitem').map((li) => li.dataset.signal)).toEqual(['sig-wait']);
  });

  it('shows the orders a selected signal led to', async () => {
    mockApi({ 'GET /api/signals': [approved], 'GET /api/signals/sig-ok': { ...approved, orders: [order({ signalId: 'sig-ok', status: 'FILLED' })] } });
    renderWithClient(<SignalsPage param="sig-ok" />);
    const table = await screen.findByTestId(testIds.ordersTable);
    expect(within(table).getByText('FILLED')).toBeTruthy();
  });

  it('empty and error states', async () => {
    mockApi({ 'GET /api/signals': [] });
    const { unmount } = renderWithClient(<SignalsPage param={null} />);
    expect(await screen.findByText('No signals yet.')).toBeTruthy();
    unmount();

    mockApi({ 'GET /api/signals': jsonResponse({ error: 'forbidden', status: 403 }, 403) });
    renderWithClient(<SignalsPage param={null} />);
    expect((await screen.findByRole('alert')).textContent).toContain('forbidden');
  });
});
