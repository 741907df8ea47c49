import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { useAuthStore } from '../auth/authStore';
import { jsonResponse } from './fixtures';

/** One recorded API call: method, path (with query) and parsed JSON body. */
export interface Call {
  method: string;
  path: string;
  body: unknown;
}

type Handler = Response | unknown | ((call: Call) => Response | unknown);

/**
 * A fake gateway: routes keyed "METHOD /path" (the query string is ignored in the key) answer
 * JSON bodies or Responses; anything else answers 404. Returns the calls it saw.
 */
export function mockApi(routes: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const method = (init.method ?? 'GET').toUpperCase();
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      const call = { method, path: input, body };
      calls.push(call);
      const key = `${method} ${input.split('?')[0]}`;
      if (!(key in routes)) return jsonResponse({ error: `no route ${key}`, status: 404 }, 404);
      const handler = routes[key];
      const answer = typeof handler === 'function' ? (handler as (c: Call) => unknown)(call) : handler;
      return answer instanceof Response ? answer.clone() : jsonResponse(answer);
    }),
  );
  return calls;
}

/** Signs a user in for the test without going through the login page. */
export function signInAs(role: string, username = 'alice', totpEnrolled = true): void {
  useAuthStore.setState({
    session: { token: 'access-1', refreshToken: 'refresh-1', username, role, totpEnrolled, expiresAt: Date.now() + 3_600_000 },
  });
}

export function newClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export function renderWithClient(ui: ReactElement, client: QueryClient = newClient()) {
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}
