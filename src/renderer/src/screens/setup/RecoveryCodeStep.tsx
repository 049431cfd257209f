import { RecoveryCodeReveal } from '../../components';
import { CenteredPage } from '../../components/CenteredPage';

export function RecoveryCodeStep({ code, onContinue }: { code: string; onContinue: () => void }) {
  return (
    <CenteredPage title="Your recovery code" focusTitle>
      <p>
        If you ever forget your passphrase, this code is the only other way into your journal. Harbor shows it only this
        once.
      </p>
      <p>Write it down on paper or keep it in a password manager. If both the passphrase and this code are lost, your journal cannot be opened.</p>
      <RecoveryCodeReveal code={code} onContinue={onContinue} continueLabel="Continue to Harbor" />
    </CenteredPage>
  );
}
