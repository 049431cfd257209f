import { useRef, useState, type FormEvent } from 'react';
import { harbor } from '../../api/harbor';
import { Button, PasswordField } from '../../components';

/**
 * The passphrase field right beside "Your own plan and box open after you unlock", so the
 * locked coping box never sends the person elsewhere to get their own plan.
 */
export function QuickUnlock({ onUnlocked }: { onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (!passphrase) {
      setError('Enter your passphrase to open your own plan and box.');
      field.current?.focus();
      return;
    }
    setBusy(true);
    const result = await harbor.vaultUnlock({ passphrase });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      field.current?.focus();
      field.current?.select();
      return;
    }
    setPassphrase('');
    onUnlocked();
  };

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
      <Button type="submit" variant="primary" busy={busy}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </Button>
    </form>
  );
}
