import { useState, type FormEvent } from 'react';
import { harbor } from '../../api/harbor';
import { Button, Notice, PasswordField } from '../../components';
import { NewPassphraseFields } from '../setup/NewPassphraseFields';
import { checkNewPassphrase } from '../setup/passphrase';
import { focusFirstInvalid } from '../../components/focus';

interface Errors {
  current: string | null;
  passphrase: string | null;
  confirm: string | null;
}
const none: Errors = { current: null, passphrase: null, confirm: null };

export function ChangePassphrase() {
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>(none);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const reset = () => {
    setCurrent('');
    setNext('');
    setConfirm('');
    setErrors(none);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (busy) return;
    const found: Errors = { current: current ? null : 'Enter the passphrase you use now.', ...checkNewPassphrase(next, confirm) };
    setErrors(none);
    if (found.current || found.passphrase || found.confirm) {
      setErrors(found);
      focusFirstInvalid(form);
      return;
    }
    setBusy(true);
    const result = await harbor.vaultChangePassphrase({ current, next });
    setBusy(false);
    if (!result.ok) {
      const onCurrent = result.error.code === 'wrong_passphrase';
      setErrors({ current: onCurrent ? result.error.message : null, passphrase: onCurrent ? null : result.error.message, confirm: null });
      focusFirstInvalid(form);
      return;
    }
    reset();
    setOpen(false);
    setDone(true);
  };

  return (
    <div className="settings-item">
      <h3>Passphrase</h3>
      {done ? (
        <Notice tone="success">
          <p>Your passphrase is changed. Use the new one next time you unlock.</p>
        </Notice>
      ) : null}
      {!open ? (
        <>
          <p>Changing your passphrase does not change your journal or your recovery code.</p>
          <Button
            onClick={() => {
              setDone(false);
              setOpen(true);
            }}
          >
            Change passphrase
          </Button>
        </>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <PasswordField
            label="Current passphrase"
            name="current-passphrase"
            autoComplete="current-password"
            autoFocus
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
            error={errors.current}
          />
          <NewPassphraseFields
            label="New passphrase"
            passphrase={next}
            confirm={confirm}
            onPassphrase={setNext}
            onConfirm={setConfirm}
            errors={errors}
          onClearError={(field) => setErrors((previous) => ({ ...previous, [field]: null }))}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy}>
              {busy ? 'Saving…' : 'Save new passphrase'}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                reset();
                setOpen(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
