import { useState, type ReactNode } from 'react';
import { COPING_TITLE_MAX, type CopingKind } from '../../../../shared/contract/coping.ts';
import { REFLECTION_MAX, WARNING_SIGN_MAX, reflectionKeys, reflectionQuestions, type Reflection, type Relapse } from '../../../../shared/contract/recovery.ts';
import { harbor } from '../../api/harbor';
import { Button, ErrorNotice, TextArea, TextField } from '../../components';
import { KindField } from '../coping/KindField';
import { useWords } from '../../api/AppearanceProvider';

export interface RelapseReflectionProps {
  relapse: Relapse;
  onChanged: (relapse: Relapse) => void;
  headingLevel?: 2 | 3;
}

/** The optional reflection, and from it one step to add a warning sign or a coping item to the plan. */
export function RelapseReflection({ relapse, onChanged, headingLevel = 2 }: RelapseReflectionProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const w = useWords();
  const [answers, setAnswers] = useState<Reflection>(relapse.reflection);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const result = await harbor.relapseReflect({ id: relapse.id, reflection: answers });
    setBusy(false);
    if (!result.ok) {
      setStatus(null);
      return setError(result.error.message);
    }
    setError(null);
    setStatus('Your reflection is saved.');
    onChanged(result.value);
  };

  return (
    <div className="reflection">
      <p>Answer only what you want to. Short answers are fine, and you can come back to this later.</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {reflectionKeys.map((key) => (
          <TextArea
            key={key}
            label={reflectionQuestions[key]}
            rows={3}
            limit={REFLECTION_MAX}
            value={answers[key]}
            onChange={(event) => setAnswers((a) => ({ ...a, [key]: event.target.value }))}
          />
        ))}
        <ErrorNotice message={error} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
            Save reflection
          </Button>
          <p role="status" className="reflection__status">
            {status}
          </p>
        </div>
      </form>
      <Heading className="reflection__plan-title">Change your plan</Heading>
      <p>If something here could help next time, add it in one step.</p>
      <AddWarningSign relapse={relapse} onChanged={onChanged} />
      <AddCopingItem relapse={relapse} onChanged={onChanged} />
      {relapse.planChanges.length > 0 ? (
        <>
          <p className="reflection__added-title">Added from this reflection:</p>
          <ul className="reflection__added">
            {relapse.planChanges.map((change, index) => (
              <li key={index}>
                {change.kind === 'warning_sign' ? 'Warning sign' : w('copingBox')}: {change.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

type PlanAddition = { kind: 'warning_sign'; text: string } | { kind: 'coping_item'; text: string; copingKind: CopingKind };

interface AddToPlanProps {
  relapse: Relapse;
  onChanged: (relapse: Relapse) => void;
  label: string;
  hint: string;
  submitLabel: string;
  /** The most characters the plan takes for this line. */
  limit: number;
  /** What the typed text adds to the plan. */
  addition: (text: string) => PlanAddition;
  /** More fields, between the text and the button. */
  children?: ReactNode;
}

/** One line of text added to the safety plan or the coping box in one step; the field empties once it is added. */
function AddToPlan({ relapse, onChanged, label, hint, submitLabel, limit, addition, children }: AddToPlanProps) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    const result = await harbor.relapseAddToPlan({ id: relapse.id, ...addition(text) });
    setBusy(false);
    if (!result.ok) {
      setMessage(null);
      setError(result.error.message);
      return;
    }
    setError(null);
    setMessage(result.value.message);
    onChanged(result.value.relapse);
    setText('');
  };
  return (
    <form
      className="reflection__add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <TextField label={label} hint={hint} limit={limit} value={text} error={error} onChange={(event) => setText(event.target.value)} />
      {children}
      <div className="actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        <p role="status">{message}</p>
      </div>
    </form>
  );
}

function AddWarningSign({ relapse, onChanged }: { relapse: Relapse; onChanged: (relapse: Relapse) => void }) {
  const w = useWords();
  return (
    <AddToPlan
      relapse={relapse}
      onChanged={onChanged}
      label="A warning sign"
      hint="Something you notice before an urge, for example “I stop answering messages”."
      submitLabel={`Add to my ${w('aSafetyPlan')}`}
      limit={WARNING_SIGN_MAX}
      addition={(text) => ({ kind: 'warning_sign', text })}
    />
  );
}

function AddCopingItem({ relapse, onChanged }: { relapse: Relapse; onChanged: (relapse: Relapse) => void }) {
  const [kind, setKind] = useState<CopingKind>('own');
  const w = useWords();
  return (
    <AddToPlan
      relapse={relapse}
      onChanged={onChanged}
      label="Something that could help"
      hint={`For your ${w('aCopingBox')}, for example “Hold an ice cube”.`}
      submitLabel={`Add to my ${w('aCopingBox')}`}
      limit={COPING_TITLE_MAX}
      addition={(text) => ({ kind: 'coping_item', text, copingKind: kind })}
    >
      <KindField id={`coping-kind-${relapse.id}`} value={kind} onChange={setKind} />
    </AddToPlan>
  );
}
