import { useState } from 'react';
import { Button, Notice } from '../../components';
import { CenteredPage } from '../../components/CenteredPage';
import { harbor } from '../../api/harbor';
import { ChooseBackupFile, RestorePanel, type Message } from '../settings/BackupsSection';

/**
 * A new computer, or a fresh start after a lost computer: begin from a backup instead of an
 * empty journal. The backup opens with the passphrase or recovery code it was made with.
 */
export function RestoreStep({ onBack, onRestored }: { onBack: () => void; onRestored: () => void }) {
  // Desktop: the system's file dialog. Browser harness: the person types the path.
  const [dialogs, setDialogs] = useState<boolean | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const chooseWithDialog = async () => {
    setMessage(null);
    const choice = await harbor.backupChooseFile({});
    if (!choice.ok) return setMessage({ tone: 'warning', text: choice.error.message });
    setDialogs(choice.value.supported);
    if (choice.value.path) setChosen(choice.value.path);
  };

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
      {dialogs === false ? (
        <ChooseBackupFile dialogs={false} onChosen={setChosen} onMessage={setMessage} />
      ) : (
        <div className="actions">
          <Button variant="primary" onClick={() => void chooseWithDialog()} autoFocus>
            Choose a backup file…
          </Button>
        </div>
      )}
      {chosen ? (
        <RestorePanel key={chosen} path={chosen} onCancel={() => setChosen(null)} onRestored={() => onRestored()} />
      ) : null}
      <div className="actions">
        <Button variant="quiet" onClick={onBack}>
          Back
        </Button>
      </div>
    </CenteredPage>
  );
}
