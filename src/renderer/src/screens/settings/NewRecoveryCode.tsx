import { useState, type FormEvent } from 'react';
import { harbor } from '../../api/harbor';
import { Button, Notice, PasswordField, RecoveryCodeReveal } from '../../components';
import { focusFirstInvalid } from '../../components/focus';

type Step = { kind: 'idle'; done: boolean } | { kind: 'asking' } | { kind: 'showing'; code: string };

export function NewRecoveryCode() {
  const [step, setStep] = useState<Step>({ kind: 'idle', done: false });
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (busy) return;
    setError(null);
    if (!passphrase) {
      setError('Enter your passphrase to make a new recovery code.');
      focusFirstInvalid(form);
      return;
    }
    setBusy(true);
    const result = await harbor.vaultNewRecoveryCode({ passphrase });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      focusFirstInvalid(form);
      return;
    }
    setPassphrase('');
    setStep({ kind: 'showing', code: result.value.recoveryCode });
  };

  return (
    <div className="settings-item">
      <h3>Recovery code</h3>
      {step.kind === 'idle' ? (
        <>
          {step.done ? (
            <Notice tone="success">
              <p>Your new recovery code is saved. The old one no longer works.</p>
            </Notice>
          ) : (
            <p>If you lost your recovery code, or think someone else has seen it, you can make a new one. The old code then stops working.</p>
          )}
          <Button onClick={() => setStep({ kind: 'asking' })}>Make a new recovery code</Button>
        </>
      ) : null}
      {step.kind === 'asking' ? (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <p>Your old recovery code will stop working once the new one is made.</p>
          <PasswordField
            label="Your passphrase"
            name="passphrase-for-recovery"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            error={error}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy}>
              {busy ? 'Making a new code…' : 'Make new code'}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setPassphrase('');
                setError(null);
                setStep({ kind: 'idle', done: false });
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      {step.kind === 'showing' ? (
        <>
          <p>This is your new recovery code. It is shown only this once.</p>
          <RecoveryCodeReveal code={step.code} continueLabel="Done" onContinue={() => setStep({ kind: 'idle', done: true })} />
        </>
      ) : null}
    </div>
  );
}
