import { useEffect, useRef, useState } from 'react';
import { harbor } from '../../api/harbor';
import { Button, Card, CrisisLines, ErrorNotice, Notice, PlanContacts } from '../../components';
import { SafetyPlanDocument } from '../safety-plan/SafetyPlanDocument';
import { useWords } from '../../api/AppearanceProvider';
import { useCopingData } from './useCopingData';
import './lapse-care.css';

/**
 * "I self-harmed" from the coping window, locked or not: care first (medical help if hurt, never
 * any detail), then the person's plan as far as it can be read here, their people and crisis
 * lines, and an offer to note it. While locked the note is sealed, and after unlock the journal
 * asks gently whether to add it; nothing is added on its own.
 */
export function LapseCare({ onBack }: { onBack: () => void }) {
  const w = useWords();
  const { plan, box } = useCopingData();
  const heading = useRef<HTMLHeadingElement>(null);
  // One id for this visit: pressing again, or a retry, never notes it twice.
  const [noteId] = useState(() => crypto.randomUUID());
  const [noted, setNoted] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const locked = box?.vault !== 'unlocked';
  const note = async () => {
    setBusy(true);
    const result = await harbor.copingNoteLapse({ id: noteId });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value.stored === 'not-kept') return setError(result.value.message);
    setError(null);
    setNoted(result.value.message);
  };

  return (
    <section className="lapse-care" aria-labelledby="lapse-care-heading">
      <h2 id="lapse-care-heading" ref={heading} tabIndex={-1}>
        {w('relapseHeading')}
      </h2>
      <p className="lapse-care__lead">
        You reached for help, and that matters. You do not have to sort anything out right now. What matters first is that you are
        safe.
      </p>
      <Notice tone="warning" live="none" title="If you are hurt">
        <p>Please get medical help now. If it is serious, call your local emergency number.</p>
      </Notice>

      <Card title="People you can reach now">
        <PlanContacts plan={plan} />
        <CrisisLines headingLevel={3} title="Crisis lines" plan={plan} />
      </Card>

      <Card title={w('yourSafetyPlan')}>
        {/* The locked copy when the person chose it; otherwise one honest sentence, never an empty plan. */}
        {plan ? <SafetyPlanDocument plan={plan} headingLevel={3} /> : <p>Opening your {w('aSafetyPlan')}…</p>}
      </Card>

      <Card title="When you feel ready">
        {noted ? (
          <Notice tone="success">
            <p>{noted}</p>
          </Notice>
        ) : (
          <>
            <p>
              {locked
                ? 'You can note that this happened. It is kept sealed while locked, and after you unlock you will be asked whether to add it to your journal. '
                : 'You can note that this happened, for today. '}
              It is information for you, not a mark against you, and nothing is reset.
            </p>
            <ErrorNotice message={error} />
            <div className="actions">
              <Button busy={busy} onClick={() => void note()}>
                Note that it happened
              </Button>
            </div>
          </>
        )}
      </Card>

      <p>
        <Button variant="quiet" onClick={onBack}>
          {w('backToCopingBox')}
        </Button>
      </p>
    </section>
  );
}
