import { currentToken, useAuthStore } from '../auth/authStore';
import type { ErrorBody, LoginResponse } from './types';

/** A failed API call: the HTTP status (0 when the gateway could not be reached) and the gateway's message. */
export class ApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (body && typeof body.error === 'string') message = body.error;
  } catch {
    // Not our JSON error body (a proxy's HTML page, say): keep the status line.
  }
  return new ApiError(response.status, message);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch {
    throw new ApiError(0, 'gateway unreachable');
  }
}

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

async function postPublic(path: string, body: unknown): Promise<LoginResponse> {
  const response = await send(path, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as LoginResponse;
}

export function login(username: string, password: string): Promise<LoginResponse> {
  return postPublic('/api/auth/login', { username, password });
}

// Refresh tokens are single-use: requests that see a 401 together must share one refresh,
// or the second would present a revoked token and the gateway would revoke the whole family.
let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh token for new tokens. True when the session was renewed; false (and the
 * session ended) when the gateway refused. A network failure keeps the session and throws.
 */
export function refreshSession(): Promise<boolean> {
  if (refreshing) return refreshing;
  const refreshToken = useAuthStore.getState().session?.refreshToken;
  if (!refreshToken) return Promise.resolve(false);
  refreshing = (async () => {
    try {
      useAuthStore.getState().signIn(await postPublic('/api/auth/refresh', { refreshToken }));
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 0) throw error;
      useAuthStore.getState().signOut();
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function authorized(init: RequestInit): RequestInit {
  const token = currentToken();
  const headers: Record<string, string> = { Accept: 'application/json', ...(init.headers as Record<string, string> | undefined) };
  if (token) headers.Authorization = `Bearer ${token}`;
  return { ...init, headers };
}

/**
 * Sends an authenticated request. On a 401 it refreshes the session once and retries; if the
 * refresh fails the session ends (the login page shows) and the 401 is thrown.
 */
export async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const used = currentToken();
  let response = await send(path, authorized(init));
  if (response.status === 401) {
    // Another request may have refreshed while this one was in flight: then just retry with the new token.
    const renewed = currentToken() !== used && currentToken() !== null;
    if (renewed || (await refreshSession())) response = await send(path, authorized(init));
    if (response.status === 401) useAuthStore.getState().signOut();
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

/** GETs a JSON resource. */
export async function getJson<T>(path: string): Promise<T> {
  return (await (await request(path)).json()) as T;
}

/** Sends a JSON body and reads a JSON answer; a 204 answers undefined. */
export async function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const response = await request(path, init);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Revokes the refresh token at the gateway (best effort) and ends the session here either way. */
export async function logout(): Promise<void> {
  const refreshToken = useAuthStore.getState().session?.refreshToken;
  try {
    if (refreshToken) await send('/api/auth/logout', authorized({ method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ refreshToken }) }));
  } catch {
    // Unreachable gateway: the token expires on its own; signing out here must not wait for it.
  } finally {
    useAuthStore.getState().signOut();
  }
}
