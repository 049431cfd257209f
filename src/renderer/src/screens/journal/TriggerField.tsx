import { useId, useState } from 'react';
import { TAG_MAX, type TriggerKind } from '../../../../shared/contract/journal.ts';
import { Button, LimitCounter } from '../../components';

export interface TriggerFieldProps {
  kind: TriggerKind;
  label: string;
  hint: string;
  tags: { name: string; index: number }[];
  /** The person's own earlier tags of this kind, for autocomplete. */
  suggestions: string[];
  onAdd: (name: string) => void;
  onRemove: (index: number) => void;
}

const kindWord: Record<TriggerKind, string> = { situation: 'situation', thought: 'thought', feeling: 'feeling' };

/** Free-text tags with autocomplete from earlier tags: type, then Enter or Add. */
export function TriggerField({ kind, label, hint, tags, suggestions, onAdd, onRemove }: TriggerFieldProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const add = () => {
    const tidy = text.trim().replace(/\s+/g, ' ');
    if (!tidy) return;
    // Refused whole, never cut: the words stay in the field to shorten.
    if (tidy.length > TAG_MAX) return setRefused(`A tag can hold ${TAG_MAX} characters, and this one has ${tidy.length}. Shorten it, then add it.`);
    setRefused(null);
    onAdd(tidy);
    setText('');
  };
  return (
    <div className="tags">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="tags__entry">
        <input
          autoComplete="off"
          id={id}
          className="field__input"
          list={`${id}-list`}
          value={text}
          aria-describedby={`${id}-hint ${id}-count${refused ? ` ${id}-refused` : ''}`}
          aria-invalid={refused ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setRefused(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <Button onClick={add} aria-label={`Add ${kindWord[kind]}`}>
          Add
        </Button>
      </div>
      <LimitCounter id={`${id}-count`} length={text.trim().length} limit={TAG_MAX} />
      {refused ? (
        <p className="field__error" id={`${id}-refused`} role="alert">
          {refused}
        </p>
      ) : null}
      {tags.length > 0 ? (
        <ul className="chips" aria-label={`${label}: added`}>
          {tags.map((tag) => (
            <li key={tag.index} className="chip">
              <bdi>{tag.name}</bdi>
              <button type="button" className="chip__remove" aria-label={`Remove ${kindWord[kind]}: ${tag.name}`} onClick={() => onRemove(tag.index)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
