import { useEffect, useRef, useState } from 'react';
import type { CopingItem, SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { COPING_NOTE_MAX } from '../../../../shared/coping-constants.ts';
import { DEFAULT_TIMER_MINUTES, EXTEND_MINUTES, firstAndLast, minuteOf, stillStrong, type TimerState } from '../../../../shared/urge-timer.ts';
import { Button, Notice, TextArea } from '../../components';
import { RoundCurve } from './RoundCurve';
import { UrgeScale } from './UrgeScale';
import { UsedItems } from './UsedItems';
import { WaysOn } from './WaysOn';
import { timerSession, useSessionView } from './timer-session';

/** The end of a round: how strong is it now (optional), what you used, a note; or more time. */
export function TimerEnded({ state, items }: { state: TimerState; items: readonly CopingItem[] }) {
  const session = timerSession();
  const [urge, setUrge] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const opening =
    state.outcome === 'stopped' ? 'You stopped the timer. That is all right.' : 'The time is up. You stayed with it.';
  return (
    <form
      className="timer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        session.finish(urge, note.trim());
      }}
    >
      <h3 className="timer__heading" ref={heading} tabIndex={-1}>
        {opening}
      </h3>
      <UrgeScale legend="How strong is the urge now? (optional)" value={urge} onChange={setUrge} />
      <UsedItems items={items} legend="What did you use?" />
      <TextArea label="What helped? (optional)" rows={3} limit={COPING_NOTE_MAX} value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="actions">
        <Button type="submit" variant="primary">
          Save and finish
        </Button>
        <Button onClick={() => session.timer.extend(EXTEND_MINUTES)}>Add {EXTEND_MINUTES} more minutes</Button>
      </div>
    </form>
  );
}

/** After the round: its curve in words and drawing, and — when it is still strong — the ways on. */
export function TimerDone({
  state,
  plan,
  onOpenPlan,
  showResult,
}: {
  state: TimerState;
  plan: SafetyPlanView | null;
  onOpenPlan: () => void;
  /** False while locked: no curve and no urge numbers on screen (the ways on still show). */
  showResult: boolean;
}) {
  const session = timerSession();
  const { saveMessage } = useSessionView();
  const heading = useRef<HTMLHeadingElement>(null);
  const strong = stillStrong(state);
  useEffect(() => {
    if (!strong) heading.current?.focus();
  }, [strong]);
  const ends = firstAndLast(state);
  const eased = ends !== null && state.ratings.length > 1 && ends.last.urge < ends.first.urge;
  const minutes = minuteOf(state, state.endedAt ?? state.now);
  const anotherRound = () => {
    session.reset();
    session.start(DEFAULT_TIMER_MINUTES);
  };
  return (
    <div className="timer">
      {strong ? null : (
        <h3 className="timer__heading" ref={heading} tabIndex={-1}>
          {eased && showResult ? 'The urge has eased. You rode it out.' : 'You gave yourself time.'}
        </h3>
      )}
      {/* Still strong: the ways on come first; the round's curve can wait below them. */}
      {strong ? <WaysOn plan={plan} onAnotherRound={anotherRound} onOpenPlan={onOpenPlan} /> : null}
      {showResult && state.ratings.length > 0 ? <RoundCurve ratings={state.ratings} minutes={minutes} /> : null}
      {strong ? null : <p>{showResult ? 'Whatever the numbers say, staying with it counts.' : 'Staying with it counts.'}</p>}
      {saveMessage ? (
        <Notice tone={saveMessage.pending ? 'info' : 'success'}>
          <p>{saveMessage.text}</p>
        </Notice>
      ) : null}
      {strong ? null : (
        <div className="actions">
          <Button onClick={() => session.reset()}>Start another timer</Button>
        </div>
      )}
    </div>
  );
}
