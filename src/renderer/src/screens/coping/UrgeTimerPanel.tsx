import { useState } from 'react';
import type { CopingItem, SafetyPlanView } from '../../../../shared/contract/coping.ts';
import {
  DEFAULT_TIMER_MINUTES,
  EXTEND_MINUTES,
  TIMER_CHOICES_MINUTES,
  describeRemaining,
  formatRemaining,
  remainingMs,
  type TimerState,
} from '../../../../shared/urge-timer.ts';
import { Button, Notice } from '../../components';
import { BreathingGuide } from './BreathingGuide';
import { RatingPrompt } from './RatingPrompt';
import { TimerDone, TimerEnded } from './TimerEnd';
import { UsedItems } from './UsedItems';
import { timerSession, useSessionView, useTimerState } from './timer-session';

export interface UrgeTimerPanelProps {
  /** The coping box's items, to tick the ones used. */
  items: readonly CopingItem[];
  plan: SafetyPlanView | null;
  onOpenPlan: () => void;
  /** False while Harbor is locked: the end of a round shows none of its urge numbers. */
  showResult?: boolean;
}

/** The urge timer: start in one press, rate when you can, wait it out with breathing, see it pass. */
export function UrgeTimerPanel({ items, plan, onOpenPlan, showResult = true }: UrgeTimerPanelProps) {
  const session = timerSession();
  const state = useTimerState();
  switch (state.phase) {
    case 'idle':
      return <TimerSetup onStart={(minutes) => session.start(minutes)} />;
    case 'running':
      return <TimerRunning state={state} items={items} />;
    case 'ended':
      return <TimerEnded state={state} items={items} />;
    case 'done':
      return <TimerDone state={state} plan={plan} onOpenPlan={onOpenPlan} showResult={showResult} />;
  }
}

function TimerSetup({ onStart }: { onStart: (minutes: number) => void }) {
  const [minutes, setMinutes] = useState<number>(DEFAULT_TIMER_MINUTES);
  return (
    <div className="timer">
      <p>Urges rise, peak and pass. Start now; nothing to fill in first.</p>
      <div className="actions">
        <Button variant="primary" className="timer__start" onClick={() => onStart(minutes)}>
          Start the timer
        </Button>
      </div>
      <fieldset className="timer__minutes">
        <legend className="urge-scale__legend">How long? (you can add time later)</legend>
        <div className="choice-row">
          {TIMER_CHOICES_MINUTES.map((m) => (
            <label key={m} className="choice">
              <input type="radio" name="timer-minutes" value={m} checked={minutes === m} onChange={() => setMinutes(m)} />
              <span>{m} minutes</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function TimerRunning({ state, items }: { state: TimerState; items: readonly CopingItem[] }) {
  const session = timerSession();
  const { saveMessage, evidence } = useSessionView();
  return (
    <div className="timer">
      <p className="timer__time" aria-hidden="true">
        {formatRemaining(remainingMs(state))}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {describeRemaining(state)}
      </p>
      {evidence ? <p className="timer__evidence">{evidence}</p> : null}
      <BreathingGuide elapsedMs={state.now - (state.startedAt ?? state.now)} />
      {state.asking ? (
        <RatingPrompt
          question={state.asking === 'start' ? 'How strong is the urge right now?' : 'How strong is the urge now?'}
          onRate={(urge) => session.rate(urge)}
          onSkip={() => session.timer.skip()}
        />
      ) : null}
      {saveMessage?.pending ? (
        <Notice tone="info">
          <p>{saveMessage.text}</p>
        </Notice>
      ) : null}
      <div className="actions">
        <Button onClick={() => session.timer.extend(EXTEND_MINUTES)}>Add {EXTEND_MINUTES} minutes</Button>
        <Button variant="quiet" onClick={() => session.timer.stop()}>
          Stop the timer
        </Button>
      </div>
      <UsedItems items={items} legend="What are you using?" />
    </div>
  );
}
