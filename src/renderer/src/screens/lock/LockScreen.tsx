import { useState } from 'react';
import type { VaultStatus } from '../../../../shared/contract/vault.ts';
import type { HarborErrorValue } from '../../../../shared/result.ts';
import { harbor } from '../../api/harbor';
import { Button, Checkbox, CrisisHelp, PasswordField } from '../../components';
import { CenteredPage } from '../../components/CenteredPage';
import { RecoveryUnlock } from './RecoveryUnlock';
import { useAppearance } from '../../api/AppearanceProvider';
import { usePassphraseUnlock } from '../../components/unlock/use-passphrase-unlock';
import { WaitNotice } from '../../components/unlock/WaitNotice';
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
  const [autoUnlock, setAutoUnlock] = useState(status.autoUnlock);
  const { discreetMode } = useAppearance();
  const { passphrase, setPassphrase, error, busy, wrongTries, secondsLeft, field, submit } = usePassphraseUnlock({
    initialWaitMs: status.wrongTries.passphraseWaitMs,
    initialWrongTries: status.wrongTries.passphrase,
    emptyMessage: 'Enter your passphrase to unlock.',
    onFatal: (error) => {
      if (retryable.has(error.code)) return false;
      onFatal(error);
      return true;
    },
    onUnlocked: async () => {
      if (status.autoUnlockAvailable && autoUnlock !== status.autoUnlock) {
        // Unlocking worked either way; a keychain problem here is not worth blocking the person.
        await harbor.vaultSetAutoUnlock({ enabled: autoUnlock });
      }
      onUnlocked(await withUnlockNotices());
    },
  });
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
        <WaitNotice secondsLeft={secondsLeft} what="passphrases" />
        {wrongTries >= OFFER_RECOVERY_AFTER ? (
          <p className="lock-offer">
            Passphrases slip away sometimes, especially on a hard day. Your recovery code opens your journal too, and lets you
            choose a new passphrase.
          </p>
        ) : null}
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} disabled={secondsLeft > 0}>
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
