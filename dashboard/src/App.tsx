import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LoginPage } from './auth/LoginPage';
import { useAuthStore } from './auth/authStore';
import { AppShell } from './shell/AppShell';

/** Login until there is a session, then the dashboard; the session ends when its token expires. */
export function App() {
  const session = useAuthStore((state) => state.session);
  const signOut = useAuthStore((state) => state.signOut);
  const client = useQueryClient();

  useEffect(() => {
    if (!session) {
      // Nothing from one user's session may show in the next one's.
      client.clear();
      return;
    }
    const timer = setTimeout(signOut, Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session, signOut, client]);

  return session ? <AppShell session={session} onSignOut={signOut} /> : <LoginPage />;
}
