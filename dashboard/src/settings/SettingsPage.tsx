import { useHasRole } from '../auth/authStore';
import { testIds } from '../shell/testIds';
import { TotpPanel } from './TotpPanel';
import { UsersPanel } from './UsersPanel';

/** The user's own second factor, and for admins the accounts. */
export function SettingsPage() {
  const admin = useHasRole('admin');
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-auto [&>*]:shrink-0" data-testid={testIds.page('settings')}>
      <TotpPanel />
      {admin ? <UsersPanel /> : <p className="px-1 text-sm text-slate-500">User management needs the admin role.</p>}
    </div>
  );
}
