import { useEffect } from 'react';
import { Button, PasswordField } from '../../components';
import { usePassphraseUnlock } from '../../components/unlock/use-passphrase-unlock';
import { WaitNotice } from '../../components/unlock/WaitNotice';

/**
 * The passphrase field right beside "Your own plan and box open after you unlock", so the
 * locked coping box never sends the person elsewhere to get their own plan. The same tries,
 * counts and wait as the lock screen.
 */
export function QuickUnlock({ onUnlocked }: { onUnlocked: () => void }) {
  const { passphrase, setPassphrase, error, busy, secondsLeft, field, submit, refresh } = usePassphraseUnlock({
    emptyMessage: 'Enter your passphrase to open your own plan and box.',
    onUnlocked,
  });
  // A wait started at the lock screen holds here too.
  useEffect(() => void refresh(), [refresh]);

  return (
    <form className="quick-unlock" noValidate onSubmit={(event) => void submit(event)}>
      <PasswordField
        ref={field}
        label="Passphrase"
        name="passphrase"
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={error}
      />
      <WaitNotice secondsLeft={secondsLeft} what="passphrases" />
      <Button type="submit" variant="primary" busy={busy} disabled={secondsLeft > 0}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </Button>
    </form>
  );
}
