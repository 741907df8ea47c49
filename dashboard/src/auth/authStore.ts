import { create } from 'zustand';
import type { LoginResponse, Role } from '../api/types';

/** Who is signed in, with the tokens the gateway issued. */
export interface Session {
  token: string;
  /** Single-use: each refresh returns a new one and revokes this one. */
  refreshToken: string;
  username: string;
  role: string;
  totpEnrolled: boolean;
  /** Epoch milliseconds after which the gateway refuses the access token. */
  expiresAt: number;
}

interface AuthState {
  session: Session | null;
  signIn: (response: LoginResponse) => void;
  signOut: () => void;
  setTotpEnrolled: (enrolled: boolean) => void;
}

// sessionStorage, not localStorage: the tokens die with the tab and are not shared between tabs.
const STORAGE_KEY = 'polybot.session';

export function sessionFrom(response: LoginResponse, now: number = Date.now()): Session {
  return {
    token: response.accessToken,
    refreshToken: response.refreshToken,
    username: response.user.username,
    role: response.user.role,
    totpEnrolled: response.user.totpEnrolled,
    expiresAt: now + response.expiresIn * 1000,
  };
}

/**
 * The session kept from before a reload. An expired access token is kept as long as there is a
 * refresh token: the first call's 401 refreshes it.
 */
export function loadStoredSession(): Session | null {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    const session = JSON.parse(text) as Session;
    if (typeof session.token !== 'string' || typeof session.refreshToken !== 'string' || typeof session.expiresAt !== 'number') {
      sessionStorage.removeItem(STORAGE_KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

function store(session: Session | null): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(STORAGE_KEY);
}

export const useAuthStore = create<AuthState>()((set, get) => ({
  session: loadStoredSession(),
  signIn: (response) => {
    const session = sessionFrom(response);
    store(session);
    set({ session });
  },
  signOut: () => {
    store(null);
    set({ session: null });
  },
  setTotpEnrolled: (enrolled) => {
    const current = get().session;
    if (!current) return;
    const session = { ...current, totpEnrolled: enrolled };
    store(session);
    set({ session });
  },
}));

/** The current token, for code outside React (fetch, the live socket). */
export function currentToken(): string | null {
  return useAuthStore.getState().session?.token ?? null;
}

const RANK: Record<Role, number> = { viewer: 0, trader: 1, admin: 2 };

/** Whether a role is at least the required one (viewer < trader < admin); unknown roles get nothing. */
export function hasRole(role: string | undefined, required: Role): boolean {
  const rank = RANK[role?.toLowerCase() as Role];
  return rank !== undefined && rank >= RANK[required];
}

/** The signed-in user's role check, for hiding or disabling what the gateway would refuse. */
export function useHasRole(required: Role): boolean {
  return useAuthStore((state) => hasRole(state.session?.role, required));
}
