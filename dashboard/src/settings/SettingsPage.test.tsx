import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAuthStore } from '../auth/authStore';
import { testIds } from '../shell/testIds';
import { mockApi, renderWithClient, signInAs, type Call } from '../test/api';
import { jsonResponse } from '../test/fixtures';
import { SettingsPage } from './SettingsPage';

const users = [
  { username: 'alice', role: 'admin', totpEnrolled: true, createdAt: '2026-01-01T00:00:00Z' },
  { username: 'bob', role: 'viewer', totpEnrolled: false, createdAt: '2026-02-01T00:00:00Z' },
];

describe('SettingsPage TOTP enrolment', () => {
  it('shows the secret and URI, refuses a wrong code, and turns 2FA on with the right one', async () => {
    signInAs('viewer', 'carol', false);
    let enrolled = false;
    mockApi({
      'GET /api/auth/me': () => ({ username: 'carol', role: 'viewer', totpEnrolled: enrolled }),
      'POST /api/auth/totp/enrol': { secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/Polybot:carol?secret=JBSWY3DPEHPK3PXP&issuer=Polybot' },
      'POST /api/auth/totp/verify': (call: Call) => {
        if ((call.body as { code: string }).code !== '287082') return jsonResponse({ error: 'wrong code', status: 400 }, 400);
        enrolled = true;
        return { totpEnrolled: true };
      },
    });
    renderWithClient(<SettingsPage />);

    expect((await screen.findByText(/Two-factor authentication is off/)).dataset.enrolled).toBe('false');
    fireEvent.click(screen.getByTestId(testIds.totpStart));
    expect((await screen.findByTestId(testIds.totpSecret)).textContent).toBe('JBSW Y3DP EHPK 3PXP');
    expect(screen.getByTestId(testIds.totpUri).getAttribute('href')).toBe('otpauth://totp/Polybot:carol?secret=JBSWY3DPEHPK3PXP&issuer=Polybot');

    const verify = screen.getByTestId(testIds.totpVerify) as HTMLButtonElement;
    fireEvent.change(screen.getByTestId(testIds.totpCode), { target: { value: '12345' } });
    expect(verify.disabled).toBe(true);
    fireEvent.change(screen.getByTestId(testIds.totpCode), { target: { value: '111111' } });
    fireEvent.click(verify);
    expect((await screen.findByRole('alert')).textContent).toBe('wrong code');
    expect((screen.getByTestId(testIds.totpCode) as HTMLInputElement).value).toBe('');

    fireEvent.change(screen.getByTestId(testIds.totpCode), { target: { value: '287082' } });
    fireEvent.click(screen.getByTestId(testIds.totpVerify));
    expect(await screen.findByText(/Two-factor authentication is on/)).toBeTruthy();
    expect(screen.queryByTestId(testIds.totpSecret)).toBeNull();
    expect(useAuthStore.getState().session?.totpEnrolled).toBe(true);
  });

  it('hides user management from non-admins', async () => {
    signInAs('trader');
    const calls = mockApi({ 'GET /api/auth/me': { username: 'alice', role: 'trader', totpEnrolled: true } });
    renderWithClient(<SettingsPage />);
    expect(await screen.findByText('User management needs the admin role.')).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/users')).toBe(false);
  });
});

describe('SettingsPage users (admin)', () => {
  beforeEach(() => signInAs('admin', 'alice'));

  it('lists users, creates one, changes a role and deletes after confirmation', async () => {
    const calls = mockApi({
      'GET /api/auth/me': { username: 'alice', role: 'admin', totpEnrolled: true },
      'GET /api/users': users,
      'POST /api/users': new Response(JSON.stringify({ username: 'dave', role: 'trader', totpEnrolled: false, createdAt: '2026-03-01T00:00:00Z' }), { status: 201 }),
      'PUT /api/users/bob': { username: 'bob', role: 'trader' },
      'DELETE /api/users/bob': new Response(null, { status: 204 }),
    });
    renderWithClient(<SettingsPage />);

    const table = await screen.findByTestId(testIds.usersTable);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    // You cannot demote or delete yourself here.
    const self = within(screen.getByTestId(testIds.userRow('alice')));
    expect((self.getByRole('combobox') as HTMLSelectElement).disabled).toBe(true);
    expect((self.getByRole('button', { name: 'Delete' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByRole('combobox', { name: 'role of bob' }), { target: { value: 'trader' } });
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')).toEqual({ method: 'PUT', path: '/api/users/bob', body: { role: 'trader' } }));

    const form = within(screen.getByRole('form', { name: 'create user' }));
    fireEvent.change(form.getByLabelText('New username'), { target: { value: ' dave ' } });
    fireEvent.change(form.getByLabelText('Password'), { target: { value: 'long-enough-pass' } });
    fireEvent.change(form.getByRole('combobox', { name: 'new user role' }), { target: { value: 'trader' } });
    fireEvent.click(form.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ username: 'dave', password: 'long-enough-pass', role: 'trader' }));

    fireEvent.click(within(screen.getByTestId(testIds.userRow('bob'))).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe('/api/users/bob');
  });

  it('shows the gateway message when creating a user fails', async () => {
    mockApi({
      'GET /api/auth/me': { username: 'alice', role: 'admin', totpEnrolled: true },
      'GET /api/users': users,
      'POST /api/users': jsonResponse({ error: 'user bob already exists', status: 409 }, 409),
    });
    renderWithClient(<SettingsPage />);
    const form = within(await screen.findByRole('form', { name: 'create user' }));
    fireEvent.change(form.getByLabelText('New username'), { target: { value: 'bob' } });
    fireEvent.change(form.getByLabelText('Password'), { target: { value: 'pw-pw-pw-pw' } });
    fireEvent.click(form.getByRole('button', { name: 'Create' }));
    expect((await form.findByRole('alert')).textContent).toBe('user bob already exists');
  });
});
