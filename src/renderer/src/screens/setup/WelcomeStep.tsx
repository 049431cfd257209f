import { Button, CrisisHelp } from '../../components';
import { CenteredPage } from '../../components/CenteredPage';

export function WelcomeStep({ onNext, onRestore }: { onNext: () => void; onRestore: () => void }) {
  return (
    <CenteredPage title="Welcome to Harbor">
      <p>
        Harbor is a private journal for your recovery. You can note how your evenings feel, keep a coping box for hard
        moments, and look back at what sets urges off and what helps.
      </p>
      <p>
        Everything stays on this computer, locked with a passphrase only you know. Harbor never connects to the internet.
      </p>
      <p>Harbor does not replace professional care. It can sit beside the support you have, or help you find some.</p>
      <div className="actions">
        <Button variant="primary" onClick={onNext} autoFocus>
          Choose a passphrase
        </Button>
        <Button variant="quiet" onClick={onRestore}>
          Start from a backup
        </Button>
      </div>
      <div className="page-footer">
        <CrisisHelp />
      </div>
    </CenteredPage>
  );
}
