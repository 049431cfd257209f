import { useState, type FormEvent } from 'react';
import type { HarborErrorValue } from '../../../../shared/result.ts';
import { harbor } from '../../harbor';
import { Button, CrisisHelp, TextField } from '../../components';
import { CenteredPage } from '../shell/CenteredPage';
import { NewPassphraseFields } from '../setup/NewPassphraseFields';
import { checkNewPassphrase } from '../setup/passphrase';
import { focusFirstInvalid } from '../shell/focus';

export interface RecoveryUnlockProps {
  onBack: () => void;
  onUnlocked: () => void;
  onFatal: (error: HarborErrorValue) => void;
  retryable: ReadonlySet<string>;
}

interface Errors {
  code: string | null;
  passphrase: string | null;
  confirm: string | null;
}

export function RecoveryUnlock({ onBack, onUnlocked, onFatal, retryable }: RecoveryUnlockProps) {
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({ code: null, passphrase: null, confirm: null });
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (busy) return;
    const found: Errors = {
      code: code.trim() ? null : 'Enter the recovery code you saved when you set up Harbor.',
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
    setBusy(false);
    if (result.ok) return onUnlocked();
    if (!retryable.has(result.error.code)) return onFatal(result.error);
    const onCode = result.error.code === 'wrong_recovery_code';
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
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
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
