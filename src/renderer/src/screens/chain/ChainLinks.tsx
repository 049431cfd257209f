import { useState } from 'react';
import { CHAIN_LINE_MAX, CHAIN_MAX_LINKS, chainLinkKindLabels, chainLinkKinds, type ChainLinkKind } from '../../../../shared/contract/chain.ts';
import { Button, TextField } from '../../components';
import { moved, newKey, type ChainDraft, type DraftLink } from './chain-model';

interface ChainLinksProps {
  draft: ChainDraft;
  onChange: (update: (draft: ChainDraft) => ChainDraft) => void;
}

const controlId = (key: number, control: string) => `chain-link-${key}-${control}`;
/**
 * Once the page has redrawn, focus one link's control: after a move, the same move button (or the
 * other one, when the link is now first or last), so the keyboard can keep moving it.
 */
function focusAfterDraw(key: number, control: 'up' | 'down' | 'text'): void {
  requestAnimationFrame(() => {
    const wanted = document.getElementById(controlId(key, control)) as HTMLButtonElement | null;
    const other = control === 'text' ? null : (document.getElementById(controlId(key, control === 'up' ? 'down' : 'up')) as HTMLButtonElement | null);
    (wanted && !wanted.disabled ? wanted : (other ?? wanted))?.focus();
  });
}

const nameOf = (link: DraftLink, index: number) => (link.text.trim() ? `“${link.text.trim()}”` : `link ${index + 1}`);

/**
 * The links between what set it off and what happened, in order: thoughts, feelings, body
 * sensations, things done. Reordered with Move up and Move down (buttons, so the keyboard works),
 * and a removed link can be brought back.
 */
export function ChainLinks({ draft, onChange }: ChainLinksProps) {
  const links = draft.links;
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<{ link: DraftLink; index: number } | null>(null);

  const update = (key: number, patch: Partial<DraftLink>) =>
    onChange((d) => ({ ...d, links: d.links.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));

  const move = (index: number, direction: 'up' | 'down') => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const link = links[index]!;
    onChange((d) => ({ ...d, links: moved(d.links, index, to) }));
    setAnnouncement(`${nameOf(link, index)} is now link ${to + 1} of ${links.length}.`.replace(/^./, (c) => c.toUpperCase()));
    focusAfterDraw(link.key, direction);
  };

  const remove = (index: number) => {
    const link = links[index]!;
    onChange((d) => ({ ...d, links: d.links.filter((l) => l.key !== link.key) }));
    setRemoved({ link, index });
    setAnnouncement('');
    requestAnimationFrame(() => document.getElementById('chain-link-add')?.focus());
  };

  const undo = () => {
    if (!removed) return;
    onChange((d) => {
      const list = [...d.links];
      list.splice(Math.min(removed.index, list.length), 0, removed.link);
      return { ...d, links: list };
    });
    focusAfterDraw(removed.link.key, 'text');
    setRemoved(null);
  };

  const add = () => {
    const key = newKey();
    onChange((d) => ({ ...d, links: [...d.links, { key, kind: 'thought', text: '', repair: '' }] }));
    setRemoved(null);
    focusAfterDraw(key, 'text');
  };

  return (
    <>
      <p className="chain__hint">
        What came next, one link at a time: a thought, a feeling, something in your body, something you did. Add them in the order
        they came; you can move them later.
      </p>
      {links.length === 0 ? <p className="chain__hint">No links yet.</p> : null}
      <ol className="chain__links">
        {links.map((link, index) => (
          <li key={link.key}>
            <fieldset className="chain-link">
              <legend className="chain-link__legend">Link {index + 1}</legend>
              <div className="chain-link__fields">
                <div className="field chain-link__kind">
                  <label className="field__label" htmlFor={controlId(link.key, 'kind')}>
                    Kind
                  </label>
                  <select
                    id={controlId(link.key, 'kind')}
                    className="field__input"
                    value={link.kind}
                    onChange={(event) => update(link.key, { kind: event.target.value as ChainLinkKind })}
                  >
                    {chainLinkKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {chainLinkKindLabels[kind]}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField
                  id={controlId(link.key, 'text')}
                  label="In a few words"
                  limit={CHAIN_LINE_MAX}
                  value={link.text}
                  onChange={(event) => update(link.key, { text: event.target.value })}
                />
              </div>
              <div className="chain-link__controls">
                <Button id={controlId(link.key, 'up')} aria-label={`Move up: ${nameOf(link, index)}`} disabled={index === 0} onClick={() => move(index, 'up')}>
                  Move up
                </Button>
                <Button
                  id={controlId(link.key, 'down')}
                  aria-label={`Move down: ${nameOf(link, index)}`}
                  disabled={index === links.length - 1}
                  onClick={() => move(index, 'down')}
                >
                  Move down
                </Button>
                <Button variant="quiet" aria-label={`Remove: ${nameOf(link, index)}`} onClick={() => remove(index)}>
                  Remove
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <p role="status" className="chain__status">
        {announcement}
      </p>
      {removed ? (
        <p className="chain__removed" role="status">
          {`Removed ${nameOf(removed.link, removed.index)}.`}{' '}
          <Button variant="quiet" onClick={undo}>
            Undo
          </Button>
        </p>
      ) : null}
      {links.length < CHAIN_MAX_LINKS ? (
        <Button id="chain-link-add" onClick={add}>
          Add a link
        </Button>
      ) : (
        <p className="chain__hint">That is as many links as this step holds.</p>
      )}
    </>
  );
}
