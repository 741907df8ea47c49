import { create } from 'zustand';
import type { LoginResponse } from '../api/types';

/** Who is signed in, with the access token the gateway issued. */
export interface Session {
  token: string;
  username: string;
  role: string;
  /** Epoch milliseconds after which the gateway refuses the token. */
  expiresAt: number;
}

interface AuthState {
  session: Session | null;
  signIn: (response: LoginResponse) => void;
  signOut: () => void;
}

// sessionStorage, not localStorage: the token dies with the tab and is not shared between tabs.
const STORAGE_KEY = 'polybot.session';

export function sessionFrom(response: LoginResponse, now: number = Date.now()): Session {
  return {
    token: response.accessToken,
    username: response.username,
    role: response.role,
    expiresAt: now + response.expiresIn * 1000,
  };
}

export function loadStoredSession(now: number = Date.now()): Session | null {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    const session = JSON.parse(text) as Session;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'number' || session.expiresAt <= now) {
      sessionStorage.removeItem(STORAGE_KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export const useAuthStore = create<AuthState>()((set) => ({
  session: loadStoredSession(),
  signIn: (response) => {
    const session = sessionFrom(response);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    set({ session });
  },
  signOut: () => {
    sessionStorage.removeItem(STORAGE_KEY);
    set({ session: null });
  },
}));

/** The current token, for code outside React (fetch, the live socket). */
export function currentToken(): string | null {
  return useAuthStore.getState().session?.token ?? null;
}
