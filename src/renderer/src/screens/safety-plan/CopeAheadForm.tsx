// Making or changing a plan for a hard day, in a modal dialog (native <dialog>: focus stays
// inside, Escape closes it). Skills can be picked from the person's own coping box and people
// from their plan; anything else is typed, one per line. Nothing typed is dropped on an error.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { COPE_AHEAD_NAME_MAX, COPE_AHEAD_TEXT_MAX, type CopeAheadPlan } from '../../../../shared/contract/cope-ahead.ts';
import type { Contact, CopingItem } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Button, Checkbox, TextArea, TextField } from '../../components';

export interface CopeAheadFormProps {
  /** Changing this plan; making a new one when null. */
  plan: CopeAheadPlan | null;
  today: string;
  items: CopingItem[];
  contacts: Contact[];
  onDone: (saved: CopeAheadPlan | null) => void;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export function CopeAheadForm({ plan, today, items, contacts, onDone }: CopeAheadFormProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const boxItems = items.filter((i) => !i.hidden && i.id > 0);
  const people = [...new Set(contacts.filter((c) => c.section !== 'professionals').map((c) => c.name))];
  const picked = new Set(plan?.skills.filter((s) => s.itemId !== null).map((s) => s.itemId));
  const [day, setDay] = useState(plan?.day ?? today);
  const [name, setName] = useState(plan?.name ?? '');
  const [mightHappen, setMightHappen] = useState(plan?.mightHappen ?? '');
  const [skillIds, setSkillIds] = useState<number[]>(boxItems.filter((i) => picked.has(i.id)).map((i) => i.id));
  const [otherSkills, setOtherSkills] = useState(
    plan?.skills.filter((s) => s.itemId === null || !boxItems.some((i) => i.id === s.itemId)).map((s) => s.title).join('\n') ?? '',
  );
  const [chosenPeople, setChosenPeople] = useState<string[]>(plan?.people.filter((p) => people.includes(p)) ?? []);
  const [otherPeople, setOtherPeople] = useState(plan?.people.filter((p) => !people.includes(p)).join('\n') ?? '');
  const [note, setNote] = useState(plan?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    // showModal() focuses the first control (the date); the name is where a person starts.
    nameField.current?.focus();
  }, []);

  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!name.trim()) {
      setError('Give the day a short name, for example "The exam".');
      nameField.current?.focus();
      return;
    }
    setBusy(true);
    const skills = [
      ...boxItems.filter((i) => skillIds.includes(i.id)).map((i) => ({ title: i.title, itemId: i.id })),
      ...lines(otherSkills).map((title) => ({ title, itemId: null })),
    ];
    const result = await harbor.copeAheadSave({
      id: plan?.id ?? null,
      day,
      name,
      mightHappen,
      skills,
      people: [...chosenPeople, ...lines(otherPeople)],
      note,
    });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else onDone(result.value);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog cope-ahead-form"
      aria-labelledby="cope-ahead-form-title"
      onCancel={(event) => {
        event.preventDefault();
        onDone(null);
      }}
    >
      <h2 id="cope-ahead-form-title">{plan ? `Change your plan for ${plan.name}` : 'Plan ahead for a hard day'}</h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField label="The day" type="date" min={today} value={day} onChange={(e) => setDay(e.target.value)} required />
        <TextField
          label="A short name for it"
          hint="For example an anniversary, an exam, a hospital appointment."
          maxLength={COPE_AHEAD_NAME_MAX}
          value={name}
          onChange={(e) => setName(e.target.value)}
          ref={nameField}
        />
        <TextArea label="What might happen (optional)" rows={3} maxLength={COPE_AHEAD_TEXT_MAX} value={mightHappen} onChange={(e) => setMightHappen(e.target.value)} />
        <fieldset className="cope-ahead-form__choices">
          <legend>Skills you will use</legend>
          {boxItems.map((item) => (
            <Checkbox key={item.id} label={item.title} checked={skillIds.includes(item.id)} onChange={(e) => setSkillIds((ids) => toggle(ids, item.id, e.target.checked))} />
          ))}
          <TextArea label="Other skills, one on each line (optional)" rows={2} value={otherSkills} onChange={(e) => setOtherSkills(e.target.value)} />
        </fieldset>
        <fieldset className="cope-ahead-form__choices">
          <legend>People you will tell</legend>
          {people.map((person) => (
            <Checkbox key={person} label={person} checked={chosenPeople.includes(person)} onChange={(e) => setChosenPeople((list) => toggle(list, person, e.target.checked))} />
          ))}
          <TextArea label="Other people, one on each line (optional)" rows={2} value={otherPeople} onChange={(e) => setOtherPeople(e.target.value)} />
        </fieldset>
        <TextArea label="A note to yourself (optional)" rows={3} maxLength={COPE_AHEAD_TEXT_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
            Save the plan
          </Button>
          <Button onClick={() => onDone(null)}>Cancel</Button>
        </div>
      </form>
    </dialog>
  );
}
