import { useRef, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../shared/contract/vault.ts';
import type { HarborErrorValue } from '../../../../shared/result.ts';
import { harbor } from '../../harbor';
import { Button, Checkbox, CrisisHelp, PasswordField } from '../../components';
import { CenteredPage } from '../shell/CenteredPage';
import { RecoveryUnlock } from './RecoveryUnlock';
import { useAppearance } from '../../app-settings/AppearanceProvider';

export interface LockScreenProps {
  status: VaultStatus;
  /** The vault is unlocked; `note` is a one-time message for the app (e.g. after a recovery). */
  onUnlocked: (note?: string) => void;
  /** Errors that the lock screen cannot help with (damaged files, a newer database). */
  onFatal: (error: HarborErrorValue) => void;
  /** Set by the coping box once it can open without the passphrase. */
  copingAvailableWhileLocked?: boolean;
  onOpenCoping?: () => void;
}

/** Codes a person fixes by typing again; every other failure goes to the full-screen message. */
const retryable = new Set(['wrong_passphrase', 'wrong_recovery_code', 'invalid_input', 'weak_passphrase', 'locked']);

export function LockScreen(props: LockScreenProps) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  if (mode === 'recovery') {
    return (
      <RecoveryUnlock
        onBack={() => setMode('passphrase')}
        onUnlocked={() => props.onUnlocked('You are in, and your new passphrase is saved. Use it next time you unlock Harbor.')}
        onFatal={props.onFatal}
        retryable={retryable}
      />
    );
  }
  return <PassphraseUnlock {...props} onUseRecovery={() => setMode('recovery')} />;
}

function PassphraseUnlock({
  status,
  onUnlocked,
  onFatal,
  copingAvailableWhileLocked = false,
  onOpenCoping,
  onUseRecovery,
}: LockScreenProps & { onUseRecovery: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [autoUnlock, setAutoUnlock] = useState(status.autoUnlock);
  const field = useRef<HTMLInputElement>(null);
  const { discreetMode } = useAppearance();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Clearing first makes a repeated message appear anew, so screen readers announce it again.
    setError(null);
    if (!passphrase) {
      setError('Enter your passphrase to unlock Harbor.');
      field.current?.focus();
      return;
    }
    setBusy(true);
    const result = await harbor.vaultUnlock({ passphrase });
    if (!result.ok) {
      setBusy(false);
      if (!retryable.has(result.error.code)) return onFatal(result.error);
      setError(result.error.message);
      field.current?.focus();
      field.current?.select();
      return;
    }
    if (status.autoUnlockAvailable && autoUnlock !== status.autoUnlock) {
      // Unlocking worked either way; a keychain problem here is not worth blocking the person.
      await harbor.vaultSetAutoUnlock({ enabled: autoUnlock });
    }
    setBusy(false);
    onUnlocked();
  };

  return (
    // Discreet mode (issue 6): an onlooker sees only "Locked".
    <CenteredPage title={discreetMode ? 'Locked' : 'Harbor is locked'}>
      <p>Enter your passphrase to open your journal.</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <PasswordField
          ref={field}
          label="Passphrase"
          name="passphrase"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={error}
        />
        {status.autoUnlockAvailable ? (
          <Checkbox
            label="Unlock automatically on this computer"
            hint="Anyone who can sign in to this computer as you could then open Harbor."
            checked={autoUnlock}
            onChange={(event) => setAutoUnlock(event.target.checked)}
          />
        ) : null}
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </Button>
          <Button variant="quiet" onClick={onUseRecovery}>
            Use your recovery code
          </Button>
        </div>
      </form>
      <div className="page-footer">
        <CrisisHelp
          beside={
            copingAvailableWhileLocked && onOpenCoping ? (
              // Slot for the coping box (wired by its own issue): it opens without the passphrase.
              <Button onClick={onOpenCoping}>Open coping box</Button>
            ) : null
          }
        />
      </div>
    </CenteredPage>
  );
}
