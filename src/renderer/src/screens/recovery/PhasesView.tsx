import { useId, useState, type ReactNode } from 'react';
import { phases, type Phase, type RecoveryOverview } from '../../../../shared/contract/recovery.ts';
import type { WordKey } from '../../../../shared/vocabulary.ts';
import { harbor } from '../../api/harbor';
import { Button, Card, ErrorNotice } from '../../components';
import { useNavigate } from '../../api/navigation';
import { formatDay as longDate } from '../../../../shared/calendar.ts';
import { NoteField } from './NoteField';
import { phaseInfo } from './phases';
import { useWords } from '../../api/AppearanceProvider';

/** The three phases, which one the person feels they are in, and steps Harbor can help with there. */
export function PhasesView({ overview, onChanged }: { overview: RecoveryOverview; onChanged: (next: RecoveryOverview) => void }) {
  const w = useWords();
  const [selected, setSelected] = useState<Phase | null>(overview.current?.phase ?? null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const groupId = useId();

  const save = async () => {
    if (!selected) return setError('Choose the phase that feels closest to where you are now.');
    setBusy(true);
    const result = await harbor.recoverySetPhase({ phase: selected });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setStatus(`Saved: ${phaseInfo[selected].title}.`);
    onChanged(result.value);
  };

  return (
    <>
      <p className="recovery__intro">
        Recovery is more than stopping. It is learning to bear, understand and express strong feelings, with kindness towards
        yourself. Many people move back and forth between these phases, and that is normal.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset className="phase-choice">
          <legend>Which phase feels closest to where you are now?</legend>
          {phases.map((phase) => (
            <div key={phase} className="phase-choice__option">
              <input
                type="radio"
                id={`${groupId}-${phase}`}
                name={`${groupId}-phase`}
                value={phase}
                checked={selected === phase}
                aria-describedby={`${groupId}-${phase}-about`}
                onChange={() => {
                  setSelected(phase);
                  setStatus('');
                }}
              />
              <label htmlFor={`${groupId}-${phase}`}>{phaseInfo[phase].title}</label>
              <p id={`${groupId}-${phase}-about`} className="phase-choice__about">
                {describe(phase, w)}
              </p>
            </div>
          ))}
        </fieldset>
        <ErrorNotice message={error} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
            Save my phase
          </Button>
          <p role="status" className="recovery__status">
            {status}
          </p>
        </div>
      </form>
      {overview.current ? (
        <p className="recovery__since">
          You chose <strong>{phaseInfo[overview.current.phase].title}</strong> on {longDate(overview.current.day)}.
        </p>
      ) : null}

      {selected ? <PhaseSteps phase={selected} overview={overview} /> : <p>Choose a phase to see the steps that can help there.</p>}

      {overview.history.length > 0 ? (
        <Card title="Your phase over time" headingLevel={2}>
          <ol className="phase-history">
            {overview.history.map((change) => (
              <li key={change.chosenAt}>
                {longDate(change.day)}: {phaseInfo[change.phase].title}
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
    </>
  );
}

function PhaseSteps({ phase, overview }: { phase: Phase; overview: RecoveryOverview }) {
  const navigate = useNavigate();
  const w = useWords();
  const { coping, support, topTriggers, notes } = overview;
  return (
    <Card title={`Steps for ${phaseInfo[phase].title.toLowerCase()}`} className="phase-steps">
      {phase === 'awareness' ? (
        <>
          <Step title="Write down why you want to change">
            <NoteField key="why_change" noteKey="why_change" label="Why I want to change" saveLabel="Save your reasons" hint="In your own words. Only you can read this." initial={notes.why_change} />
          </Step>
          <Step title="Name your triggers">
            <p>Triggers are the situations, thoughts and feelings that come before an urge. You can tag them in your evening check-in.</p>
            {topTriggers.length > 0 ? (
              <>
                <p>The ones that come up most in your check-ins:</p>
                <ul className="trigger-list">
                  {topTriggers.map((t) => (
                    <li key={`${t.kind}-${t.name}`}>
                      {t.name} <span className="trigger-list__meta">({t.kind}, in {t.uses === 1 ? '1 check-in' : `${t.uses} check-ins`})</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>When you tag triggers in your check-ins, the ones that come up most will show here.</p>
            )}
            <Button variant="quiet" onClick={() => navigate('journal')}>
              Open the journal
            </Button>
          </Step>
        </>
      ) : null}
      {phase === 'skills' ? (
        <>
          <Step title={`Fill your ${w('aCopingBox')}`}>
            <p>
              {w('yourCopingBox')} has {coping.items === 1 ? '1 thing' : `${coping.items} things`} in it. Add what works
              for you and hide what does not.
            </p>
            <Button variant="quiet" onClick={() => navigate('coping')}>
              Open the {w('aCopingBox')}
            </Button>
          </Step>
          <Step title="Practise delaying the urge">
            <p>
              When an urge comes, start the urge timer in the {w('aCopingBox')} and do something from your box while you wait. Urges often
              pass within 5 to 15 minutes.
            </p>
            {coping.urgesDelayed > 0 ? (
              <p>
                {coping.urgesDelayed === 1
                  ? 'You have waited out an urge with the urge timer once.'
                  : `You have waited out an urge with the urge timer ${coping.urgesDelayed} times.`}
              </p>
            ) : null}
          </Step>
        </>
      ) : null}
      {phase === 'maintenance' ? (
        <>
          <Step title="Build your support network">
            <p>
              {w('yourSafetyPlan')} lists {count(support.people, 'person', 'people')} you can ask for help and{' '}
              {count(support.professionals, 'professional or service', 'professionals or services')}.
            </p>
            <Button variant="quiet" onClick={() => navigate('safety-plan')}>
              Open the {w('aSafetyPlan')}
            </Button>
          </Step>
          <Step title="What you value in yourself">
            <NoteField key="values" noteKey="values" label="What I value in myself" saveLabel="Save what you value" hint="Qualities, things you have done, ways you care for others." initial={notes.values} />
          </Step>
          <Step title="Solve problems one step at a time">
            <NoteField
              key="problem_solving"
              noteKey="problem_solving"
              label="Problem-solving notes"
              saveLabel="Save your problem-solving notes"
              hint="A problem, a few possible steps, and which one you will try first."
              initial={notes.problem_solving}
            />
          </Step>
        </>
      ) : null}
    </Card>
  );
}

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="phase-step">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** The phase's description, opening with its vocabulary sentence where it has one. */
function describe(phase: Phase, w: (key: WordKey) => string): string {
  const { opening, description } = phaseInfo[phase];
  return opening ? `${w(opening)} ${description}` : description;
}
