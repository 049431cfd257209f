import { useEffect, useId, useState } from 'react';
import { EMOTION_NAME_MAX, TAG_MAX, type JournalPreferences, type ReminderSettings, type TriggerTag } from '../../../../shared/contract/journal.ts';
import { harbor } from '../../api/harbor';
import { Button, LimitCounter, Notice } from '../../components';
import './journal.css';

type Tag = TriggerTag & { uses: number };
const kindLabel: Record<TriggerTag['kind'], string> = { situation: 'Situation', thought: 'Thought', feeling: 'Feeling' };

/** Journal settings: prompts, diary-card extras, the emotion list, trigger tags and the evening reminder. */
export function JournalSettings() {
  const [prefs, setPrefs] = useState<JournalPreferences | null>(null);
  const [tags, setTags] = useState<Tag[]>([]);
  const [reminder, setReminder] = useState<ReminderSettings | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([harbor.journalPreferences({}), harbor.journalTags({}), harbor.journalReminder({})]).then(([p, t, r]) => {
      if (!current) return;
      if (p.ok) setPrefs(p.value);
      if (t.ok) setTags(t.value.triggers);
      if (r.ok) setReminder(r.value);
    });
    return () => {
      current = false;
    };
  }, []);

  const apply = async <T,>(call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, done: (value: T) => void, success?: string) => {
    const result = await call;
    if (!result.ok) return setMessage({ tone: 'warning', text: result.error.message });
    done(result.value);
    setMessage(success ? { tone: 'success', text: success } : null);
  };
  const reloadTags = async () => {
    const result = await harbor.journalTags({});
    if (result.ok) setTags(result.value.triggers);
  };

  // The box ticks at once; the stored value follows, and a failure puts it back with a message.
  const setFlag = async (change: { promptsEnabled?: boolean; dbtExtrasEnabled?: boolean }) => {
    if (!prefs) return;
    const before = prefs;
    setPrefs({ ...before, ...change });
    const result = await harbor.journalSetPreferences(change);
    if (result.ok) return setPrefs(result.value);
    setPrefs(before);
    setMessage({ tone: 'warning', text: result.error.message });
  };

  if (!prefs || !reminder) return <p aria-busy="true">Opening journal settings…</p>;

  return (
    <div className="journal journal-settings">
      {message ? (
        <Notice tone={message.tone} live={message.tone === 'warning' ? 'alert' : 'status'}>
          <p>{message.text}</p>
        </Notice>
      ) : null}

      <h3>Check-in</h3>
      <label className="checkbox checkbox__row">
        <input
          type="checkbox"
          checked={prefs.promptsEnabled}
          onChange={(event) => void setFlag({ promptsEnabled: event.target.checked })}
        />
        Show gentle reflection prompts
      </label>
      <label className="checkbox checkbox__row">
        <input
          type="checkbox"
          checked={prefs.dbtExtrasEnabled}
          onChange={(event) => void setFlag({ dbtExtrasEnabled: event.target.checked })}
        />
        Show diary-card extras (sleep, meals, medication, movement)
      </label>

      <h3>Your emotions</h3>
      <p className="muted">Rename an emotion to use your own word; earlier check-ins follow the new name. Hidden emotions stay in past check-ins.</p>
      <ul className="settings-list">
        {prefs.emotions.map((emotion) => (
          <EmotionRow
            key={emotion.id}
            emotion={emotion}
            onRename={(name) => apply(harbor.journalUpdateEmotion({ id: emotion.id, name }), setPrefs, `Renamed to “${name.trim()}”.`)}
            onToggle={() => void apply(harbor.journalUpdateEmotion({ id: emotion.id, hidden: !emotion.hidden }), setPrefs)}
          />
        ))}
      </ul>
      <AddEmotion onAdd={(name) => apply(harbor.journalAddEmotion({ name }), setPrefs, `Added “${name.trim()}”.`)} />

      <h3>Trigger tags</h3>
      {tags.length === 0 ? (
        <p className="muted">Tags you add in a check-in appear here, so you can rename or combine them.</p>
      ) : (
        <ul className="settings-list">
          {tags.map((tag) => (
            <TagRow
              key={tag.id}
              tag={tag}
              others={tags.filter((t) => t.id !== tag.id)}
              onRename={(name) => apply(harbor.journalRenameTrigger({ id: tag.id, name }), () => void reloadTags(), `Renamed to “${name.trim()}”.`)}
              onMerge={(intoId) => apply(harbor.journalMergeTriggers({ fromId: tag.id, intoId }), () => void reloadTags(), 'Tags merged.')}
            />
          ))}
        </ul>
      )}

      <h3>Evening reminder</h3>
      <ReminderForm
        reminder={reminder}
        onSave={(next) => apply(harbor.journalSetReminder(next), setReminder, next.enabled ? `Reminder set for ${next.time}.` : 'Reminder turned off.')}
      />
    </div>
  );
}

function EmotionRow(props: { emotion: JournalPreferences['emotions'][number]; onRename: (name: string) => Promise<void>; onToggle: () => void }) {
  const id = useId();
  const [name, setName] = useState(props.emotion.name);
  return (
    <li className="settings-row">
      <label className="visually-hidden" htmlFor={id}>
        Name for {props.emotion.name}
      </label>
      <input autoComplete="off" dir="auto" id={id} className="field__input" value={name} aria-describedby={`${id}-count`} onChange={(event) => setName(event.target.value)} />
      <LimitCounter id={`${id}-count`} length={name.trim().length} limit={EMOTION_NAME_MAX} />
      <Button disabled={!name.trim() || name.trim() === props.emotion.name || name.trim().length > EMOTION_NAME_MAX} onClick={() => void props.onRename(name)}>
        Rename<span className="visually-hidden"> {props.emotion.name}</span>
      </Button>
      <Button variant="quiet" onClick={props.onToggle} aria-pressed={props.emotion.hidden}>
        {props.emotion.hidden ? 'Show' : 'Hide'}
        <span className="visually-hidden"> {props.emotion.name}</span>
      </Button>
    </li>
  );
}

function AddEmotion({ onAdd }: { onAdd: (name: string) => Promise<void> }) {
  const id = useId();
  const [name, setName] = useState('');
  return (
    <form
      className="settings-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim() || name.trim().length > EMOTION_NAME_MAX) return;
        void onAdd(name).then(() => setName(''));
      }}
    >
      <label className="field__label" htmlFor={id}>
        Add an emotion
      </label>
      <input autoComplete="off" dir="auto" id={id} className="field__input" value={name} aria-describedby={`${id}-count`} onChange={(event) => setName(event.target.value)} />
      <LimitCounter id={`${id}-count`} length={name.trim().length} limit={EMOTION_NAME_MAX} />
      <Button type="submit">Add emotion</Button>
    </form>
  );
}

function TagRow(props: { tag: Tag; others: Tag[]; onRename: (name: string) => Promise<void>; onMerge: (intoId: number) => Promise<void> }) {
  const id = useId();
  const [name, setName] = useState(props.tag.name);
  const [into, setInto] = useState('');
  return (
    <li className="settings-row settings-row--tag">
      <span className="muted">
        {kindLabel[props.tag.kind]} · used {props.tag.uses} {props.tag.uses === 1 ? 'time' : 'times'}
      </span>
      <label className="visually-hidden" htmlFor={`${id}-name`}>
        New name for {props.tag.name}
      </label>
      <input
        autoComplete="off"
        dir="auto"
        id={`${id}-name`}
        className="field__input"
        value={name}
        aria-describedby={`${id}-count`}
        onChange={(event) => setName(event.target.value)}
      />
      <LimitCounter id={`${id}-count`} length={name.trim().length} limit={TAG_MAX} />
      <Button disabled={!name.trim() || name.trim() === props.tag.name || name.trim().length > TAG_MAX} onClick={() => void props.onRename(name)}>
        Rename<span className="visually-hidden"> {props.tag.name}</span>
      </Button>
      {props.others.length > 0 ? (
        <>
          <label className="visually-hidden" htmlFor={`${id}-into`}>
            Merge {props.tag.name} into
          </label>
          <select id={`${id}-into`} className="field__input" value={into} onChange={(event) => setInto(event.target.value)}>
            <option value="">Merge into…</option>
            {props.others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name} ({kindLabel[other.kind].toLowerCase()})
              </option>
            ))}
          </select>
          <Button disabled={!into} onClick={() => void props.onMerge(Number(into))}>
            Merge<span className="visually-hidden"> {props.tag.name}</span>
          </Button>
        </>
      ) : null}
    </li>
  );
}

function ReminderForm({ reminder, onSave }: { reminder: ReminderSettings; onSave: (next: ReminderSettings) => Promise<void> }) {
  const id = useId();
  const [enabled, setEnabled] = useState(reminder.enabled);
  const [time, setTime] = useState(reminder.time);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void onSave({ enabled, time });
      }}
    >
      <p className="muted">
        A quiet notification that says only “Time for your evening check-in”. Choosing it opens today&apos;s check-in. It works in the desktop app, even
        while locked.
      </p>
      <label className="checkbox checkbox__row">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        Remind me each evening
      </label>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Reminder time
        </label>
        <input autoComplete="off" id={id} type="time" className="field__input reminder__time" value={time} required onChange={(event) => setTime(event.target.value)} />
      </div>
      <Button type="submit">Save reminder</Button>
    </form>
  );
}
