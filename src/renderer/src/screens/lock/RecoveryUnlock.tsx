import { useState, type FormEvent } from 'react';
import type { HarborErrorValue } from '../../../../shared/result.ts';
import { harbor } from '../../api/harbor';
import { Button, CrisisHelp, TextField } from '../../components';
import { CenteredPage } from '../../components/CenteredPage';
import { NewPassphraseFields } from '../setup/NewPassphraseFields';
import { checkNewPassphrase } from '../setup/passphrase';
import { focusFirstInvalid } from '../../components/focus';
import { useWait } from '../../components/unlock/use-wait';
import { WaitNotice } from '../../components/unlock/WaitNotice';

export interface RecoveryUnlockProps {
  onBack: () => void;
  onUnlocked: () => void;
  onFatal: (error: HarborErrorValue) => void;
  retryable: ReadonlySet<string>;
  /** The wait before the next recovery-code try, from main's count of wrong codes. */
  initialWaitMs: number;
}

interface Errors {
  code: string | null;
  passphrase: string | null;
  confirm: string | null;
}

export function RecoveryUnlock({ onBack, onUnlocked, onFatal, retryable, initialWaitMs }: RecoveryUnlockProps) {
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({ code: null, passphrase: null, confirm: null });
  const [busy, setBusy] = useState(false);
  const wait = useWait(initialWaitMs);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (busy) return;
    const found: Errors = {
      code: code.trim() ? null : 'Enter the recovery code you saved when you set up your journal.',
      ...checkNewPassphrase(passphrase, confirm),
    };
    setErrors({ code: null, passphrase: null, confirm: null });
    if (found.code || found.passphrase || found.confirm) {
      setErrors(found);
      focusFirstInvalid(form);
      return;
    }
    setBusy(true);
    const result = await harbor.vaultUnlockWithRecoveryCode({ recoveryCode: code.trim(), newPassphrase: passphrase });
    // The code and the new passphrase do not stay in the page once they have been sent.
    setCode('');
    setPassphrase('');
    setConfirm('');
    setBusy(false);
    if (result.ok) return onUnlocked();
    if (!retryable.has(result.error.code)) return onFatal(result.error);
    const latest = await harbor.vaultStatus({});
    if (latest.ok) wait.start(latest.value.wrongTries.recoveryWaitMs);
    const onCode = result.error.code === 'wrong_recovery_code' || result.error.code === 'try_later';
    setErrors({ code: onCode ? result.error.message : null, passphrase: onCode ? null : result.error.message, confirm: null });
    focusFirstInvalid(form);
  };

  return (
    <CenteredPage title="Unlock with your recovery code">
      <p>Enter the recovery code you saved, then choose a new passphrase. Your journal stays as it is.</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label="Recovery code"
          name="recovery-code"
          className="field__input--code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          hint="8 groups of 4 letters and numbers. Capitals, spaces and dashes do not matter."
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={errors.code}
        />
        <NewPassphraseFields
          label="New passphrase"
          passphrase={passphrase}
          confirm={confirm}
          onPassphrase={setPassphrase}
          onConfirm={setConfirm}
          errors={errors}
          onClearError={(field) => setErrors((previous) => ({ ...previous, [field]: null }))}
        />
        <WaitNotice secondsLeft={wait.secondsLeft} what="recovery codes" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} disabled={wait.secondsLeft > 0}>
            {busy ? 'Unlocking…' : 'Unlock and save new passphrase'}
          </Button>
          <Button variant="quiet" onClick={onBack}>
            Back to passphrase
          </Button>
        </div>
      </form>
      <div className="page-footer">
        <CrisisHelp />
      </div>
    </CenteredPage>
  );
}
