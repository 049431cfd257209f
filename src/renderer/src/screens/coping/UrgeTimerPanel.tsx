import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CopingItem, CopingUse } from '../../../../shared/contract/coping.ts';
import {
  EXTEND_MINUTES,
  TIMER_CHOICES_MINUTES,
  type UrgeTimer,
  describeRemaining,
  formatRemaining,
  remainingMs,
  type TimerState,
} from '../../../../shared/urge-timer.ts';
import { harbor } from '../../harbor';
import { Button, Checkbox, Notice, TextArea } from '../../components';
import { BreathingGuide } from './BreathingGuide';
import { UrgeScale } from './UrgeScale';
import { timerSession, useTimerState, type SaveMessage } from './timer-session';

/**
 * The urge timer: rate, wait it out with a calm countdown and breathing, rate again.
 * `showResult` false (Harbor locked): the end of a round says nothing of its urge numbers.
 */
export function UrgeTimerPanel({ showResult = true }: { showResult?: boolean }) {
  const session = timerSession();
  const timer = session.timer;
  const state = useTimerState();
  const { saveMessage, items: sessionItems } = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.view,
  );

  const save = async (s: TimerState, extra: { items: CopingUse['items']; note: string }) => {
    if (!session.useId || s.startedAt === null || s.urgeBefore === null) return;
    const result = await harbor.copingUseSave({
      id: session.useId,
      startedAt: s.startedAt,
      endedAt: s.phase === 'done' ? (s.endedAt ?? s.now) : null,
      minutesPlanned: s.minutesPlanned,
      urgeBefore: s.urgeBefore,
      urgeAfter: s.phase === 'done' ? s.urgeAfter : null,
      outcome: s.phase === 'done' ? s.outcome : null,
      items: extra.items,
      note: extra.note,
    });
    session.setSaveMessage(
      result.ok
        ? { text: result.value.message, pending: result.value.stored !== 'journal' }
        : { text: `This was not saved: ${result.error.message}`, pending: true },
    );
  };

  const start = (minutes: number, urge: number) => {
    session.start(minutes, urge);
    void save(timer.state, { items: [], note: '' });
  };

  switch (state.phase) {
    case 'idle':
      return <TimerSetup onStart={start} />;
    case 'running':
    case 'check-in':
      return <TimerRunning state={state} timer={timer} saveMessage={saveMessage} />;
    case 'ended':
      return (
        <TimerEnded
          state={state}
          sessionItems={sessionItems}
          onExtend={() => timer.extend(EXTEND_MINUTES)}
          onFinish={(urge, items, note) => {
            timer.rateAfter(urge);
            void save(timer.state, { items: items.map((i) => ({ id: i.id, starterKey: i.starterKey })), note });
          }}
        />
      );
    case 'done':
      return (
        <div className="timer">
          <h3 className="timer__heading">You gave yourself time</h3>
          {showResult ? (
            <p>
              Your urge went from {state.urgeBefore} to {state.urgeAfter}. Whatever the numbers say, staying with it counts.
            </p>
          ) : (
            <p>Staying with it counts.</p>
          )}
          {saveMessage ? (
            <Notice tone={saveMessage.pending ? 'info' : 'success'}>
              <p>{saveMessage.text}</p>
            </Notice>
          ) : null}
          <div className="actions">
            <Button onClick={() => session.reset()}>Start another timer</Button>
          </div>
        </div>
      );
  }
}

function TimerSetup({ onStart }: { onStart: (minutes: number, urge: number) => void }) {
  const [minutes, setMinutes] = useState<number>(10);
  const [urge, setUrge] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="timer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (urge === null) {
          setError('Choose a number from 0 to 10 first. A rough guess is fine.');
          return;
        }
        onStart(minutes, urge);
      }}
    >
      <p>Urges rise, peak and pass, often within 5 to 15 minutes. Give it a little time.</p>
      <fieldset className="timer__minutes">
        <legend className="urge-scale__legend">How long?</legend>
        <div className="choice-row">
          {TIMER_CHOICES_MINUTES.map((m) => (
            <label key={m} className="choice">
              <input type="radio" name="timer-minutes" value={m} checked={minutes === m} onChange={() => setMinutes(m)} />
              <span>{m} minutes</span>
            </label>
          ))}
        </div>
      </fieldset>
      <UrgeScale
        legend="How strong is the urge right now?"
        value={urge}
        onChange={(n) => {
          setUrge(n);
          setError(null);
        }}
        error={error}
      />
      <div className="actions">
        <Button type="submit" variant="primary">
          Start the timer
        </Button>
      </div>
    </form>
  );
}

function TimerRunning({
  state,
  timer,
  saveMessage,
}: {
  state: TimerState;
  timer: UrgeTimer;
  saveMessage: SaveMessage | null;
}) {
  const left = remainingMs(state);
  const spoken = describeRemaining(state);
  return (
    <div className="timer">
      <p className="timer__time" aria-hidden="true">
        {formatRemaining(left)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <BreathingGuide elapsedMs={state.now - (state.startedAt ?? state.now)} />
      {state.phase === 'check-in' ? (
        <div className="timer__check-in" role="group" aria-labelledby="check-in-question">
          <p id="check-in-question" className="timer__question" aria-live="polite">
            Is the urge still strong?
          </p>
          <div className="actions">
            <Button variant="primary" onClick={() => timer.answerCheckIn('keep-going')}>
              Yes, keep going
            </Button>
            <Button onClick={() => timer.answerCheckIn('eased')}>It has eased</Button>
          </div>
        </div>
      ) : null}
      {saveMessage?.pending ? (
        <Notice tone="info">
          <p>{saveMessage.text}</p>
        </Notice>
      ) : null}
      <div className="actions">
        <Button onClick={() => timer.extend(EXTEND_MINUTES)}>Add {EXTEND_MINUTES} minutes</Button>
        <Button variant="quiet" onClick={() => timer.stop()}>
          Stop the timer
        </Button>
      </div>
    </div>
  );
}

function TimerEnded({
  state,
  sessionItems,
  onExtend,
  onFinish,
}: {
  state: TimerState;
  sessionItems: readonly CopingItem[];
  onExtend: () => void;
  onFinish: (urge: number, items: CopingItem[], note: string) => void;
}) {
  const [urge, setUrge] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [helped, setHelped] = useState<ReadonlySet<number>>(() => new Set(sessionItems.map((i) => i.id)));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const opening =
    state.outcome === 'eased'
      ? 'The urge has eased. You rode it out.'
      : state.outcome === 'stopped'
        ? 'You stopped the timer. That is all right.'
        : 'The time is up. You stayed with it.';
  return (
    <form
      className="timer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (urge === null) {
          setError('Choose a number from 0 to 10, so you can see later what helped.');
          return;
        }
        onFinish(urge, sessionItems.filter((i) => helped.has(i.id)), note.trim());
      }}
    >
      <h3 className="timer__heading" ref={heading} tabIndex={-1}>
        {opening}
      </h3>
      <UrgeScale
        legend="How strong is the urge now?"
        value={urge}
        onChange={(n) => {
          setUrge(n);
          setError(null);
        }}
        error={error}
      />
      {sessionItems.length > 0 ? (
        <fieldset className="timer__helped">
          <legend className="urge-scale__legend">Did any of these help?</legend>
          {sessionItems.map((item) => (
            <Checkbox
              key={item.id}
              label={item.title}
              checked={helped.has(item.id)}
              onChange={(event) => {
                const next = new Set(helped);
                if (event.target.checked) next.add(item.id);
                else next.delete(item.id);
                setHelped(next);
              }}
            />
          ))}
        </fieldset>
      ) : null}
      <TextArea
        label="What helped? (optional)"
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="actions">
        <Button type="submit" variant="primary">
          Save and finish
        </Button>
        <Button onClick={onExtend}>Add {EXTEND_MINUTES} more minutes</Button>
      </div>
    </form>
  );
}
