import { useState, type FormEvent } from 'react';
import { useMe, useTotpEnrol, useTotpVerify } from '../api/queries';
import { useAuthStore } from '../auth/authStore';
import { testIds } from '../shell/testIds';
import { TOTP_PATTERN } from '../ui/ActionDialog';
import { buttonPrimary, buttonQuiet, fieldLabel, input } from '../ui/buttons';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';

/** The secret in groups of four, easier to type into an authenticator app. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * TOTP enrolment: the gateway makes a secret, the user adds it to an authenticator app and proves it
 * with a code. Until verified the old state stands; restarting makes a new secret.
 */
export function TotpPanel() {
  const me = useMe();
  const sessionEnrolled = useAuthStore((s) => s.session?.totpEnrolled ?? false);
  const setTotpEnrolled = useAuthStore((s) => s.setTotpEnrolled);
  const enrol = useTotpEnrol();
  const verify = useTotpVerify();
  const [code, setCode] = useState('');
  const enrolled = me.data?.totpEnrolled ?? sessionEnrolled;
  const enrolment = enrol.data;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!TOTP_PATTERN.test(code)) return;
    try {
      await verify.mutateAsync(code);
      setTotpEnrolled(true);
      enrol.reset();
      setCode('');
    } catch {
      setCode('');
    }
  }

  return (
    <Panel title="Two-factor authentication">
      <div className="space-y-4 p-4 text-sm">
        <p className="text-slate-300" role="status" data-enrolled={String(enrolled)}>
          {enrolled
            ? 'Two-factor authentication is on. Releasing the kill switch and arming live trading ask for a code.'
            : 'Two-factor authentication is off. You need it to release the kill switch or arm live trading.'}
        </p>
        {!enrolment && (
          <button type="button" className={enrolled ? buttonQuiet : buttonPrimary} data-testid={testIds.totpStart} disabled={enrol.isPending} onClick={() => { verify.reset(); enrol.mutate(); }}>
            {enrol.isPending ? 'Starting…' : enrolled ? 'Enrol a new device' : 'Set up two-factor'}
          </button>
        )}
        <ErrorNote error={enrol.error} />
        {enrolment && (
          <form onSubmit={submit} className="space-y-3">
            <div>
              <span className={fieldLabel}>1. Add this secret to your authenticator app</span>
              <code data-testid={testIds.totpSecret} className="block select-all rounded-lg border border-white/10 bg-slate-950/60 px-3 py-2 font-mono text-base tracking-wider text-sky-200">
                {grouped(enrolment.secret)}
              </code>
              <p className="mt-1 break-all text-xs text-slate-500">
                or open{' '}
                <a data-testid={testIds.totpUri} href={enrolment.otpauthUri} className="text-sky-300 hover:underline">
                  {enrolment.otpauthUri}
                </a>
              </p>
            </div>
            <label className="block">
              <span className={fieldLabel}>2. Enter the code it shows</span>
              <input
                className={`${input} max-w-40 font-mono tracking-[0.3em]`}
                data-testid={testIds.totpCode}
                value={code}
                onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
                inputMode="numeric"
                autoComplete="one-time-code"
                placeholder="123456"
              />
            </label>
            <ErrorNote error={verify.error} />
            <div className="flex gap-2">
              <button type="submit" className={buttonPrimary} data-testid={testIds.totpVerify} disabled={!TOTP_PATTERN.test(code) || verify.isPending}>
                {verify.isPending ? 'Checking…' : 'Verify'}
              </button>
              <button type="button" className={buttonQuiet} onClick={() => enrol.reset()}>Cancel</button>
            </div>
          </form>
        )}
      </div>
    </Panel>
  );
}
