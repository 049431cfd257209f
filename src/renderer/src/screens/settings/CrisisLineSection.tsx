import type { SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { Button, ContactList } from '../../components';
import { planContacts, useHelpPlan } from '../../components/use-help-plan';
import { useWords } from '../../api/AppearanceProvider';
import { useNavigate } from '../../api/navigation';

/**
 * The crisis line lives in the safety plan ("Professionals and services"): one place to edit it,
 * encrypted with the plan. Settings only points there.
 */
export function CrisisLineSection() {
  const plan: SafetyPlanView | null = useHelpPlan();
  const navigate = useNavigate();
  const w = useWords();
  const lines = planContacts(plan, 'professionals');
  return (
    <div className="app-settings">
      <p>
        Your crisis line is part of your {w('aSafetyPlan')}, under “Professionals and services”. It is kept encrypted with your plan and
        shows first in “Need help now?”, on the lock screen too when your plan opens while locked.
      </p>
      {lines.length > 0 ? <ContactList contacts={lines} /> : plan ? <p>There is no crisis line in your plan yet.</p> : null}
      <div className="actions">
        <Button onClick={() => navigate('safety-plan')}>{w('openYourSafetyPlan')}</Button>
        <Button variant="quiet" onClick={() => navigate('crisis-setup')}>
          Go through the first steps again
        </Button>
      </div>
    </div>
  );
}
