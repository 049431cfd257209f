import { useEffect, useState } from 'react';
import type { SafetyPlanView } from '../../../../shared/contract/coping.ts';
import type { Relapse } from '../../../../shared/contract/recovery.ts';
import { harbor } from '../../api/harbor';
import { Button, Card, CrisisLines, ErrorNotice, Notice, PlanContacts, TextField } from '../../components';
import { useNavigate } from '../../api/navigation';
import { useWords } from '../../api/AppearanceProvider';
import { RelapseReflection } from './RelapseReflection';
import { relapseOrigin } from './origin';
import { formatDay as longDate } from '../../../../shared/calendar.ts';
import { openChainAnalysis } from '../chain/chain-target';
import './relapse.css';

/**
 * After self-harm: kind words first, then the people and lines from the safety plan, and plainly
 * "get medical help if you are hurt". Noting it and reflecting are optional and come after.
 */
export function RelapseScreen() {
  const navigate = useNavigate();
  const w = useWords();
  const origin = relapseOrigin(w);
  const [plan, setPlan] = useState<SafetyPlanView | null>(null);
  const [today, setToday] = useState<string | null>(null);
  const [day, setDay] = useState('');
  const [relapse, setRelapse] = useState<Relapse | null>(null);
  const [reflecting, setReflecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void harbor.safetyPlanGet({}).then((result) => {
      if (result.ok) setPlan(result.value);
    });
    void harbor.journalToday({}).then((result) => {
      if (!result.ok) return;
      setToday(result.value.calendarDay);
      // The journal's day: before 04:00 it is still the evening before, as in today's check-in.
      setDay(result.value.day);
    });
  }, []);

  const note = async () => {
    setBusy(true);
    const result = await harbor.relapseRecord({ day });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setRelapse(result.value);
  };

  return (
    <section aria-labelledby="screen-title" className="screen relapse">
      <h1 id="screen-title">{w('relapseHeading')}</h1>
      <p className="relapse__lead">
        It does not undo what you have learned, and you do not have to sort anything out right now. What matters first is that you
        are safe.
      </p>
      <Notice tone="warning" live="none" title="If you are hurt">
        <p>Please get medical help now. If it is serious, call your local emergency number.</p>
      </Notice>

      <Card title="People you can reach now">
        <PlanContacts
          plan={plan}
          empty={<p>{w('yourSafetyPlan')} has no people in it yet. When you feel steadier, you can add someone you trust.</p>}
        />
        <CrisisLines headingLevel={3} title="Crisis lines" plan={plan} />
        <Button variant="quiet" onClick={() => navigate('safety-plan')}>
          {w('openYourSafetyPlan')}
        </Button>
      </Card>

      <Card title="When you feel ready">
        {!relapse ? (
          <>
            <p>
              You can note that this happened. It is information for you and your therapist, not a mark against you, and nothing
              is reset.
            </p>
            <ErrorNotice message={error} />
            <TextField label="Day it happened" type="date" value={day} max={today ?? undefined} onChange={(e) => setDay(e.target.value)} />
            <div className="actions">
              <Button variant="primary" busy={busy} disabled={!day} onClick={() => void note()}>
                Note that it happened
              </Button>
            </div>
          </>
        ) : !reflecting ? (
          <>
            <Notice tone="success">
              <p>Noted for {longDate(relapse.day)}. Thank you for being honest with yourself.</p>
            </Notice>
            <p>
              Later, when you are ready, you can look at what led up to it, step by step, or reflect in a few questions. There is
              no hurry: you can also do this from {w('recovery')}.
            </p>
            <div className="actions">
              <Button onClick={() => openChainAnalysis(navigate, relapse.id, origin.screen)}>{w('chainTitle')}</Button>
              <Button onClick={() => setReflecting(true)}>Reflect now</Button>
              <Button variant="quiet" onClick={() => navigate(origin.screen)}>
                Not now
              </Button>
            </div>
          </>
        ) : (
          <RelapseReflection relapse={relapse} onChanged={setRelapse} />
        )}
      </Card>

      <p>
        <Button variant="quiet" onClick={() => navigate(origin.screen)}>
          {origin.backLabel}
        </Button>
      </p>
    </section>
  );
}
