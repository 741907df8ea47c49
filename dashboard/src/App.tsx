import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { refreshSession } from './api/client';
import { LoginPage } from './auth/LoginPage';
import { useAuthStore } from './auth/authStore';
import { AppShell } from './shell/AppShell';

/** Renew the access token this long before it expires, so requests rarely meet a 401. */
const REFRESH_AHEAD_MS = 30_000;

/** Login until there is a session, then the dashboard; the session is renewed with its refresh token. */
export function App() {
  const session = useAuthStore((state) => state.session);
  const client = useQueryClient();

  useEffect(() => {
    if (!session) {
      // Nothing from one user's session may show in the next one's.
      client.clear();
      return;
    }
    const timer = setTimeout(() => {
      // A refused refresh signs out; an unreachable gateway leaves it to the next request's 401.
      refreshSession().catch(() => {});
    }, Math.max(0, session.expiresAt - Date.now() - REFRESH_AHEAD_MS));
    return () => clearTimeout(timer);
  }, [session, client]);

  return session ? <AppShell session={session} /> : <LoginPage />;
}
