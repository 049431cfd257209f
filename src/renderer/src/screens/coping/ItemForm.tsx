import { useState, type FormEvent } from 'react';
import { COPING_NOTE_MAX, COPING_TITLE_MAX, type CopingKind } from '../../../../shared/coping-constants.ts';
import type { CopingItem } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Button, TextArea, TextField } from '../../components';
import { KindField } from './KindField';

export interface ItemFormProps {
  /** Editing this item; adding a new one when absent. */
  item?: CopingItem;
  defaultKind?: CopingKind;
  onDone: (saved: CopingItem | null) => void;
}

export function ItemForm({ item, defaultKind = 'own', onDone }: ItemFormProps) {
  const [kind, setKind] = useState<CopingKind>(item?.kind ?? defaultKind);
  const [title, setTitle] = useState(item?.title ?? '');
  const [note, setNote] = useState(item?.note ?? '');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setTitleError(null);
    setFormError(null);
    if (!title.trim()) {
      setTitleError('Give it a short title, for example "Hold an ice cube".');
      form.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
      return;
    }
    setBusy(true);
    const result = item
      ? await harbor.copingItemUpdate({ id: item.id, kind, title, note })
      : await harbor.copingItemAdd({ kind, title, note });
    setBusy(false);
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    onDone(result.value);
  };

  const label = item ? `Edit ${item.title}` : 'Add your own';
  return (
    <form className="item-form" noValidate aria-label={label} onSubmit={(event) => void submit(event)}>
      <KindField id={`kind-${item?.id ?? 'new'}`} value={kind} onChange={setKind} />
      <TextField
        label="Title"
        name="title"
        limit={COPING_TITLE_MAX}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={titleError}
        autoFocus
      />
      <TextArea
        label="Your note (optional)"
        hint="Where it is, which one, what to remember."
        name="note"
        rows={3}
        limit={COPING_NOTE_MAX}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {formError ? (
        <p className="field__error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {item ? 'Save changes' : 'Add to your box'}
        </Button>
        <Button onClick={() => onDone(null)}>Cancel</Button>
      </div>
    </form>
  );
}
