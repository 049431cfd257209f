import { Button } from '../../components';
import { useWords } from '../../api/AppearanceProvider';
import { LockedAccessSetting } from '../coping/CopingSettings';

/** Whether the person's own box and plan may open while Harbor is locked, in plain words. */
export function LockedStep({ onNext, onSkip }: { onNext: () => void; onSkip: () => void }) {
  const w = useWords();
  return (
    <div>
      <p>
        In a hard moment nobody should have to type a passphrase. Choose whether your own {w('aCopingBox')} and {w('aSafetyPlan')} open
        while locked. Where your computer has a keychain, that copy is sealed by it. Where it has none, the copy is stored
        unencrypted on this computer. Your journal always stays locked.
      </p>
      <LockedAccessSetting />
      <div className="actions">
        <Button variant="primary" onClick={onNext}>
          Continue
        </Button>
        <Button variant="quiet" onClick={onSkip}>
          Skip for now
        </Button>
      </div>
    </div>
  );
}
