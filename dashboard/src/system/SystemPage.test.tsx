import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testIds } from '../shell/testIds';
import { mockApi, renderWithClient, signInAs } from '../test/api';
import { deadLetter, jsonResponse, systemStatus } from '../test/fixtures';
import { SystemPage } from './SystemPage';

const audit = [{ id: 1, actor: 'alice', action: 'control.kill', detail: 'runaway fills', at: '2026-03-01T12:00:00Z' }];

describe('SystemPage', () => {
  beforeEach(() => signInAs('trader'));

  it('shows roles with health, feed staleness, bus lag, dead letters and the audit log', async () => {
    mockApi({ 'GET /api/system': systemStatus(), 'GET /api/dead-letters': [deadLetter()], 'GET /api/audit': audit });
    renderWithClient(<SystemPage />);

    const roles = within(await screen.findByRole('table', { name: 'roles' }));
    expect(roles.getByText('exec-1').closest('tr')!.textContent).toContain('healthy');
    expect(roles.getByText('ingest-1').closest('tr')!.textContent).toContain('unhealthy');
    expect(screen.getByText('1/2 healthy')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'feeds' }).querySelector('[data-feed="market-ws"]')!.getAttribute('data-health')).toBe('stale');
    expect(within(screen.getByRole('table', { name: 'bus lag' })).getByText('gateway')).toBeTruthy();
    expect(within(await screen.findByTestId(testIds.deadLetter(7))).getByText('unknown token')).toBeTruthy();
    expect(within(await screen.findByTestId(testIds.auditLog)).getByText('control.kill')).toBeTruthy();
  });

  it('retries a dead letter and removes it from the open list', async () => {
    const calls = mockApi({
      'GET /api/system': systemStatus(),
      'GET /api/dead-letters': [deadLetter({ id: 7 }), deadLetter({ id: 8, error: 'bad payload' })],
      'GET /api/audit': [],
      'POST /api/dead-letters/7/retry': deadLetter({ id: 7, status: 'RETRIED' }),
    });
    renderWithClient(<SystemPage />);

    fireEvent.click(within(await screen.findByTestId(testIds.deadLetter(7))).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByTestId(testIds.deadLetter(7))).toBeNull());
    expect(screen.getByTestId(testIds.deadLetter(8))).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/dead-letters/7/retry')).toBe(true);
  });

  it('shows why a discard failed and keeps the letter', async () => {
    mockApi({
      'GET /api/system': systemStatus(),
      'GET /api/dead-letters': [deadLetter({ id: 7 })],
      'GET /api/audit': [],
      'POST /api/dead-letters/7/discard': jsonResponse({ error: 'no open dead letter with id 7', status: 404 }, 404),
    });
    renderWithClient(<SystemPage />);
    fireEvent.click(within(await screen.findByTestId(testIds.deadLetter(7))).getByRole('button', { name: 'Discard' }));
    expect((await screen.findByRole('alert')).textContent).toBe('no open dead letter with id 7');
    expect(screen.getByTestId(testIds.deadLetter(7))).toBeTruthy();
  });

  it('empty and error states', async () => {
    mockApi({
      'GET /api/system': jsonResponse({ error: 'redis down', status: 503 }, 503),
      'GET /api/dead-letters': [],
      'GET /api/audit': [],
    });
    renderWithClient(<SystemPage />);
    expect((await screen.findByRole('alert')).textContent).toContain('redis down');
    expect(await screen.findByText('No dead letters.')).toBeTruthy();
    expect(await screen.findByText('Nothing audited yet.')).toBeTruthy();
  });
});
