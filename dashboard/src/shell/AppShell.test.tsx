import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAuthStore } from '../auth/authStore';
import { mockApi, renderWithClient, signInAs, type Call } from '../test/api';
import { controlState, FakeSocket, overview } from '../test/fixtures';
import { AppShell } from './AppShell';
import { testIds } from './testIds';

function renderShell() {
  const session = useAuthStore.getState().session!;
  return renderWithClient(<AppShell session={session} socketFactory={FakeSocket.factory} />);
}

const PAGES = ['overview', 'whales', 'signals', 'orders', 'positions', 'strategies', 'system', 'settings'];

describe('AppShell', () => {
  let calls: Call[];

  beforeEach(() => {
    FakeSocket.instances = [];
    signInAs('trader');
    calls = mockApi({
      'GET /api/control': controlState(),
      'GET /api/overview': overview(),
      'GET /api/positions': [],
      'GET /api/strategies': [],
      'POST /api/control/kill': { action: 'KILL' },
      'POST /api/control/release': (call: Call) =>
        (call.body as { totp?: string }).totp === '123456'
          ? { action: 'RELEASE' }
          : new Response(JSON.stringify({ error: 'a valid TOTP code is required to release', status: 403 }), { status: 403 }),
    });
  });

  it('links every page and shows trading state, mode and armed state', async () => {
    renderShell();
    for (const page of PAGES) expect(screen.getByTestId(testIds.nav(page)).getAttribute('href')).toBe(`#/${page}`);
    await waitFor(() => expect(screen.getByTestId(testIds.tradingState).textContent).toBe('ACTIVE'));
    expect(screen.getByTestId(testIds.tradingMode).textContent).toBe('paper');
    expect(screen.getByTestId(testIds.liveArmed).textContent).toBe('disarmed');
    // The first lazy page pulls in the charts library: give the import time.
    expect(await screen.findByTestId(testIds.page('overview'), {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('follows the hash to another page', async () => {
    renderShell();
    act(() => {
      window.location.hash = '#/strategies';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByTestId(testIds.page('strategies'))).toBeTruthy();
    expect(screen.getByTestId(testIds.nav('strategies')).getAttribute('aria-current')).toBe('page');
  });

  it('updates the trading state live from control-state frames', async () => {
    renderShell();
    await waitFor(() => expect(screen.getByTestId(testIds.tradingState).textContent).toBe('ACTIVE'));
    act(() => FakeSocket.latest().open());
    act(() =>
      FakeSocket.latest().push({ topic: 'control', type: 'control-state', payload: controlState({ tradingState: 'HALTED', reason: 'daily loss', by: 'breaker', mode: 'live', liveArmed: true }) }),
    );
    await waitFor(() => expect(screen.getByTestId(testIds.tradingState).textContent).toBe('HALTED'));
    expect(screen.getByTestId(testIds.tradingMode).textContent).toBe('live');
    expect(screen.getByTestId(testIds.liveArmed).textContent).toBe('armed');
    expect(screen.getByRole('alert').textContent).toContain('daily loss');
    expect(screen.getByTestId(testIds.releaseButton)).toBeTruthy();
  });

  it('asks for a reason before engaging the kill switch, then posts it', async () => {
    renderShell();
    fireEvent.click(screen.getByTestId(testIds.killSwitch));
    const dialog = screen.getByRole('dialog');
    const confirm = within(dialog).getByTestId(testIds.killConfirm) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);

    fireEvent.change(within(dialog).getByTestId(testIds.killReason), { target: { value: '  runaway fills  ' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.path === '/api/control/kill')).toMatchObject({ method: 'POST', body: { reason: 'runaway fills' } });
  });

  it('cancelling the kill dialog sends nothing', () => {
    renderShell();
    fireEvent.click(screen.getByTestId(testIds.killSwitch));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.some((c) => c.path === '/api/control/kill')).toBe(false);
  });

  it('release needs a six-digit code and shows the gateway refusal', async () => {
    calls.length = 0;
    mockApi({
      'GET /api/control': controlState({ tradingState: 'HALTED' }),
      'GET /api/overview': overview(),
      'GET /api/positions': [],
      'POST /api/control/release': new Response(JSON.stringify({ error: 'a valid TOTP code is required to release', status: 403 }), { status: 403 }),
    });
    renderShell();
    fireEvent.click(await screen.findByTestId(testIds.releaseButton));
    const dialog = screen.getByRole('dialog');
    const confirm = within(dialog).getByTestId(testIds.actionConfirm) as HTMLButtonElement;
    fireEvent.change(within(dialog).getByTestId(testIds.actionReason), { target: { value: 'checked the book' } });
    fireEvent.change(within(dialog).getByTestId(testIds.actionTotp), { target: { value: '12a3' } });
    expect((within(dialog).getByTestId(testIds.actionTotp) as HTMLInputElement).value).toBe('123');
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByTestId(testIds.actionTotp), { target: { value: '654321' } });
    fireEvent.click(confirm);
    expect((await within(dialog).findByRole('alert')).textContent).toBe('a valid TOTP code is required to release');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('disables the kill switch for viewers', async () => {
    signInAs('viewer');
    renderShell();
    expect((screen.getByTestId(testIds.killSwitch) as HTMLButtonElement).disabled).toBe(true);
  });
});
