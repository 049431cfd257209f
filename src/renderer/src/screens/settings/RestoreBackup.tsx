// Choosing a backup to restore and restoring it. The file reaches main as bytes (the desktop app's
// own dialog, read by main; the page's file picker, uploaded in parts; or one of Harbor's own
// backups by its id), never as a path: the page does not know where any backup is.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_BACKUP_BYTES, type ChosenBackup, type JournalSummary } from '../../../../shared/contract/backup.ts';
import type { MethodOutput } from '../../../../shared/contract/index.ts';
import { formatDate, formatFullDateTime } from '../../../../shared/calendar.ts';
import { useWords } from '../../api/AppearanceProvider';
import { harbor } from '../../api/harbor';
import { sendInParts } from '../../api/send-file';
import { Button, ConfirmDialog, Notice, PasswordField, RadioGroup, TextField } from '../../components';

export type Message = { tone: 'success' | 'warning'; text: string };

/** The system's open dialog in the desktop app; the page's file picker in the browser harness. */
export function ChooseBackupFile({
  dialogs,
  autoFocus = false,
  onChosen,
  onMessage,
}: {
  dialogs: boolean;
  autoFocus?: boolean;
  onChosen: (file: ChosenBackup) => void;
  onMessage: (message: Message | null) => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  if (dialogs) {
    return (
      <div className="actions backups__actions">
        <Button
          variant={autoFocus ? 'primary' : undefined}
          autoFocus={autoFocus}
          busy={busy !== null}
          onClick={async () => {
            onMessage(null);
            setBusy('');
            const choice = await harbor.backupChooseFile({ open: true });
            setBusy(null);
            if (!choice.ok) return onMessage({ tone: 'warning', text: choice.error.message });
            if (choice.value.file) onChosen(choice.value.file);
          }}
        >
          Choose a backup file…
        </Button>
      </div>
    );
  }

  const upload = async (file: File | undefined) => {
    if (!file) return;
    onMessage(null);
    if (file.size === 0 || file.size > MAX_BACKUP_BYTES) {
      if (input.current) input.current.value = '';
      return onMessage({ tone: 'warning', text: `${file.name} could not be read as a backup. Choose the backup file itself (a file ending in .backup).` });
    }
    setBusy(file.name);
    const sent = await sendInParts(file, (part) => harbor.backupAddBytes(part));
    setBusy(null);
    if (input.current) input.current.value = '';
    if (sent.ok) onChosen(sent.value);
    else onMessage({ tone: 'warning', text: sent.error.message });
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor="backup-file">
        Choose a backup file
      </label>
      <p className="field__hint" id="backup-file-hint">
        A file ending in .backup, made by “Back up now” or kept automatically.
      </p>
      <input
        ref={input}
        id="backup-file"
        className="backups__file"
        type="file"
        accept=".backup"
        aria-describedby="backup-file-hint"
        autoFocus={autoFocus}
        disabled={busy !== null}
        onChange={(event) => void upload(event.target.files?.[0])}
      />
      {busy ? <p aria-busy="true">Reading {busy}…</p> : null}
    </div>
  );
}

type Preview = MethodOutput<'backupPreviewRestore'>;

export function RestorePanel({ file, onCancel, onRestored }: { file: ChosenBackup; onCancel: () => void; onRestored: (message: string) => void }) {
  const w = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel opens below the list: take keyboard focus (and the view) there.
  useEffect(() => heading.current?.focus(), []);
  const [secretKind, setSecretKind] = useState<'passphrase' | 'recovery-code'>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const request = { secret, secretKind };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setPreview(null);
    if (!secret) return setError(secretKind === 'passphrase' ? 'Enter the passphrase for this backup.' : 'Enter the recovery code for this backup.');
    setBusy(true);
    const result = await harbor.backupPreviewRestore(request);
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error.message);
  };

  const restore = async () => {
    setBusy(true);
    const result = await harbor.backupRestore(request);
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      setSecret('');
      onRestored(result.value.message);
    } else {
      setPreview(null);
      setError(result.error.message);
    }
  };

  const cancel = () => {
    void harbor.backupForget({});
    onCancel();
  };

  const label = secretKind === 'passphrase' ? 'Passphrase for this backup' : 'Recovery code for this backup';
  const fieldProps = {
    label,
    hint: 'The one you had when the backup was made.',
    value: secret,
    error,
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => {
      setSecret(event.target.value);
      setPreview(null);
    },
  };
  return (
    <section className="backups__restore" aria-labelledby="restore-title">
      <h4 id="restore-title" tabIndex={-1} ref={heading}>
        Restore {file.name}
      </h4>
      <p className="backups__path">{formatSize(file.sizeBytes)}</p>
      <form noValidate onSubmit={(event) => void check(event)}>
        <RadioGroup
          legend="Open it with"
          name="secret-kind"
          value={secretKind}
          options={[
            { value: 'passphrase', label: 'Passphrase' },
            { value: 'recovery-code', label: 'Recovery code' },
          ]}
          onChange={(kind) => {
            setSecretKind(kind);
            setSecret('');
            setError(null);
            setPreview(null);
          }}
        />
        {secretKind === 'passphrase' ? <PasswordField {...fieldProps} /> : <TextField {...fieldProps} spellCheck={false} />}
        <div className="actions">
          <Button type="submit" busy={busy && !preview}>
            {busy && !preview ? 'Checking…' : 'Check this backup'}
          </Button>
          <Button variant="quiet" onClick={cancel}>
            Cancel
          </Button>
        </div>
      </form>
      {preview ? (
        <div className="backups__preview">
          <Notice tone="info" title="What would change">
            <dl className="backups__compare">
              <dt>In the backup (made {formatFullDateTime(preview.backup.createdAt)})</dt>
              <dd>{describeJournal(preview.backup)}</dd>
              <dt>In your journal now</dt>
              <dd>
                {preview.current
                  ? describeJournal(preview.current)
                  : preview.unreadable
                    ? `A journal ${w('appName')} cannot open. It will be moved aside into the backups folder, not deleted.`
                    : 'There is no journal here yet.'}
              </dd>
            </dl>
            <p>
              Restoring replaces everything in your journal with what is in the backup. Your current journal is kept as a backup first,
              so you can go back.
            </p>
          </Notice>
          <Button variant="primary" onClick={() => setConfirming(true)}>
            Replace my journal with this backup
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Replace your journal with this backup?"
        confirmLabel="Replace my journal"
        busy={busy}
        onConfirm={() => void restore()}
        onCancel={() => setConfirming(false)}
      >
        <p>Your current journal is kept as a backup in this list, so you can restore it again later.</p>
      </ConfirmDialog>
    </section>
  );
}

function describeJournal(summary: JournalSummary): string {
  if (summary.entries === 0) return 'No check-ins.';
  const count = summary.entries === 1 ? '1 check-in' : `${summary.entries} check-ins`;
  return summary.newestEntry ? `${count}, the newest from ${formatDate(summary.newestEntry)}.` : `${count}.`;
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
