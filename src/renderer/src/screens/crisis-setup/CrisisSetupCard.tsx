import { useEffect, useState } from 'react';
import type { CrisisSetupStatus } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Button } from '../../components';
import { useNavigate } from '../../api/navigation';
import { remainingSteps } from './CrisisSetupScreen';

/** A quiet card on the journal while first-run steps for a crisis were skipped, until "Not now". */
export function CrisisSetupCard() {
  const navigate = useNavigate();
  const [status, setStatus] = useState<CrisisSetupStatus | null>(null);
  useEffect(() => {
    void harbor.crisisSetupStatus({}).then((result) => result.ok && setStatus(result.value));
  }, []);
  if (!status || status.cardDismissed || remainingSteps(status).length === 0) return null;
  return (
    <aside className="card crisis-setup-card" aria-labelledby="crisis-setup-card-title">
      <h2 id="crisis-setup-card-title">Ready for a hard moment</h2>
      <p>A few first steps are still open: a crisis line, the start of your plan, what opens while locked. Each takes a minute.</p>
      <div className="actions">
        <Button onClick={() => navigate('crisis-setup')}>Continue the first steps</Button>
        <Button
          variant="quiet"
          onClick={() => void harbor.crisisSetupDismissCard({}).then((result) => result.ok && setStatus(result.value))}
        >
          Not now
        </Button>
      </div>
    </aside>
  );
}
