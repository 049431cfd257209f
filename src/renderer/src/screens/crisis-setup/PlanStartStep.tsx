import { useState } from 'react';
import { CONTACT_NAME_MAX, CONTACT_REACH_MAX, SAFETY_SECTION_MAX } from '../../../../shared/coping-constants.ts';
import { TextArea, TextField } from '../../components';
import { useWords } from '../../api/AppearanceProvider';
import { sectionInfo } from '../safety-plan/sections';
import { addToPlan } from './plan-update';
import type { StepProps } from './step';
import { StepActions } from './StepActions';

/** The first two parts of the safety plan and one person to contact, in the person's own words. */
export function PlanStartStep({ onNext, onSkip, busyLabel }: StepProps) {
  const w = useWords();
  const [signs, setSigns] = useState('');
  const [alone, setAlone] = useState('');
  const [person, setPerson] = useState('');
  const [reach, setReach] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setError(null);
    if (reach.trim() && !person.trim()) return setError('Add the name of the person, or leave both fields empty.');
    setBusy(true);
    const problem = await addToPlan({
      sections: { warning_signs: signs, alone },
      contact: person.trim() ? { section: 'helpers', name: person.trim(), reach: reach.trim(), country: '' } : undefined,
    });
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
        A few words now, while you feel steady, help most later. Everything here can be changed in your {w('aSafetyPlan')}.
      </p>
      <TextArea label={sectionInfo.warning_signs.title} hint={sectionInfo.warning_signs.hint} rows={3} limit={SAFETY_SECTION_MAX} value={signs} onChange={(e) => setSigns(e.target.value)} />
      <TextArea label={sectionInfo.alone.title} hint={sectionInfo.alone.hint} rows={3} limit={SAFETY_SECTION_MAX} value={alone} onChange={(e) => setAlone(e.target.value)} />
      <fieldset className="plan-editor__contacts">
        <legend>One person you can ask for help</legend>
        <TextField label="Their name" value={person} limit={CONTACT_NAME_MAX} onChange={(e) => setPerson(e.target.value)} />
        <TextField label="How to reach them" hint="For example: call or text 07700 900123." value={reach} limit={CONTACT_REACH_MAX} onChange={(e) => setReach(e.target.value)} />
      </fieldset>
      <StepActions error={error} busy={busy} busyLabel={busyLabel} onSkip={onSkip} />
    </form>
  );
}
