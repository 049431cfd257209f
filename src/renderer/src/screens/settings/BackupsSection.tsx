import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate, formatFullDateTime } from '../../../../shared/calendar.ts';
import type { BackupSummary, JournalSummary } from '../../../../shared/contract/backup.ts';
import type { MethodOutput } from '../../../../shared/contract/index.ts';
import { harbor } from '../../api/harbor';
import { Button, ConfirmDialog, ErrorNotice, Notice, PasswordField, TextField } from '../../components';
import { RadioGroup } from '../../components';
import { useAppearance, useWords } from '../../api/AppearanceProvider';

type BackupList = MethodOutput<'backupList'>;
export type Message = { tone: 'success' | 'warning'; text: string };

const kindLabels: Record<BackupSummary['kind'], string> = {
  daily: 'Daily backup',
  'before-restore': 'Your journal before a restore',
  manual: 'Made with “Back up now”',
};

/** Automatic backups, "Back up now" to a folder the person chooses, and restore. */
export function BackupsSection() {
  const [list, setList] = useState<BackupList | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const { discreetMode } = useAppearance();

  const reload = useCallback(async () => {
    const result = await harbor.backupList({});
    if (result.ok) setList(result.value);
    else setMessage({ tone: 'warning', text: result.error.message });
  }, []);

  useEffect(() => {
    // The list arrives after the IPC round trip; setState happens in the callback, not in the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);

  if (!list) return <p aria-busy="true">{message?.text ?? 'Looking for your backups…'}</p>;
  return (
    <div className="app-settings backups">
      <p>
        An encrypted backup is made once a day while you use your journal, and the last 7 are kept in their own folder. A backup opens only with the
        passphrase or recovery code you had when it was made.
      </p>
      {message ? (
        <Notice tone={message.tone} live={message.tone === 'warning' ? 'alert' : 'status'}>
          <p>{message.text}</p>
        </Notice>
      ) : null}

      <h3>Back up now</h3>
      <BackUpNow dialogs={list.dialogs} onMessage={setMessage} />

      <h3>Backups kept for you</h3>
      {list.backups.length === 0 ? (
        <p>There is no automatic backup yet. The first one is made a little while after you unlock.</p>
      ) : (
        <ul className="backups__list">
          {list.backups.map((backup) => (
            <li key={backup.path} className="backups__item">
              <span>
                <span className="backups__when">{formatFullDateTime(backup.createdAt)}</span>
                <span className="backups__kind">
                  {kindLabels[backup.kind]} · {formatSize(backup.sizeBytes)}
                </span>
              </span>
              <Button
                aria-label={`Restore the backup from ${formatFullDateTime(backup.createdAt)}`}
                onClick={() => {
                  setMessage(null);
                  setChosen(backup.path);
                }}
              >
                Restore…
              </Button>
            </li>
          ))}
        </ul>
      )}
      {/* The folder's path names the app; in discreet mode it waits until the person asks for it. */}
      {discreetMode ? (
        <details className="field__hint">
          <summary>Where they are kept</summary>
          <span className="backups__folder">{list.folder}</span>
        </details>
      ) : (
        <p className="field__hint">They are kept in {list.folder}.</p>
      )}

      <h3>Restore a backup</h3>
      <ChooseBackupFile
        dialogs={list.dialogs}
        onChosen={(path) => {
          setMessage(null);
          setChosen(path);
        }}
        onMessage={setMessage}
      />
      {chosen ? (
        <RestorePanel
          key={chosen}
          path={chosen}
          onCancel={() => setChosen(null)}
          onRestored={(text) => {
            setChosen(null);
            setMessage({ tone: 'success', text });
            void reload();
          }}
        />
      ) : null}
    </div>
  );
}

function BackUpNow({ dialogs, onMessage }: { dialogs: boolean; onMessage: (message: Message | null) => void }) {
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const backUp = async (target: string) => {
    setBusy(true);
    const result = await harbor.backupNow({ folder: target });
    setBusy(false);
    if (result.ok) onMessage({ tone: 'success', text: `Backed up to ${result.value.path}. It is encrypted like your journal.` });
    else setError(result.error.message);
  };

  if (dialogs) {
    return (
      <div className="actions backups__actions">
        <Button
          busy={busy}
          onClick={async () => {
            onMessage(null);
            setError(null);
            const choice = await harbor.backupChooseFolder({});
            if (!choice.ok) return setError(choice.error.message);
            if (choice.value.path) await backUp(choice.value.path);
          }}
        >
          Choose a folder and back up…
        </Button>
        <ErrorNotice message={error} />
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onMessage(null);
    setError(null);
    await backUp(folder);
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label="Folder for the backup"
        hint="The full path of a folder, for example /home/you/Backups or a USB stick."
        value={folder}
        autoComplete="off"
        spellCheck={false}
        error={error}
        onChange={(event) => setFolder(event.target.value)}
      />
      <Button type="submit" busy={busy}>
        Back up now
      </Button>
    </form>
  );
}

export function ChooseBackupFile({
  dialogs,
  onChosen,
  onMessage,
}: {
  dialogs: boolean;
  onChosen: (path: string) => void;
  onMessage: (message: Message | null) => void;
}) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const w = useWords();
  if (dialogs) {
    return (
      <div className="actions backups__actions">
        <Button
          onClick={async () => {
            onMessage(null);
            const choice = await harbor.backupChooseFile({});
            if (!choice.ok) return onMessage({ tone: 'warning', text: choice.error.message });
            if (choice.value.path) onChosen(choice.value.path);
          }}
        >
          Choose a backup file…
        </Button>
      </div>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!path.trim()) return setError('Enter the full path of the backup file.');
        setError(null);
        onChosen(path.trim());
      }}
    >
      <TextField
        label="Backup file"
        hint={`The full path of a backup made here, for example /home/you/Backups/${w('backupFile')}-2025-03-14-203000.backup.`}
        value={path}
        autoComplete="off"
        spellCheck={false}
        error={error}
        onChange={(event) => setPath(event.target.value)}
      />
      <Button type="submit">Use this backup</Button>
    </form>
  );
}

type Preview = MethodOutput<'backupPreviewRestore'>;

export function RestorePanel({ path, onCancel, onRestored }: { path: string; onCancel: () => void; onRestored: (message: string) => void }) {
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
  const request = { path, secret, secretKind };

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
    if (result.ok) onRestored(result.value.message);
    else {
      setPreview(null);
      setError(result.error.message);
    }
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
        Restore {fileName(path)}
      </h4>
      <p className="backups__path">{path}</p>
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
          <Button variant="quiet" onClick={onCancel}>
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


function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
