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

/** GETs a JSON resource with the session's bearer token; a 401 ends the session. */
export async function getJson<T>(path: string): Promise<T> {
  const token = currentToken();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await send(path, { headers });
  if (response.status === 401) {
    useAuthStore.getState().signOut();
  }
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

export async function login(username: string, password: string): Promise<LoginResponse> {
  const response = await send('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as LoginResponse;
}
