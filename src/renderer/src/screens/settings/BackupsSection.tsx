import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { BackupSummary, ChosenBackup } from '../../../../shared/contract/backup.ts';
import type { MethodOutput } from '../../../../shared/contract/index.ts';
import { harbor } from '../../api/harbor';
import { Button, ErrorNotice, Notice, TextField } from '../../components';
import { formatFullDateTime } from '../../../../shared/calendar.ts';
import { ChooseBackupFile, formatSize, RestorePanel, type Message } from './RestoreBackup';

type BackupList = MethodOutput<'backupList'>;

const kindLabels: Record<BackupSummary['kind'], string> = {
  daily: 'Daily backup',
  'before-restore': 'Your journal before a restore',
  manual: 'Made with “Back up now”',
};

/** Automatic backups, "Back up now" to a folder the person chooses, and restore. */
export function BackupsSection() {
  const [list, setList] = useState<BackupList | null>(null);
  const [chosen, setChosen] = useState<{ file: ChosenBackup; turn: number } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  /** The backup "Back up now" just made, for "Show in folder". */
  const [made, setMade] = useState<BackupSummary | null>(null);

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

  const choose = (file: ChosenBackup) => {
    setMessage(null);
    setChosen((before) => ({ file, turn: (before?.turn ?? 0) + 1 }));
  };
  const say = (next: Message | null) => {
    setMessage(next);
    setMade(null);
  };

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
          {made && list.showInFolder ? <ShowInFolder backup={made} onMessage={say} /> : null}
        </Notice>
      ) : null}

      <h3>Back up now</h3>
      <BackUpNow
        dialogs={list.dialogs}
        onMade={(backup) => {
          setMessage({ tone: 'success', text: `Backed up as ${backup.fileName}, in the folder you chose. It is encrypted like your journal.` });
          setMade(backup);
        }}
        onMessage={say}
      />

      <h3>Backups kept for you</h3>
      {list.backups.length === 0 ? (
        <p>There is no automatic backup yet. The first one is made a little while after you unlock.</p>
      ) : (
        <ul className="row-list">
          {list.backups.map((backup) => (
            <li key={backup.id} className="row-list__item backups__item">
              <span>
                <span className="backups__when">{formatFullDateTime(backup.createdAt)}</span>
                <span className="backups__kind">
                  {kindLabels[backup.kind]} · {formatSize(backup.sizeBytes)}
                </span>
              </span>
              <span className="actions backups__item-actions">
                {list.showInFolder ? <ShowInFolder backup={backup} onMessage={say} /> : null}
                <Button
                  aria-label={`Restore the backup from ${formatFullDateTime(backup.createdAt)}`}
                  onClick={async () => {
                    say(null);
                    const result = await harbor.backupChooseKept({ id: backup.id });
                    if (result.ok) choose(result.value.file);
                    else say({ tone: 'warning', text: result.error.message });
                  }}
                >
                  Restore…
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {list.showInFolder ? null : <p className="field__hint">They are kept in the “backups” folder inside your journal’s data folder.</p>}

      <h3>Restore a backup</h3>
      <ChooseBackupFile dialogs={list.dialogs} onChosen={choose} onMessage={say} />
      {chosen ? (
        <RestorePanel
          key={chosen.turn}
          file={chosen.file}
          onCancel={() => setChosen(null)}
          onRestored={(text) => {
            setChosen(null);
            say({ tone: 'success', text });
            void reload();
          }}
        />
      ) : null}
    </div>
  );
}

/** The desktop app opens the system's file manager at the backup; main knows where it is, the page does not. */
function ShowInFolder({ backup, onMessage }: { backup: BackupSummary; onMessage: (message: Message | null) => void }) {
  return (
    <Button
      variant="quiet"
      aria-label={`Show the backup from ${formatFullDateTime(backup.createdAt)} in its folder`}
      onClick={async () => {
        const result = await harbor.backupShowInFolder({ id: backup.id });
        if (!result.ok) onMessage({ tone: 'warning', text: result.error.message });
      }}
    >
      Show in folder
    </Button>
  );
}

function BackUpNow({ dialogs, onMade, onMessage }: { dialogs: boolean; onMade: (backup: BackupSummary) => void; onMessage: (message: Message | null) => void }) {
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const backUp = async (typed?: string) => {
    onMessage(null);
    setError(null);
    setBusy(true);
    const result = await harbor.backupNow(typed === undefined ? {} : { folder: typed });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value.made) onMade(result.value.made);
  };

  if (dialogs) {
    return (
      <div className="actions backups__actions">
        <Button busy={busy} onClick={() => void backUp()}>
          Choose a folder and back up…
        </Button>
        <ErrorNotice message={error} />
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
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
