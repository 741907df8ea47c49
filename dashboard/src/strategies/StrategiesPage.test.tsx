import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testIds } from '../shell/testIds';
import { mockApi, renderWithClient, signInAs, type Call } from '../test/api';
import { jsonResponse, strategy } from '../test/fixtures';
import { StrategiesPage } from './StrategiesPage';

async function card() {
  return within(await screen.findByTestId(testIds.strategy('whale-follow')));
}

describe('StrategiesPage', () => {
  beforeEach(() => signInAs('trader'));

  it('validates parameters from their type and bounds before anything is sent', async () => {
    const calls = mockApi({ 'GET /api/strategies': [strategy()] });
    renderWithClient(<StrategiesPage />);
    const c = await card();
    const save = c.getByTestId(testIds.strategySave) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    const minScore = c.getByTestId(testIds.strategyParam('minScore'));
    fireEvent.change(minScore, { target: { value: '1.5' } });
    expect(minScore.getAttribute('aria-invalid')).toBe('true');
    expect(c.getByText('must be at most 1')).toBeTruthy();
    expect(save.disabled).toBe(true);

    fireEvent.change(c.getByTestId(testIds.strategyParam('maxWallets')), { target: { value: 'ten' } });
    expect(c.getByText('must be a whole number')).toBeTruthy();

    fireEvent.change(minScore, { target: { value: '0.7' } });
    fireEvent.change(c.getByTestId(testIds.strategyParam('maxWallets')), { target: { value: '20' } });
    expect(minScore.getAttribute('aria-invalid')).toBe('false');
    expect(save.disabled).toBe(false);
    expect(save.textContent).toBe('Save 1 change');
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([]);
  });

  it('saves only the changed parameters and shows the server’s 400 message', async () => {
    const calls = mockApi({
      'GET /api/strategies': [strategy()],
      'PUT /api/strategies/whale-follow': (call: Call) => {
        const params = (call.body as { parameters: Record<string, unknown> }).parameters;
        return params.window === 'PT2H'
          ? jsonResponse({ error: 'window: must be a multiple of the scoring interval (PT6H)', status: 400 }, 400)
          : strategy({ parameters: strategy().parameters.map((p) => (p.key in params ? { ...p, value: params[p.key] as string } : p)) });
      },
    });
    renderWithClient(<StrategiesPage />);
    const c = await card();

    fireEvent.change(c.getByTestId(testIds.strategyParam('window')), { target: { value: 'PT2H' } });
    fireEvent.change(c.getByTestId(testIds.strategyParam('copyBuysOnly')), { target: { value: 'true' } });
    fireEvent.click(c.getByTestId(testIds.strategySave));

    expect((await c.findByRole('alert')).textContent).toBe('window: must be a multiple of the scoring interval (PT6H)');
    expect(calls.find((call) => call.method === 'PUT')!.body).toEqual({ parameters: { window: 'PT2H', copyBuysOnly: true } });

    fireEvent.change(c.getByTestId(testIds.strategyParam('window')), { target: { value: 'PT12H' } });
    expect(c.queryByRole('alert')).toBeNull();
    fireEvent.click(c.getByTestId(testIds.strategySave));
    expect((await c.findByText('Saved and applied.'))).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT').at(-1)!.body).toEqual({ parameters: { window: 'PT12H', copyBuysOnly: true } });
    await waitFor(() => expect((c.getByTestId(testIds.strategySave) as HTMLButtonElement).disabled).toBe(true));
  });

  it('enables and disables a strategy', async () => {
    const calls = mockApi({
      'GET /api/strategies': [strategy()],
      'PUT /api/strategies/whale-follow': strategy({ enabled: false }),
    });
    renderWithClient(<StrategiesPage />);
    const c = await card();
    const toggle = c.getByRole('switch', { name: 'enable whale-follow' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect((c.getByRole('switch') as HTMLInputElement).checked).toBe(false));
    expect(calls.find((call) => call.method === 'PUT')!.body).toEqual({ enabled: false });
    expect(c.getByText('Disabled')).toBeTruthy();
  });

  it('read-only for viewers; empty and error states', async () => {
    signInAs('viewer');
    mockApi({ 'GET /api/strategies': [strategy()] });
    const first = renderWithClient(<StrategiesPage />);
    const c = await card();
    expect((c.getByTestId(testIds.strategyParam('minScore')) as HTMLInputElement).disabled).toBe(true);
    expect((c.getByRole('switch') as HTMLInputElement).disabled).toBe(true);
    first.unmount();

    mockApi({ 'GET /api/strategies': [] });
    const second = renderWithClient(<StrategiesPage />);
    expect(await screen.findByText('No strategies registered.')).toBeTruthy();
    second.unmount();

    mockApi({ 'GET /api/strategies': jsonResponse({ error: 'strategy role not reporting', status: 503 }, 503) });
    renderWithClient(<StrategiesPage />);
    expect((await screen.findByRole('alert')).textContent).toContain('strategy role not reporting');
  });
});
