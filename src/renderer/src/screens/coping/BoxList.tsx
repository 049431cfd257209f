import { useId, useRef, useState } from 'react';
import type { CopingBoxView, CopingItem } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Button, Notice } from '../../components';
import { ItemForm } from './ItemForm';
import { kindInfo, kindOrder } from './kinds';

export interface BoxListProps {
  box: CopingBoxView;
  onChanged: () => Promise<void>;
}

/** The box by kind. When it can be edited, every change has a button (no drag-only reordering). */
export function BoxList({ box, onChanged }: BoxListProps) {
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const visible = box.items.filter((i) => !i.hidden);
  const hidden = box.items.filter((i) => i.hidden);

  const act = async (call: () => Promise<{ ok: boolean; error?: { message: string } }>, done?: string) => {
    setError(null);
    const result = await call();
    if (!result.ok) {
      setError(result.error?.message ?? 'That did not work. Try again.');
      return;
    }
    setMessage(done ?? null);
    await onChanged();
  };

  return (
    <div className="box">
      {kindOrder.map((kind) => {
        const items = visible.filter((i) => i.kind === kind);
        if (items.length === 0 && kind !== 'own') return null;
        return (
          <section key={kind} className="box__kind" aria-labelledby={`kind-heading-${kind}`}>
            <h3 id={`kind-heading-${kind}`}>{kindInfo[kind].label}</h3>
            <p className="box__kind-description">{kindInfo[kind].description}</p>
            {items.length === 0 ? (
              <p className="box__empty">Nothing here yet. Add something of your own below.</p>
            ) : (
              <ul className="box__items">
                {items.map((item, index) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    canEdit={box.canEdit}
                    first={index === 0}
                    last={index === items.length - 1}
                    onAct={act}
                    onChanged={onChanged}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <p className="visually-hidden" role="status">
        {message ?? ''}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {box.canEdit ? (
        adding ? (
          <ItemForm
            onDone={(saved) => {
              setAdding(false);
              if (saved) void onChanged().then(() => setMessage(`Added ${saved.title} to your box.`));
            }}
          />
        ) : (
          <div className="actions">
            <Button onClick={() => setAdding(true)}>Add your own</Button>
          </div>
        )
      ) : null}
      {box.canEdit && hidden.length > 0 ? (
        <details className="box__hidden">
          <summary>Hidden items ({hidden.length})</summary>
          <ul className="box__items">
            {hidden.map((item) => (
              <li key={item.id} className="box__item">
                <span className="box__title">{item.title}</span>
                <Button
                  variant="quiet"
                  aria-label={`Show again: ${item.title}`}
                  onClick={() => void act(() => harbor.copingItemUpdate({ id: item.id, hidden: false }), `${item.title} is back in your box.`)}
                >
                  Show again
                </Button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {!box.canEdit && box.vault === 'locked' ? (
        <Notice tone="info" live="none">
          <p>You can change your box after you unlock.</p>
        </Notice>
      ) : null}
    </div>
  );
}

function ItemRow({
  item,
  canEdit,
  first,
  last,
  onAct,
  onChanged,
}: {
  item: CopingItem;
  canEdit: boolean;
  first: boolean;
  last: boolean;
  onAct: (call: () => Promise<{ ok: boolean; error?: { message: string } }>, done?: string) => Promise<void>;
  onChanged: () => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const actionsId = useId();
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  // Reordering moves this row in the page; keep keyboard focus on a move button that still works.
  const move = (direction: 'up' | 'down') =>
    void onAct(() => harbor.copingItemMove({ id: item.id, direction }), `${item.title} moved ${direction}.`).then(() =>
      requestAnimationFrame(() => {
        const wanted = direction === 'up' ? upButton.current : downButton.current;
        const other = direction === 'up' ? downButton.current : upButton.current;
        (wanted && !wanted.disabled ? wanted : other)?.focus();
      }),
    );
  if (editing) {
    return (
      <li className="box__item box__item--editing">
        <ItemForm
          item={item}
          onDone={(saved) => {
            setEditing(false);
            if (saved) void onChanged();
          }}
        />
      </li>
    );
  }
  return (
    <li className="box__item">
      <div className="box__main">
        <span className="box__title">{item.title}</span>
        {item.favourite ? <span className="box__favourite">A favourite: picked more often</span> : null}
        {item.note ? <span className="box__note">{item.note}</span> : null}
      </div>
      {canEdit ? (
        <div className="box__controls">
          <button
            type="button"
            className="box__star"
            aria-pressed={item.favourite}
            aria-label={`Favourite: ${item.title}`}
            title={item.favourite ? 'A favourite: picked more often' : 'Make this a favourite'}
            onClick={() => void onAct(() => harbor.copingItemUpdate({ id: item.id, favourite: !item.favourite }))}
          >
            <span aria-hidden="true">{item.favourite ? '★' : '☆'}</span>
          </button>
          <Button
            variant="quiet"
            aria-expanded={open}
            aria-controls={actionsId}
            aria-label={`Change: ${item.title}`}
            onClick={() => setOpen((o) => !o)}
          >
            Change
          </Button>
        </div>
      ) : null}
      {canEdit && open ? (
        <div className="box__actions" id={actionsId}>
          <Button aria-label={`Edit: ${item.title}`} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <button type="button" className="button button--secondary" ref={upButton} aria-label={`Move up: ${item.title}`} disabled={first} onClick={() => move('up')}>
            Move up
          </button>
          <button
            type="button"
            className="button button--secondary"
            ref={downButton}
            aria-label={`Move down: ${item.title}`}
            disabled={last}
            onClick={() => move('down')}
          >
            Move down
          </button>
          <Button
            aria-label={`Hide: ${item.title}`}
            onClick={() =>
              void onAct(
                () => harbor.copingItemUpdate({ id: item.id, hidden: true }),
                `${item.title} is hidden. You can show it again under Hidden items.`,
              )
            }
          >
            Hide
          </Button>
        </div>
      ) : null}
    </li>
  );
}
