import { useState, type FormEvent } from 'react';
import { useChangeUser, useCreateUser, useDeleteUser, useUsers } from '../api/queries';
import type { Role, UserAccount } from '../api/types';
import { useAuthStore } from '../auth/authStore';
import { testIds } from '../shell/testIds';
import { buttonDanger, buttonPrimary, buttonQuiet, buttonSmall, fieldLabel, input } from '../ui/buttons';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { formatDateTime } from '../ui/format';
import { Panel } from '../ui/Panel';
import { QueryState } from '../ui/QueryState';
import { cell, headCell, idCell, row, table } from '../ui/table';

const ROLES: Role[] = ['viewer', 'trader', 'admin'];

function CreateUser() {
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await create.mutateAsync({ username: username.trim(), password, role });
      setUsername('');
      setPassword('');
    } catch {
      // Shown from the mutation's error.
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2 border-t border-white/5 p-4" aria-label="create user">
      <div className="grid gap-2 sm:grid-cols-[1fr_1fr_8rem_auto] sm:items-end">
        <label>
          <span className={fieldLabel}>New username</span>
          <input className={input} value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="off" />
        </label>
        <label>
          <span className={fieldLabel}>Password</span>
          <input className={input} type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="new-password" />
        </label>
        <label>
          <span className={fieldLabel}>Role</span>
          <select className={input} value={role} onChange={(e) => setRole(e.target.value as Role)} aria-label="new user role">
            {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <button type="submit" className={buttonPrimary} disabled={!username.trim() || !password || create.isPending}>
          Create
        </button>
      </div>
      <ErrorNote error={create.error} />
    </form>
  );
}

function UserRow({ user, self, onDelete }: { user: UserAccount; self: boolean; onDelete: (u: UserAccount) => void }) {
  const change = useChangeUser();
  return (
    <tr className={row} data-testid={testIds.userRow(user.username)}>
      <td className={cell}>{user.username}{self && <span className="ml-2 text-xs text-slate-500">(you)</span>}</td>
      <td className={cell}>
        <select
          aria-label={`role of ${user.username}`}
          className="rounded-md border border-white/10 bg-slate-900 px-1.5 py-0.5 text-slate-200"
          value={user.role}
          disabled={self || change.isPending}
          onChange={(e) => change.mutate({ username: user.username, change: { role: e.target.value as Role } })}
        >
          {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
        {change.error && <span role="alert" className="ml-2 text-xs text-rose-300">{change.error.message}</span>}
      </td>
      <td className={cell}>{user.totpEnrolled ? <span className="text-emerald-300">on</span> : <span className="text-slate-500">off</span>}</td>
      <td className={idCell}>{formatDateTime(user.createdAt)}</td>
      <td className={cell}>
        <button type="button" className={`${buttonDanger} ${buttonSmall}`} disabled={self} title={self ? 'You cannot delete yourself' : undefined} onClick={() => onDelete(user)}>
          Delete
        </button>
      </td>
    </tr>
  );
}

/** Admins manage accounts: list, create, change role, delete (never themselves). */
export function UsersPanel() {
  const query = useUsers();
  const me = useAuthStore((s) => s.session?.username);
  const remove = useDeleteUser();
  const [deleting, setDeleting] = useState<UserAccount | null>(null);

  return (
    <Panel title="Users">
      <QueryState query={query} empty="No users.">
        {(users) => (
          <table className={table} data-testid={testIds.usersTable}>
            <thead>
              <tr>
                <th className={headCell}>User</th>
                <th className={headCell}>Role</th>
                <th className={headCell}>2FA</th>
                <th className={headCell}>Created</th>
                <th className={headCell}></th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => <UserRow key={u.username} user={u} self={u.username === me} onDelete={setDeleting} />)}
            </tbody>
          </table>
        )}
      </QueryState>
      <CreateUser />
      {deleting && (
        <Dialog title={`Delete ${deleting.username}?`} tone="danger" onClose={() => { remove.reset(); setDeleting(null); }}>
          <p className="mb-4 text-sm text-slate-300">The account and its sessions are removed. This cannot be undone.</p>
          <ErrorNote error={remove.error} />
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" className={buttonQuiet} onClick={() => { remove.reset(); setDeleting(null); }}>Cancel</button>
            <button
              type="button"
              className={buttonDanger}
              disabled={remove.isPending}
              onClick={() => remove.mutate(deleting.username, { onSuccess: () => setDeleting(null) })}
            >
              Delete
            </button>
          </div>
        </Dialog>
      )}
    </Panel>
  );
}
