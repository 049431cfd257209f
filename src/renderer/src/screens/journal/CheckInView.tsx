import { useCallback, useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import {
  MAX_TEXT,
  isEmptyCheckIn,
  moodWords,
  promptKeys,
  reflectionPrompts,
  triggerKinds,
  type CheckIn,
  type DayRecord,
  type Entry,
  type JournalPreferences,
  type PromptKey,
  type TriggerKind,
} from '../../../../shared/contract/journal.ts';
import { harbor } from '../../api/harbor';
import { Button, Card, ConfirmDialog, ErrorNotice, Notice, TextArea } from '../../components';
import { Choice, Scale } from './Scale';
import { UrgesCard } from './UrgesCard';
import { TriggerField } from './TriggerField';
import { HelpedList } from './HelpedList';
import { EmotionsField } from './EmotionsField';
import { checkInOf, emptyCheckIn, forSaving, promptAnswer, withPromptAnswer, withTrigger, withoutTrigger } from './check-in-form';
import { draftStatus, onDraftStatus, queueDraft, settleDraft, unsavedDraft } from './draft-store';
import { statusText, tooLongToSave } from './save-words';
import { dayInWords, dayName, formatDay, formatInstantDate, formatTime, formatWeekday } from '../../../../shared/calendar.ts';
import { forDay } from '../../../../shared/vocabulary.ts';
import { useWords } from '../../api/AppearanceProvider';

export interface CheckInViewProps {
  day: string;
  /** Set when this is today's check-in written after midnight: the evening it counts for. */
  afterMidnight: boolean;
  /** The day today's check-in is for: any other day is named, never called "today". */
  today: string;
}

interface Loaded {
  entry: Entry | null;
  record: DayRecord;
  deleted: { deletedAt: number; restorableUntil: number } | null;
  restoredDraftAt: number | null;
  preferences: JournalPreferences;
  suggestions: { triggers: Record<TriggerKind, string[]>; helped: string[] };
}

const triggerFields: Record<TriggerKind, { label: string; hint: string }> = {
  situation: { label: 'Situations', hint: 'What was happening, where, with whom.' },
  thought: { label: 'Thoughts', hint: 'What went through your mind.' },
  feeling: { label: 'Feelings', hint: 'What you felt before the urge.' },
};

const yesNoOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;
const toYesNo = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no');

/** Today's prompt rotates with the day, so the same evening always shows the same first prompt. */
function firstPromptFor(day: string): PromptKey {
  const n = day.split('-').reduce((sum, part) => sum + Number(part), 0);
  return promptKeys[n % promptKeys.length]!;
}

export function CheckInView({ day, afterMidnight, today }: CheckInViewProps) {
  const when = dayInWords(day, today);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [form, setForm] = useState<CheckIn>(emptyCheckIn);
  const [extraPrompts, setExtraPrompts] = useState<PromptKey[]>([]);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'info' | 'warning'; text: string } | null>(null);
  const [undo, setUndo] = useState<{ restorableUntil: number } | null>(null);
  const [confirm, setConfirm] = useState<'delete' | 'discard' | 'lapse' | null>(null);
  const status = useSyncExternalStore(onDraftStatus, () => draftStatus(day));
  const w = useWords();

  const load = useCallback(async () => {
    const [dayResult, prefsResult, tagsResult] = await Promise.all([
      harbor.journalGetDay({ day }),
      harbor.journalPreferences({}),
      harbor.journalTags({}),
    ]);
    if (!dayResult.ok || !prefsResult.ok || !tagsResult.ok) {
      const failed = [dayResult, prefsResult, tagsResult].find((r) => !r.ok);
      return { error: failed && !failed.ok ? failed.error.message : 'This day could not be opened.' };
    }
    const { entry, record, draft, deleted } = dayResult.value;
    const triggers = { situation: [], thought: [], feeling: [] } as Record<TriggerKind, string[]>;
    for (const tag of tagsResult.value.triggers) triggers[tag.kind].push(tag.name);
    // Newest words win: unsaved ones still in memory, then the stored draft, then the saved check-in.
    const inMemory = unsavedDraft(day);
    const start = inMemory ?? draft?.checkIn ?? (entry ? checkInOf(entry) : emptyCheckIn());
    return {
      form: start,
      loaded: {
        entry,
        record,
        deleted,
        restoredDraftAt: inMemory ? Date.now() : (draft?.savedAt ?? null),
        preferences: prefsResult.value,
        suggestions: { triggers, helped: tagsResult.value.helped },
      },
    };
  }, [day]);

  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      if ('error' in result) return setLoadError(result.error ?? null);
      setForm(result.form);
      setLoaded(result.loaded);
    });
    return () => {
      current = false;
    };
  }, [load]);

  const change = (next: CheckIn) => {
    setForm(next);
    setMessage(null);
    queueDraft(day, forSaving(next));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving || !loaded) return;
    const checkIn = forSaving(form);
    if (isEmptyCheckIn(checkIn) && !loaded.entry) return setMessage({ tone: 'info', text: 'Nothing to save yet. A mood, one rating or a few words is enough.' });
    // The check-in no longer says "yes" on a day with a lapse note: ask what to do with the note.
    if (checkIn.selfHarm !== 'yes' && loaded.record.lapseNotes > 0) return setConfirm('lapse');
    await write(checkIn, 'keep');
  };

  const write = async (checkIn: CheckIn, lapseNotes: 'keep' | 'remove') => {
    setConfirm(null);
    setSaving(true);
    await settleDraft(day);
    const result = await harbor.journalSaveEntry({ day, checkIn, lapseNotes });
    setSaving(false);
    if (!result.ok) {
      // Keep every word: back into the draft store, saved as a draft as soon as possible.
      queueDraft(day, checkIn);
      const kept = result.error.code === 'invalid_input' ? ' Your words are kept whole as a draft until then.' : '';
      setMessage({ tone: 'warning', text: `Your check-in is not saved yet. ${result.error.message}${kept}` });
      return;
    }
    const saved = result.value;
    setForm((current) => ({ ...current, selfHarm: saved.selfHarm }));
    setLoaded((previous) => previous && { ...previous, entry: saved, record: saved.record, deleted: null, restoredDraftAt: null });
    // The status line below the button says "Check-in saved at …": one message, not two.
    setMessage(null);
    setUndo(null);
  };

  const discard = async () => {
    setConfirm(null);
    await settleDraft(day);
    await harbor.journalDiscardDraft({ day });
    setForm(loaded?.entry ? checkInOf(loaded.entry) : emptyCheckIn());
    setLoaded((previous) => previous && { ...previous, restoredDraftAt: null });
    setMessage({ tone: 'info', text: loaded?.entry ? 'Back to your saved check-in.' : 'The unsaved check-in was cleared.' });
  };

  const remove = async () => {
    setConfirm(null);
    await settleDraft(day);
    const result = await harbor.journalDeleteEntry({ day });
    if (!result.ok) return setMessage({ tone: 'warning', text: result.error.message });
    setForm(emptyCheckIn());
    const after = await harbor.journalGetDay({ day });
    setLoaded((previous) => previous && { ...previous, entry: null, record: after.ok ? after.value.record : previous.record, restoredDraftAt: null });
    setUndo({ restorableUntil: result.value.restorableUntil });
    setMessage(null);
  };

  const restore = async () => {
    const result = await harbor.journalRestoreEntry({ day });
    if (!result.ok) return setMessage({ tone: 'warning', text: result.error.message });
    await settleDraft(day);
    setForm(checkInOf(result.value));
    setLoaded((previous) => previous && { ...previous, entry: result.value, record: result.value.record, deleted: null, restoredDraftAt: null });
    setUndo(null);
    setMessage({ tone: 'success', text: 'Your check-in is back.' });
  };

  if (loadError) return <ErrorNotice message={loadError} />;
  if (!loaded) return <p aria-busy="true">Opening {formatDay(day)}…</p>;

  const { preferences, suggestions, entry } = loaded;
  const firstPrompt = firstPromptFor(day);
  const shownPrompts = preferences.promptsEnabled
    ? [...new Set<PromptKey>([firstPrompt, ...extraPrompts, ...form.prompts.map((p) => p.key)])]
    : form.prompts.map((p) => p.key);
  const nextPrompt = promptKeys.find((key) => !shownPrompts.includes(key));
  const showExtras = preferences.dbtExtrasEnabled || Object.values(form.extras).some((v) => v !== null);
  const hasUnsaved = status.state !== 'idle' || loaded.restoredDraftAt !== null;

  return (
    <form className="check-in" onSubmit={save} aria-labelledby="check-in-title" noValidate>
      <h2 id="check-in-title">{formatDay(day)}</h2>
      {afterMidnight ? (
        <p className="check-in__note">
          It&apos;s after midnight, so this counts for {formatWeekday(day)} evening. Check-ins written before 04:00 belong to the evening before.
        </p>
      ) : null}

      {undo ? (
        <Notice tone="info" title="Check-in deleted">
          <p>You can undo this until {formatInstantDate(undo.restorableUntil)} (30 days). After that it is removed for good.</p>
          <Button onClick={() => void restore()}>Undo delete</Button>
        </Notice>
      ) : loaded.deleted && !entry ? (
        <Notice tone="info" live="none" title="You deleted this day's check-in">
          <p>You can bring it back until {formatInstantDate(loaded.deleted.restorableUntil)}. Writing a new one here replaces it.</p>
          <Button onClick={() => void restore()}>Restore the deleted check-in</Button>
        </Notice>
      ) : null}
      {loaded.restoredDraftAt !== null && status.state === 'idle' ? (
        <Notice tone="info" live="none">
          <p>Your unsaved words from {formatTime(loaded.restoredDraftAt)} are back. Save the check-in when you are ready.</p>
        </Notice>
      ) : null}

      <Card title="Mood and feelings" headingLevel={3}>
        <Scale
          legend={forDay('How was your mood today?', when)}
          min={1}
          max={5}
          value={form.mood}
          onChange={(mood) => change({ ...form, mood })}
          labelFor={(n) => `${n} ${moodWords[n as keyof typeof moodWords]}`}
        />
        <EmotionsField form={form} preferences={preferences} when={when} onChange={change} />
      </Card>

      <UrgesCard form={form} record={loaded.record} when={when} onChange={change} />

      <Card title="Triggers" headingLevel={3}>
        <p className="muted">What came before the urges? Add your own words; earlier ones are suggested as you type.</p>
        {triggerKinds.map((kind) => (
          <TriggerField
            key={kind}
            kind={kind}
            label={triggerFields[kind].label}
            hint={triggerFields[kind].hint}
            tags={form.triggers.map((t, index) => ({ ...t, index })).filter((t) => t.kind === kind)}
            suggestions={suggestions.triggers[kind]}
            onAdd={(name) => change(withTrigger(form, name, kind))}
            onRemove={(index) => change(withoutTrigger(form, index))}
          />
        ))}
      </Card>

      <Card title="What helped" headingLevel={3}>
        <HelpedList items={form.helped} suggestions={suggestions.helped} onChange={(helped) => change({ ...form, helped })} />
      </Card>

      <Card title="Reflection" headingLevel={3}>
        {shownPrompts.map((key) => (
          <TextArea
            key={key}
            label={forDay(reflectionPrompts[key], when)}
            rows={3}
            limit={MAX_TEXT}
            overLimit={tooLongToSave}
            value={promptAnswer(form, key)}
            onChange={(event) => change(withPromptAnswer(form, key, event.target.value))}
          />
        ))}
        {preferences.promptsEnabled && nextPrompt ? (
          <Button variant="quiet" onClick={() => setExtraPrompts([...extraPrompts, nextPrompt])}>
            Show another prompt
          </Button>
        ) : null}
        <TextArea
          label={`Anything else about ${day === today ? 'today' : dayName(day, today)}`}
          hint="Only you can read this. Prompts can be turned off in Settings."
          rows={8}
          limit={MAX_TEXT}
          overLimit={tooLongToSave}
          value={form.reflection}
          onChange={(event) => change({ ...form, reflection: event.target.value })}
        />
      </Card>

      {showExtras ? (
        <Card title="Diary card" headingLevel={3}>
          <div className="field">
            <label className="field__label" htmlFor="sleep-hours">
              Hours slept
            </label>
            <input
              autoComplete="off"
              id="sleep-hours"
              className="field__input extras__hours"
              type="number"
              inputMode="decimal"
              min={0}
              max={24}
              step={0.5}
              value={form.extras.sleepHours ?? ''}
              onChange={(event) => {
                const hours = event.target.value === '' ? null : Math.round(Number(event.target.value) * 2) / 2;
                if (hours === null || (hours >= 0 && hours <= 24)) change({ ...form, extras: { ...form.extras, sleepHours: hours } });
              }}
            />
          </div>
          {(
            [
              ['ateRegularly', 'Did you eat regularly?'],
              ['medicationTaken', 'Did you take your medication?'],
              ['exercised', 'Did you move or exercise?'],
            ] as const
          ).map(([key, legend]) => (
            <Choice
              key={key}
              legend={legend}
              options={yesNoOptions}
              value={toYesNo(form.extras[key])}
              onChange={(answer) => change({ ...form, extras: { ...form.extras, [key]: answer === 'yes' } })}
            />
          ))}
        </Card>
      ) : null}

      <div className="check-in__actions">
        <Button type="submit" variant="primary" busy={saving}>
          Save check-in
        </Button>
        {hasUnsaved ? (
          <Button variant="quiet" onClick={() => setConfirm('discard')}>
            {entry ? 'Discard changes' : 'Clear this check-in'}
          </Button>
        ) : null}
        {entry ? (
          <Button variant="quiet" onClick={() => setConfirm('delete')}>
            Delete this check-in
          </Button>
        ) : null}
        <p className="check-in__status" role="status">
          {statusText(status, entry)}
        </p>
      </div>
      {message ? (
        <Notice tone={message.tone} live={message.tone === 'warning' ? 'alert' : 'status'}>
          <p>{message.text}</p>
        </Notice>
      ) : null}

      <ConfirmDialog
        open={confirm === 'delete'}
        title="Delete this check-in?"
        confirmLabel="Delete check-in"
        cancelLabel="Keep it"
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(null)}
      >
        <p>It leaves your history and search now. You can undo this for 30 days; after that it is removed for good.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'lapse'}
        title={w('lapseRemoveTitle')}
        confirmLabel="Remove the note"
        cancelLabel="Keep the note"
        onConfirm={() => void write(forSaving(form), 'remove')}
        onCancel={() => void write(forSaving(form), 'keep')}
      >
        <p>{w('lapseRemoveBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'discard'}
        title={entry ? 'Discard your unsaved changes?' : 'Clear this check-in?'}
        confirmLabel={entry ? 'Discard changes' : 'Clear it'}
        cancelLabel="Keep writing"
        onConfirm={() => void discard()}
        onCancel={() => setConfirm(null)}
      >
        <p>{entry ? 'Your saved check-in stays as it was; the words written since then are removed.' : 'The words written here so far are removed. This cannot be undone.'}</p>
      </ConfirmDialog>
    </form>
  );
}
