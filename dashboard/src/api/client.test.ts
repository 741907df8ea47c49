import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '../auth/authStore';
import { signInAs } from '../test/api';
import { jsonResponse, loginResponse } from '../test/fixtures';
import { ApiError, getJson, logout, sendJson } from './client';

const renewed = { ...loginResponse, accessToken: 'access-2', refreshToken: 'refresh-2' };

function authOf(init: RequestInit | undefined): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.Authorization;
}

describe('api client token refresh', () => {
  beforeEach(() => signInAs('trader'));

  it('on a 401 refreshes once with the refresh token and retries with the new access token', async () => {
    const fetchMock = vi.fn(async (path: string, init?: RequestInit) => {
      if (path === '/api/auth/refresh') return jsonResponse(renewed);
      return authOf(init) === 'Bearer access-2' ? jsonResponse([{ id: 1 }]) : jsonResponse({ error: 'token expired', status: 401 }, 401);
    });
    vi.stubGlobal('fetch', fetchMock);

    await expect(getJson('/api/orders')).resolves.toEqual([{ id: 1 }]);

    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/api/orders', '/api/auth/refresh', '/api/orders']);
    expect(JSON.parse(fetchMock.mock.calls[1]![1]!.body as string)).toEqual({ refreshToken: 'refresh-1' });
    expect(useAuthStore.getState().session).toMatchObject({ token: 'access-2', refreshToken: 'refresh-2' });
  });

  it('shares one refresh between requests that fail together (the refresh token is single-use)', async () => {
    let refreshes = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string, init?: RequestInit) => {
        if (path === '/api/auth/refresh') {
          refreshes += 1;
          return jsonResponse(renewed);
        }
        return authOf(init) === 'Bearer access-2' ? jsonResponse({ path }) : jsonResponse({ error: 'expired', status: 401 }, 401);
      }),
    );

    const answers = await Promise.all([getJson('/api/a'), getJson('/api/b'), sendJson('POST', '/api/c', { x: 1 })]);

    expect(answers).toEqual([{ path: '/api/a' }, { path: '/api/b' }, { path: '/api/c' }]);
    expect(refreshes).toBe(1);
  });

  it('logs out when the refresh is refused, and throws the 401', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) =>
        path === '/api/auth/refresh'
          ? jsonResponse({ error: 'refresh token revoked', status: 401 }, 401)
          : jsonResponse({ error: 'token expired', status: 401 }, 401),
      ),
    );

    const error = await getJson('/api/orders').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(useAuthStore.getState().session).toBeNull();
  });

  it('does not refresh on other errors and passes the gateway message on', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ error: 'minScore must be at most 1', status: 400 }, 400));
    vi.stubGlobal('fetch', fetchMock);

    await expect(sendJson('PUT', '/api/strategies/x', {})).rejects.toThrow('minScore must be at most 1');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(useAuthStore.getState().session?.token).toBe('access-1');
  });

  it('logout revokes the refresh token and ends the session even if the gateway is down', async () => {
    const fetchMock = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetchMock);

    await logout();

    expect(fetchMock).toHaveBeenCalledWith('/api/auth/logout', expect.objectContaining({ method: 'POST', body: JSON.stringify({ refreshToken: 'refresh-1' }) }));
    expect(useAuthStore.getState().session).toBeNull();
  });
});

describe('api client after a refresh elsewhere', () => {
  it('retries with the token another request already renewed instead of refreshing again', async () => {
    signInAs('trader');
    const paths: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string, init?: RequestInit) => {
        paths.push(path);
        if (authOf(init) === 'Bearer access-1') {
          // The token is replaced while this request is in flight, as a concurrent refresh would.
          useAuthStore.setState((s) => ({ session: s.session && { ...s.session, token: 'access-2', refreshToken: 'refresh-2' } }));
          return jsonResponse({ error: 'expired', status: 401 }, 401);
        }
        return jsonResponse({ ok: true });
      }),
    );

    await expect(getJson('/api/x')).resolves.toEqual({ ok: true });
    expect(paths).toEqual(['/api/x', '/api/x']);
  });
});
