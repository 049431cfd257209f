import { PasswordField } from '../../components';
import { passphraseHint, strengthOf } from './passphrase';

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
  const strength = strengthOf(props.passphrase);
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
