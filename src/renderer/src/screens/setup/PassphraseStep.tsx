import { useState, type FormEvent } from 'react';
import { harbor } from '../../api/harbor';
import { Button, Notice } from '../../components';
import { CenteredPage } from '../../components/CenteredPage';
import { NewPassphraseFields } from './NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseErrors } from './passphrase';
import { focusFirstInvalid } from '../../components/focus';

export interface PassphraseStepProps {
  onBack: () => void;
  onCreated: (recoveryCode: string) => void;
}

const noErrors: NewPassphraseErrors = { passphrase: null, confirm: null };

export function PassphraseStep({ onBack, onCreated }: PassphraseStepProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<NewPassphraseErrors>(noErrors);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (busy) return;
    const found = checkNewPassphrase(passphrase, confirm);
    setErrors(found);
    setServerError(null);
    if (found.passphrase || found.confirm) {
      focusFirstInvalid(form);
      return;
    }
    setBusy(true);
    const result = await harbor.vaultCreate({ passphrase, confirm });
    setBusy(false);
    if (result.ok) onCreated(result.value.recoveryCode);
    // A refused passphrase (too short, too easy to guess) is said once, beside the field: the live
    // note gives way to it. The passphrase is all this step sends.
    else if (result.error.code === 'weak_passphrase' || result.error.code === 'invalid_input') setErrors({ passphrase: result.error.message, confirm: null });
    else setServerError(result.error.message);
  };

  return (
    <CenteredPage title="Choose a passphrase">
      <p>
        Your passphrase unlocks Harbor. Nobody can reset it for you, so choose something you will remember. Next you will
        get a recovery code, in case you ever forget it.
      </p>
      {serverError ? (
        <Notice tone="warning" live="alert">
          {serverError}
        </Notice>
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <NewPassphraseFields
          passphrase={passphrase}
          confirm={confirm}
          onPassphrase={(value) => {
            setPassphrase(value);
            // A refusal from main was about the passphrase as it was; a changed one is judged afresh.
            setServerError(null);
          }}
          onConfirm={setConfirm}
          errors={errors}
          onClearError={(field) => setErrors((previous) => ({ ...previous, [field]: null }))}
          autoFocus
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? 'Setting up Harbor…' : 'Continue'}
          </Button>
          <Button variant="quiet" onClick={onBack}>
            Back
          </Button>
        </div>
      </form>
    </CenteredPage>
  );
}
