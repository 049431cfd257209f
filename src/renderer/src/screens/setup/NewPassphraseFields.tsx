import { useEffect, useState } from 'react';
import { PasswordField } from '../../components';
import { MIN_PASSPHRASE, passphraseHint, strengthOf } from './passphrase';

type WeaknessCheck = (passphrase: string) => string | null;

/** The estimator (with its word lists) loads only where a new passphrase is typed: never in the coping window. */
function useWeaknessCheck(): WeaknessCheck | null {
  const [check, setCheck] = useState<WeaknessCheck | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../../../shared/passphrase-strength.ts').then((module) => {
      if (live) setCheck(() => module.passphraseWeakness);
    });
    return () => {
      live = false;
    };
  }, []);
  return check;
}

export interface NewPassphraseFieldsProps {
  passphrase: string;
  confirm: string;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: { passphrase: string | null; confirm: string | null };
  /** Called when the person edits a field that shows an error, so the stale message goes away. */
  onClearError: (field: 'passphrase' | 'confirm') => void;
  label?: string;
  confirmLabel?: string;
  autoFocus?: boolean;
}

/** A new passphrase with its strength hint, and the confirm field. Used by setup, recovery and Settings. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const label = props.label ?? 'Passphrase';
  const check = useWeaknessCheck();
  // The same judgement main makes when the form is sent, shown while typing.
  const weakness = check && [...props.passphrase].length >= MIN_PASSPHRASE ? check(props.passphrase) : null;
  const strength = weakness ?? strengthOf(props.passphrase);
  return (
    <>
      <PasswordField
        label={label}
        name="new-passphrase"
        autoComplete="new-password"
        autoFocus={props.autoFocus}
        value={props.passphrase}
        onChange={(event) => {
          props.onPassphrase(event.target.value);
          if (props.errors.passphrase) props.onClearError('passphrase');
        }}
        error={props.errors.passphrase}
        hint={passphraseHint}
        // The strength line would repeat a length error, so it waits until the error is gone.
        note={props.errors.passphrase ? undefined : strength}
      />
      <PasswordField
        label={props.confirmLabel ?? `Confirm ${label.toLowerCase()}`}
        name="confirm-passphrase"
        autoComplete="new-password"
        value={props.confirm}
        onChange={(event) => {
          props.onConfirm(event.target.value);
          if (props.errors.confirm) props.onClearError('confirm');
        }}
        error={props.errors.confirm}
      />
    </>
  );
}
