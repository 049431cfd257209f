import { useEffect, useState } from 'react';
import type { ChosenBackup } from '../../../../shared/contract/backup.ts';
import { Button, Notice } from '../../components';
import { CenteredPage } from '../../components/CenteredPage';
import { harbor } from '../../api/harbor';
import { ChooseBackupFile, RestorePanel, type Message } from '../settings/RestoreBackup';

/**
 * A new computer, or a fresh start after a lost computer: begin from a backup instead of an
 * empty journal. The backup opens with the passphrase or recovery code it was made with.
 */
export function RestoreStep({ onBack, onRestored }: { onBack: () => void; onRestored: () => void }) {
  // Desktop: the system's file dialog. Browser harness: the page's file picker.
  const [dialogs, setDialogs] = useState<boolean | null>(null);
  const [chosen, setChosen] = useState<{ file: ChosenBackup; turn: number } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    let live = true;
    void harbor.backupChooseFile({ open: false }).then((result) => live && setDialogs(result.ok && result.value.supported));
    return () => {
      live = false;
    };
  }, []);

  return (
    <CenteredPage title="Start from a backup">
      <p>
        If you used Harbor before, you can bring your journal back from a backup file. You will need the passphrase or the recovery code
        you had when the backup was made.
      </p>
      {message ? (
        <Notice tone={message.tone} live="alert">
          <p>{message.text}</p>
        </Notice>
      ) : null}
      {dialogs === null ? null : (
        <ChooseBackupFile
          dialogs={dialogs}
          autoFocus
          onChosen={(file) => setChosen((before) => ({ file, turn: (before?.turn ?? 0) + 1 }))}
          onMessage={setMessage}
        />
      )}
      {chosen ? <RestorePanel key={chosen.turn} file={chosen.file} onCancel={() => setChosen(null)} onRestored={() => onRestored()} /> : null}
      <div className="actions">
        <Button variant="quiet" onClick={onBack}>
          Back
        </Button>
      </div>
    </CenteredPage>
  );
}
