import { useState } from 'react';
import type { HarborErrorValue } from '../../../shared/result.ts';
import { Button, CrisisHelp, Notice } from '../components';
import { CenteredPage } from '../components/CenteredPage';
import { RestoreStep } from '../screens/setup/RestoreStep';

/** What a person can do next, by error code. The error's own message names the file or folder. */
const nextSteps: Partial<Record<HarborErrorValue['code'], string>> = {
  key_file_damaged:
    'Your journal itself has not been changed. Once the key file is back in place, choose Try again. Or start again from a backup: the files that cannot be opened are moved aside, not deleted.',
  database_damaged:
    'Harbor has not changed anything. Once the journal file is back in place, choose Try again. Or start again from a backup: the files that cannot be opened are moved aside, not deleted.',
  database_too_new:
    'This journal was last opened by a newer version of Harbor. Install that version or a later one to open it. Nothing here was changed.',
  read_only: 'Check that you can write to Harbor’s folder, then try again.',
  unavailable: 'Start Harbor again. What you wrote before is saved.',
};

export interface FatalErrorScreenProps {
  error: HarborErrorValue;
  onRetry: () => void;
}

/** A calm full-screen message for errors the person cannot fix by typing again. Never a blank page. */
export function FatalErrorScreen({ error, onRetry }: FatalErrorScreenProps) {
  const [restoring, setRestoring] = useState(false);
  const restorable = error.code === 'key_file_damaged' || error.code === 'database_damaged';
  if (restoring) return <RestoreStep onBack={() => setRestoring(false)} onRestored={onRetry} />;
  return (
    <CenteredPage title="Harbor cannot open your journal" focusTitle>
      <Notice tone="warning" live="alert">
        <p>{error.message}</p>
      </Notice>
      <p>{nextSteps[error.code] ?? 'Close Harbor and open it again. What you wrote before is stored safely on this computer.'}</p>
      <div className="actions">
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
        {restorable ? (
          <Button variant="quiet" onClick={() => setRestoring(true)}>
            Start from a backup
          </Button>
        ) : null}
      </div>
      <div className="page-footer">
        <CrisisHelp />
      </div>
    </CenteredPage>
  );
}
