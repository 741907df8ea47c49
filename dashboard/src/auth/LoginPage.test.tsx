import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, loginResponse } from '../test/fixtures';
import { LoginPage } from './LoginPage';
import { loadStoredSession, useAuthStore } from './authStore';

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Username'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  beforeEach(() => useAuthStore.setState({ session: null }));


  it('posts the credentials and keeps the token in memory and sessionStorage', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(loginResponse));
    vi.stubGlobal('fetch', fetchMock);
    render(<LoginPage />);

    fillAndSubmit('alice', 's3cret-pass');

    await waitFor(() => expect(useAuthStore.getState().session?.token).toBe('header.payload.signature'));
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/login', expect.objectContaining({ method: 'POST' }));
    const init = fetchMock.mock.calls[0]! as unknown as [string, RequestInit];
    expect(JSON.parse(init[1].body as string)).toEqual({ username: 'alice', password: 's3cret-pass' });
    expect(useAuthStore.getState().session).toMatchObject({ username: 'alice', role: 'trader', refreshToken: 'refresh-1', totpEnrolled: false });
    expect(loadStoredSession()?.token).toBe('header.payload.signature');
  });

  it('shows a clear error and stores nothing on a wrong password', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ error: 'invalid credentials', status: 401 }, 401)));
    render(<LoginPage />);

    fillAndSubmit('alice', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('Wrong username or password.');
    expect(useAuthStore.getState().session).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('says when the gateway cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    render(<LoginPage />);

    fillAndSubmit('alice', 'pw');

    expect((await screen.findByRole('alert')).textContent).toBe('Cannot reach the gateway. Is Polybot running?');
  });
});
