import { useEffect, useState, type FormEvent } from 'react';
import { TALK_ABOUT_MAX, type TalkAboutItem } from '../../../../shared/contract/summary.ts';
import type { Result } from '../../../../shared/result.ts';
import { harbor } from '../../api/harbor';
import { Button, Checkbox, ErrorNotice, TextField } from '../../components';

/** The person's own list for their next session: add a line, change it, tick it off, or remove it. */
export function TalkAboutList() {
  const [items, setItems] = useState<TalkAboutItem[] | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: number; text: string } | null>(null);

  useEffect(() => {
    void harbor.talkAboutList({}).then((result) => (result.ok ? setItems(result.value.items) : setError(result.error.message)));
  }, []);

  /** Applies a change; on a refusal the words typed stay where they are. */
  const apply = async (call: Promise<Result<{ items: TalkAboutItem[] }>>): Promise<boolean> => {
    const result = await call;
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setError(null);
    setItems(result.value.items);
    return true;
  };

  /** The tick shows at once; if it could not be kept, the list is read again as it is stored. */
  const tick = async (id: number, done: boolean) => {
    setItems((current) => current?.map((i) => (i.id === id ? { ...i, doneAt: done ? Date.now() : null } : i)) ?? null);
    if (!(await apply(harbor.talkAboutUpdate({ id, done })))) {
      const fresh = await harbor.talkAboutList({});
      if (fresh.ok) setItems(fresh.value.items);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await apply(harbor.talkAboutAdd({ text: draft }))) setDraft('');
  };

  const saveEdit = async (event: FormEvent) => {
    event.preventDefault();
    if (editing && (await apply(harbor.talkAboutUpdate({ id: editing.id, text: editing.text })))) setEditing(null);
  };

  return (
    <section aria-labelledby="talk-about-title" className="talk-about">
      <h2 id="talk-about-title">Things to talk about</h2>
      <p className="recovery__intro">Jot down what you want to bring up at your next session. Tick it off once you have talked about it.</p>
      <ErrorNotice message={error} />
      {items === null && !error ? <p aria-busy="true">Opening…</p> : null}
      {items && items.length > 0 ? (
        <ul className="talk-about__list">
          {items.map((item) =>
            editing?.id === item.id ? (
              <li key={item.id}>
                <form className="talk-about__edit" onSubmit={(e) => void saveEdit(e)}>
                  <TextField
                    label="Change the words"
                    value={editing.text}
                    limit={TALK_ABOUT_MAX}
                    autoFocus
                    onChange={(e) => setEditing({ id: item.id, text: e.target.value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') setEditing(null);
                    }}
                  />
                  <Button type="submit" variant="primary">
                    Save
                  </Button>
                  <Button onClick={() => setEditing(null)}>Cancel</Button>
                </form>
              </li>
            ) : (
              <li key={item.id} className="talk-about__item">
                <Checkbox
                  label={<span className={item.doneAt === null ? undefined : 'talk-about__done'}>{item.text}</span>}
                  checked={item.doneAt !== null}
                  onChange={(e) => void tick(item.id, e.target.checked)}
                />
                <Button variant="quiet" aria-label={`Change “${item.text}”`} onClick={() => setEditing({ id: item.id, text: item.text })}>
                  Change
                </Button>
                <Button variant="quiet" aria-label={`Remove “${item.text}”`} onClick={() => void apply(harbor.talkAboutRemove({ id: item.id }))}>
                  Remove
                </Button>
              </li>
            ),
          )}
        </ul>
      ) : null}
      {items && items.length === 0 ? <p className="recovery__status">Nothing on the list yet.</p> : null}
      <form className="talk-about__add" noValidate onSubmit={(e) => void add(e)}>
        <TextField label="Something to talk about" value={draft} limit={TALK_ABOUT_MAX} onChange={(e) => setDraft(e.target.value)} />
        <Button type="submit">Add to the list</Button>
      </form>
    </section>
  );
}
