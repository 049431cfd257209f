// Unlocking with the passphrase, wherever the field is (the lock screen, the locked coping box):
// the empty-field message, the try itself, the field emptied once sent, and main's count of wrong
// tries with the wait it asks for, counted down on the page.
import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { HarborErrorValue } from '../../../../shared/result.ts';
import { harbor } from '../../api/harbor';
import { useWait } from './use-wait';

export interface PassphraseUnlockOptions {
  /** The wait main asked for before this page opened (unknown: 0, and call `refresh`). */
  initialWaitMs?: number;
  initialWrongTries?: number;
  /** What to say when the field is empty. */
  emptyMessage: string;
  /** Harbor is unlocked (the passphrase has already left the page). */
  onUnlocked: () => Promise<void> | void;
  /** A failure typing again cannot fix; without this every failure shows beside the field. */
  onFatal?: (error: HarborErrorValue) => boolean;
}

export function usePassphraseUnlock({ initialWaitMs = 0, initialWrongTries = 0, emptyMessage, onUnlocked, onFatal }: PassphraseUnlockOptions) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wrongTries, setWrongTries] = useState(initialWrongTries);
  const wait = useWait(initialWaitMs);
  const field = useRef<HTMLInputElement>(null);

  /** Main keeps the count and the wait; ask it after every try that did not open Harbor. */
  const { start } = wait;
  const refreshWrongTries = useCallback(async () => {
    const latest = await harbor.vaultStatus({});
    if (!latest.ok) return;
    setWrongTries(latest.value.wrongTries.passphrase);
    start(latest.value.wrongTries.passphraseWaitMs);
  }, [start]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Clearing first makes a repeated message appear anew, so screen readers announce it again.
    setError(null);
    if (!passphrase) {
      setError(emptyMessage);
      field.current?.focus();
      return;
    }
    setBusy(true);
    const result = await harbor.vaultUnlock({ passphrase });
    // The passphrase does not stay in the page once it has been sent.
    setPassphrase('');
    if (!result.ok) {
      setBusy(false);
      if (onFatal?.(result.error)) return;
      await refreshWrongTries();
      setError(result.error.code === 'try_later' ? 'Please wait until the countdown below ends, then try again.' : result.error.message);
      field.current?.focus();
      return;
    }
    await onUnlocked();
    setBusy(false);
  };

  return { passphrase, setPassphrase, error, busy, wrongTries, secondsLeft: wait.secondsLeft, field, submit, refresh: refreshWrongTries };
}
