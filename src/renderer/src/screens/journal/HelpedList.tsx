import { useId } from 'react';
import { HELPED_LABEL_MAX, type CheckIn } from '../../../../shared/contract/journal.ts';
import { Button, LimitCounter } from '../../components';

type Helped = CheckIn['helped'][number];

export const helpedWords = ['0 – not at all', '1 – a little', '2 – somewhat', '3 – quite a bit', '4 – a lot', '5 – very much'] as const;

export interface HelpedListProps {
  items: Helped[];
  suggestions: string[];
  onChange: (items: Helped[]) => void;
}

/**
 * What helped today and how much (0–5). Free text for now; an item picked from the coping box
 * will carry its copingItemId (the coping helper's seam), which is kept as it is when edited.
 */
export function HelpedList({ items, suggestions, onChange }: HelpedListProps) {
  const id = useId();
  const update = (index: number, change: Partial<Helped>) => onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  return (
    <div className="helped">
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {items.length === 0 ? <p className="muted">Nothing added yet. Even something small counts.</p> : null}
      <ul className="helped__list">
        {items.map((item, index) => (
          <li key={index} className="helped__row">
            <div className="helped__what">
              <label className="field__label" htmlFor={`${id}-label-${index}`}>
                What helped<span className="visually-hidden">, item {index + 1}</span>
              </label>
              <input
                autoComplete="off"
                id={`${id}-label-${index}`}
                className="field__input"
                list={`${id}-list`}
                value={item.label}
                aria-describedby={`${id}-count-${index}`}
                onChange={(event) => update(index, { label: event.target.value, copingItemId: null })}
              />
              <LimitCounter id={`${id}-count-${index}`} length={item.label.trim().length} limit={HELPED_LABEL_MAX} />
            </div>
            <div className="helped__how">
              <label className="field__label" htmlFor={`${id}-rating-${index}`}>
                How much it helped<span className="visually-hidden">, item {index + 1}</span>
              </label>
              <select
                id={`${id}-rating-${index}`}
                className="field__input"
                value={item.rating ?? ''}
                onChange={(event) => update(index, { rating: event.target.value === '' ? null : Number(event.target.value) })}
              >
                <option value="">Not rated</option>
                {helpedWords.map((word, rating) => (
                  <option key={rating} value={rating}>
                    {word}
                  </option>
                ))}
              </select>
            </div>
            <Button variant="quiet" className="helped__remove" onClick={() => onChange(items.filter((_, i) => i !== index))}>
              Remove<span className="visually-hidden"> item {index + 1}</span>
            </Button>
          </li>
        ))}
      </ul>
      <Button onClick={() => onChange([...items, { label: '', rating: null, copingItemId: null }])}>Add something that helped</Button>
    </div>
  );
}
