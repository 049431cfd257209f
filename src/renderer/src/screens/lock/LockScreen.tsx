import { useRef, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../shared/contract/vault.ts';
import type { HarborErrorValue } from '../../../../shared/result.ts';
import { harbor } from '../../api/harbor';
import { Button, Checkbox, CrisisHelp, PasswordField } from '../../components';
import { CenteredPage } from '../../components/CenteredPage';
import { RecoveryUnlock } from './RecoveryUnlock';
import { useAppearance } from '../../api/AppearanceProvider';
import { seconds, useWait } from './use-wait';
import { word } from '../../../../shared/vocabulary.ts';

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
const retryable = new Set(['wrong_passphrase', 'wrong_recovery_code', 'invalid_input', 'weak_passphrase', 'locked', 'try_later']);

/** The one-time note after unlock, with anything Harbor noticed about the files kept while locked. */
async function withUnlockNotices(first?: string): Promise<string | undefined> {
  const result = await harbor.vaultUnlockNotices({});
  const notes = [first, ...(result.ok ? result.value.notices : [])].filter(Boolean);
  return notes.length > 0 ? notes.join(' ') : undefined;
}

/** After this many wrong passphrases in a row the lock screen offers the recovery code in words. */
const OFFER_RECOVERY_AFTER = 3;

export function LockScreen(props: LockScreenProps) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  // The counts of wrong tries move while this screen is open; each page starts from the latest.
  const [status, setStatus] = useState(props.status);
  const switchTo = (next: 'passphrase' | 'recovery') => {
    void harbor.vaultStatus({}).then((latest) => {
      if (latest.ok) setStatus(latest.value);
      setMode(next);
    });
  };
  if (mode === 'recovery') {
    return (
      <RecoveryUnlock
        onBack={() => switchTo('passphrase')}
        onUnlocked={() =>
          void withUnlockNotices('You are in, and your new passphrase is saved. Use it next time you unlock.').then(props.onUnlocked)
        }
        onFatal={props.onFatal}
        retryable={retryable}
        initialWaitMs={status.wrongTries.recoveryWaitMs}
      />
    );
  }
  return <PassphraseUnlock {...props} status={status} onUseRecovery={() => switchTo('recovery')} />;
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
  const [wrongTries, setWrongTries] = useState(status.wrongTries.passphrase);
  const wait = useWait(status.wrongTries.passphraseWaitMs);
  const field = useRef<HTMLInputElement>(null);
  const { discreetMode } = useAppearance();

  /** Main keeps the count and the wait; ask it after every try that did not open Harbor. */
  const refreshWrongTries = async () => {
    const latest = await harbor.vaultStatus({});
    if (!latest.ok) return;
    setWrongTries(latest.value.wrongTries.passphrase);
    wait.start(latest.value.wrongTries.passphraseWaitMs);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Clearing first makes a repeated message appear anew, so screen readers announce it again.
    setError(null);
    if (!passphrase) {
      setError('Enter your passphrase to unlock.');
      field.current?.focus();
      return;
    }
    setBusy(true);
    const result = await harbor.vaultUnlock({ passphrase });
    // The passphrase does not stay in the page once it has been sent.
    setPassphrase('');
    if (!result.ok) {
      setBusy(false);
      if (!retryable.has(result.error.code)) return onFatal(result.error);
      await refreshWrongTries();
      setError(result.error.code === 'try_later' ? 'Please wait until the countdown below ends, then try again.' : result.error.message);
      field.current?.focus();
      return;
    }
    if (status.autoUnlockAvailable && autoUnlock !== status.autoUnlock) {
      // Unlocking worked either way; a keychain problem here is not worth blocking the person.
      await harbor.vaultSetAutoUnlock({ enabled: autoUnlock });
    }
    const note = await withUnlockNotices();
    setBusy(false);
    onUnlocked(note);
  };

  return (
    // Discreet mode: an onlooker sees only "Locked".
    <CenteredPage title={word('lockedTitle', discreetMode)}>
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
            hint="Anyone who can sign in to this computer as you could then open your journal."
            checked={autoUnlock}
            onChange={(event) => setAutoUnlock(event.target.checked)}
          />
        ) : null}
        {wait.secondsLeft > 0 ? (
          <p className="lock-wait" role="timer" aria-live="off">
            Several passphrases did not match, so there is a short wait before the next try. You can try again in{' '}
            <strong>{seconds(wait.secondsLeft)}</strong>.
          </p>
        ) : null}
        {wrongTries >= OFFER_RECOVERY_AFTER ? (
          <p className="lock-offer">
            Passphrases slip away sometimes, especially on a hard day. Your recovery code opens your journal too, and lets you
            choose a new passphrase.
          </p>
        ) : null}
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} disabled={wait.secondsLeft > 0}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </Button>
          <Button variant={wrongTries >= OFFER_RECOVERY_AFTER ? 'secondary' : 'quiet'} onClick={onUseRecovery}>
            Use your recovery code
          </Button>
        </div>
      </form>
      <div className="page-footer">
        <CrisisHelp
          beside={
            copingAvailableWhileLocked && onOpenCoping ? (
              // The coping box opens from here without the passphrase.
              <Button onClick={onOpenCoping}>{word('openCopingBox', discreetMode)}</Button>
            ) : null
          }
        />
      </div>
    </CenteredPage>
  );
}
