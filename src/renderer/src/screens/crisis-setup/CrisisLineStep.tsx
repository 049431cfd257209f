import { useId, useState } from 'react';
import { checkYourNumber, starterCrisisLines } from '../../../../shared/crisis-lines.ts';
import { CONTACT_NAME_MAX, CONTACT_REACH_MAX } from '../../../../shared/coping-constants.ts';
import { TextField } from '../../components';
import { useWords } from '../../api/AppearanceProvider';
import { addToPlan } from './plan-update';
import type { StepProps } from './step';
import { StepActions } from './StepActions';

const OWN = 'own';

/** A crisis line for hard moments: one from the starter list by country, or the person's own. */
export function CrisisLineStep({ onNext, onSkip, busyLabel }: StepProps) {
  const w = useWords();
  const name = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [service, setService] = useState('');
  const [reach, setReach] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setError(null);
    if (choice === null) return setError('Choose a line, or your own number. You can also skip this for now.');
    const starter = starterCrisisLines.find((l) => l.country === choice);
    const contact = starter
      ? { section: 'professionals' as const, name: starter.service, reach: starter.reach, country: starter.country }
      : { section: 'professionals' as const, name: service.trim(), reach: reach.trim(), country: '' };
    if (!contact.name || !contact.reach) return setError('Add the name of the line and how to reach it, for example “call 116 123”.');
    setBusy(true);
    const problem = await addToPlan({ contact });
    setBusy(false);
    if (problem) return setError(problem);
    onNext();
  };

  return (
    <form noValidate onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}>
      <p>
        A line you can call or text when it gets hard. It is kept in your {w('aSafetyPlan')} and shows first in “Need help now?”.
      </p>
      <fieldset className="choice-list">
        <legend>Where do you live?</legend>
        {starterCrisisLines.map((line) => (
          <label key={line.country} className="choice-list__option">
            <input type="radio" name={name} checked={choice === line.country} onChange={() => setChoice(line.country)} />
            <span>
              <span className="choice-list__title">{line.country}</span>
              <span className="choice-list__hint">
                {line.service}: {line.reach}
              </span>
            </span>
          </label>
        ))}
        <label className="choice-list__option">
          <input type="radio" name={name} checked={choice === OWN} onChange={() => setChoice(OWN)} />
          <span>
            <span className="choice-list__title">Somewhere else, or my own number</span>
          </span>
        </label>
      </fieldset>
      {choice === OWN ? (
        <>
          <TextField label="Name of the line or person" value={service} limit={CONTACT_NAME_MAX} onChange={(e) => setService(e.target.value)} />
          <TextField label="How to reach them" hint="For example: call 116 123, or text 988." value={reach} limit={CONTACT_REACH_MAX} onChange={(e) => setReach(e.target.value)} />
        </>
      ) : null}
      <p className="field__hint">{checkYourNumber}</p>
      <StepActions error={error} busy={busy} busyLabel={busyLabel} onSkip={onSkip} />
    </form>
  );
}
