import { useState, type FormEvent } from 'react';
import { ApiError, login } from '../api/client';
import { useAuthStore } from './authStore';

function messageFor(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Wrong username or password.';
    if (error.status === 0) return 'Cannot reach the gateway. Is Polybot running?';
    if (error.status === 429) return 'Too many attempts. Wait a moment and try again.';
    return error.message;
  }
  return 'Login failed unexpectedly.';
}

/** Username and password against the gateway; on success the session holds the access token. */
export function LoginPage() {
  const signIn = useAuthStore((state) => state.signIn);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      signIn(await login(username.trim(), password));
    } catch (e) {
      setError(messageFor(e));
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  }

  const input =
    'w-full rounded-xl border border-white/10 bg-slate-950/50 px-3 py-2.5 text-slate-100 placeholder-slate-600 outline-none transition focus:border-sky-400/60 focus:ring-2 focus:ring-sky-400/20';

  return (
    <div className="flex min-h-full items-center justify-center p-6">
      <form onSubmit={onSubmit} className="glass w-full max-w-sm rounded-3xl p-8" aria-label="sign in">
        <div className="mb-8 flex items-center gap-3">
          <img src="/favicon.svg" alt="" className="size-10" />
          <div>
            <h1 className="text-xl font-semibold tracking-tight text-slate-100">Polybot</h1>
            <p className="text-sm text-slate-500">Sign in to the trading desk</p>
          </div>
        </div>
        <label className="mb-4 block">
          <span className="mb-1.5 block text-xs font-medium uppercase tracking-wider text-slate-400">Username</span>
          <input
            className={input}
            name="username"
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="mb-6 block">
          <span className="mb-1.5 block text-xs font-medium uppercase tracking-wider text-slate-400">Password</span>
          <input
            className={input}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="mb-4 rounded-xl border border-rose-500/30 bg-rose-500/10 px-3 py-2 text-sm text-rose-200">
            {error}
          </p>
        )}
        <button
          type="submit"
          disabled={submitting}
          className="w-full rounded-xl bg-gradient-to-r from-sky-500 to-indigo-500 px-4 py-2.5 font-medium text-white shadow-lg shadow-sky-900/30 transition hover:brightness-110 disabled:cursor-wait disabled:opacity-60"
        >
          {submitting ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
