import { useState } from 'react';
import { copingKinds, type CopingKind } from '../../../../shared/contract/coping.ts';
import { reflectionKeys, reflectionQuestions, type Reflection, type Relapse } from '../../../../shared/contract/recovery.ts';
import { harbor } from '../../harbor';
import { Button, Notice, TextArea, TextField } from '../../components';
import { kindInfo } from '../coping/kinds';

export interface RelapseReflectionProps {
  relapse: Relapse;
  onChanged: (relapse: Relapse) => void;
  headingLevel?: 2 | 3;
}

/** The optional reflection, and from it one step to add a warning sign or a coping item to the plan. */
export function RelapseReflection({ relapse, onChanged, headingLevel = 2 }: RelapseReflectionProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
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
            value={answers[key]}
            onChange={(event) => setAnswers((a) => ({ ...a, [key]: event.target.value }))}
          />
        ))}
        {error ? (
          <Notice tone="warning" live="alert">
            <p>{error}</p>
          </Notice>
        ) : null}
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
                {change.kind === 'warning_sign' ? 'Warning sign' : 'Coping box'}: {change.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function useAdd(relapse: Relapse, onChanged: (relapse: Relapse) => void) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async (input: { kind: 'warning_sign'; text: string } | { kind: 'coping_item'; text: string; copingKind: CopingKind }) => {
    setBusy(true);
    const result = await harbor.relapseAddToPlan({ id: relapse.id, ...input });
    setBusy(false);
    if (!result.ok) {
      setMessage(null);
      setError(result.error.message);
      return false;
    }
    setError(null);
    setMessage(result.value.message);
    onChanged(result.value.relapse);
    return true;
  };
  return { message, error, busy, add };
}

function AddWarningSign({ relapse, onChanged }: { relapse: Relapse; onChanged: (relapse: Relapse) => void }) {
  const [text, setText] = useState('');
  const { message, error, busy, add } = useAdd(relapse, onChanged);
  return (
    <form
      className="reflection__add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add({ kind: 'warning_sign', text }).then((done) => done && setText(''));
      }}
    >
      <TextField
        label="A warning sign"
        hint="Something you notice before an urge, for example “I stop answering messages”."
        value={text}
        error={error}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="actions">
        <Button type="submit" busy={busy}>
          Add to my safety plan
        </Button>
        <p role="status">{message}</p>
      </div>
    </form>
  );
}

function AddCopingItem({ relapse, onChanged }: { relapse: Relapse; onChanged: (relapse: Relapse) => void }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<CopingKind>('own');
  const { message, error, busy, add } = useAdd(relapse, onChanged);
  return (
    <form
      className="reflection__add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add({ kind: 'coping_item', text, copingKind: kind }).then((done) => done && setText(''));
      }}
    >
      <TextField
        label="Something that could help"
        hint="For your coping box, for example “Hold an ice cube”."
        value={text}
        error={error}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="field">
        <label className="field__label" htmlFor={`coping-kind-${relapse.id}`}>
          Kind
        </label>
        <select
          id={`coping-kind-${relapse.id}`}
          className="field__input"
          value={kind}
          onChange={(event) => setKind(event.target.value as CopingKind)}
        >
          {copingKinds.map((k) => (
            <option key={k} value={k}>
              {kindInfo[k].label}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <Button type="submit" busy={busy}>
          Add to my coping box
        </Button>
        <p role="status">{message}</p>
      </div>
    </form>
  );
}
