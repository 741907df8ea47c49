import { useState, type FormEvent, type ReactNode } from 'react';
import { testIds } from '../shell/testIds';
import { buttonDanger, buttonPrimary, buttonQuiet, fieldLabel, input } from './buttons';
import { Dialog } from './Dialog';
import { ErrorNote } from './ErrorNote';

export interface ActionInput {
  reason: string;
  totp?: string;
}

interface ActionDialogProps {
  title: string;
  /** What happens, in a sentence, above the fields. */
  description?: ReactNode;
  confirmLabel: string;
  /** Asks for a six-digit code from the authenticator app too. */
  needsTotp?: boolean;
  tone?: 'default' | 'danger';
  reasonTestId?: string;
  confirmTestId?: string;
  onConfirm: (input: ActionInput) => Promise<unknown>;
  onClose: () => void;
}

export const TOTP_PATTERN = /^\d{6}$/;

/**
 * Confirms an audited action: a reason is always required (it goes into the audit log), and a
 * TOTP code for actions that need a second factor. The gateway's refusal is shown as it said it.
 */
export function ActionDialog({
  title,
  description,
  confirmLabel,
  needsTotp = false,
  tone = 'default',
  reasonTestId = testIds.actionReason,
  confirmTestId = testIds.actionConfirm,
  onConfirm,
  onClose,
}: ActionDialogProps) {
  const [reason, setReason] = useState('');
  const [totp, setTotp] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const totpValid = !needsTotp || TOTP_PATTERN.test(totp);
  const ready = reason.trim().length > 0 && totpValid;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(needsTotp ? { reason: reason.trim(), totp } : { reason: reason.trim() });
      onClose();
    } catch (e) {
      setError(e);
      setTotp('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={title} onClose={onClose} tone={tone}>
      <form onSubmit={submit} className="space-y-4">
        {description && <div className="text-sm leading-relaxed text-slate-300">{description}</div>}
        <label className="block">
          <span className={fieldLabel}>Reason</span>
          <textarea
            className={`${input} min-h-20 resize-y`}
            data-testid={reasonTestId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
            required
            autoFocus
            placeholder="Recorded in the audit log"
          />
        </label>
        {needsTotp && (
          <label className="block">
            <span className={fieldLabel}>Authenticator code</span>
            <input
              className={`${input} font-mono tracking-[0.3em]`}
              data-testid={testIds.actionTotp}
              value={totp}
              onChange={(e) => setTotp(e.target.value.replace(/\D/g, '').slice(0, 6))}
              inputMode="numeric"
              autoComplete="one-time-code"
              placeholder="123456"
              aria-invalid={totp.length > 0 && !totpValid}
              required
            />
          </label>
        )}
        <ErrorNote error={error} />
        <div className="flex justify-end gap-2">
          <button type="button" className={buttonQuiet} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={tone === 'danger' ? buttonDanger : buttonPrimary} disabled={!ready || busy} data-testid={confirmTestId}>
            {busy ? 'Working…' : confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
