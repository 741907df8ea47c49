import { useState } from 'react';
import { useControl, useControlAction, type ControlAction } from '../api/queries';
import { useHasRole } from '../auth/authStore';
import { testIds } from '../shell/testIds';
import { ActionDialog } from '../ui/ActionDialog';
import { buttonDanger, buttonQuiet, buttonWarn } from '../ui/buttons';

interface ActionSpec {
  title: string;
  confirmLabel: string;
  description: string;
  needsTotp: boolean;
  tone: 'default' | 'danger';
}

const SPECS: Record<ControlAction, ActionSpec> = {
  kill: {
    title: 'Engage the kill switch?',
    confirmLabel: 'Halt trading',
    description: 'Every instance halts: nothing new is sent, strategies fall silent and risk denies everything. Releasing it later needs your authenticator code.',
    needsTotp: false,
    tone: 'danger',
  },
  release: {
    title: 'Release the kill switch',
    confirmLabel: 'Resume trading',
    description: 'Trading resumes on every instance. This needs a code from your authenticator app.',
    needsTotp: true,
    tone: 'default',
  },
  arm: {
    title: 'Arm live trading',
    confirmLabel: 'Arm',
    description: 'In live mode, orders go to the exchange with real money once armed. This needs a code from your authenticator app.',
    needsTotp: true,
    tone: 'danger',
  },
  disarm: {
    title: 'Disarm live trading',
    confirmLabel: 'Disarm',
    description: 'Live orders stop; the instances keep running in their mode.',
    needsTotp: false,
    tone: 'default',
  },
};

/**
 * The kill switch (always in reach, red, with a confirmation asking why) and the controls that
 * undo or raise risk: release, arm and disarm. Viewers see them disabled.
 */
export function ControlActions() {
  const control = useControl();
  const action = useControlAction();
  const canTrade = useHasRole('trader');
  const [open, setOpen] = useState<ControlAction | null>(null);
  const state = control.data;
  const halted = state?.tradingState === 'HALTED';
  const denied = canTrade ? undefined : 'Needs the trader role';

  const spec = open ? SPECS[open] : null;
  return (
    <div className="flex items-center gap-2">
      {halted ? (
        <button type="button" className={buttonWarn} disabled={!canTrade} title={denied} data-testid={testIds.releaseButton} onClick={() => setOpen('release')}>
          Release
        </button>
      ) : null}
      {/* Arming exists only in live mode: simulated and paper venues cannot lose money. */}
      {state?.mode !== 'live' ? null : state.liveArmed ? (
        <button type="button" className={buttonQuiet} disabled={!canTrade} title={denied} data-testid={testIds.disarmButton} onClick={() => setOpen('disarm')}>
          Disarm
        </button>
      ) : (
        <button type="button" className={buttonQuiet} disabled={!canTrade} title={denied} data-testid={testIds.armButton} onClick={() => setOpen('arm')}>
          Arm live
        </button>
      )}
      <button
        type="button"
        className={`${buttonDanger} font-semibold uppercase tracking-wider`}
        disabled={!canTrade}
        title={denied ?? 'Halt all trading now'}
        data-testid={testIds.killSwitch}
        onClick={() => setOpen('kill')}
      >
        <span aria-hidden className="size-2 rounded-full bg-rose-400 shadow-[0_0_8px_2px_rgba(251,113,133,0.6)]" />
        Kill switch
      </button>
      {open && spec && (
        <ActionDialog
          title={spec.title}
          description={spec.description}
          confirmLabel={spec.confirmLabel}
          needsTotp={spec.needsTotp}
          tone={spec.tone}
          reasonTestId={open === 'kill' ? testIds.killReason : testIds.actionReason}
          confirmTestId={open === 'kill' ? testIds.killConfirm : testIds.actionConfirm}
          onConfirm={({ reason, totp }) => action.mutateAsync({ action: open, reason, totp })}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
