import { useState } from 'react';
import { RECOVERY_NOTE_MAX, type RecoveryNoteKey } from '../../../../shared/contract/recovery.ts';
import { harbor } from '../../api/harbor';
import { Button, TextArea } from '../../components';

export interface NoteFieldProps {
  noteKey: RecoveryNoteKey;
  label: string;
  hint?: string;
  /** The save button's words, distinct for each note on the screen. */
  saveLabel: string;
  initial: string;
}

/** A note a phase step asks for, kept in the encrypted journal. */
export function NoteField({ noteKey, label, hint, saveLabel, initial }: NoteFieldProps) {
  const [body, setBody] = useState(initial);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const result = await harbor.recoverySaveNote({ key: noteKey, body });
    setBusy(false);
    if (!result.ok) {
      setStatus('');
      return setError(result.error.message);
    }
    setError(null);
    setStatus('Saved.');
  };
  return (
    <form
      className="note-field"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextArea
        label={label}
        hint={hint}
        rows={4}
        limit={RECOVERY_NOTE_MAX}
        value={body}
        error={error}
        onChange={(event) => {
          setBody(event.target.value);
          setStatus('');
        }}
      />
      <div className="note-field__actions">
        <Button type="submit" busy={busy}>
          {saveLabel}
        </Button>
        <p role="status">{status}</p>
      </div>
    </form>
  );
}
