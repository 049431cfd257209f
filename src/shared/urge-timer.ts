// The urge timer as a pure state machine (reduce) plus a small driver (UrgeTimer) that ticks it.
// Urges often pass in 5 to 15 minutes: the person rates the urge, waits it out with a calm
// countdown and paced breathing, is asked now and then whether it is still strong, and rates it
// again at the end. No Date or timers inside `reduce`, so tests drive it with fake timers.

export type TimerPhase = 'idle' | 'running' | 'check-in' | 'ended' | 'done';
export type TimerOutcome = 'eased' | 'time-up' | 'stopped';
export type CheckInAnswer = 'keep-going' | 'eased';

export const TIMER_CHOICES_MINUTES = [5, 10, 15] as const;
export const EXTEND_MINUTES = 5;
export const MAX_TIMER_MINUTES = 120;
/** "Is the urge still strong?" comes every few minutes, but not in the last two. */
export const CHECK_IN_EVERY_MINUTES = 3;
const NO_CHECK_IN_IN_LAST_MINUTES = 2;

export interface TimerState {
  readonly phase: TimerPhase;
  /** Length of one timer minute. 60,000 in the app; the harness's test hook may shorten it. */
  readonly minuteMs: number;
  readonly minutesPlanned: number;
  readonly startedAt: number | null;
  readonly endsAt: number | null;
  readonly endedAt: number | null;
  readonly nextCheckInAt: number | null;
  readonly urgeBefore: number | null;
  readonly urgeAfter: number | null;
  readonly outcome: TimerOutcome | null;
  readonly checkIns: readonly { at: number; answer: CheckInAnswer }[];
  readonly now: number;
}

export type TimerEvent =
  | { type: 'start'; minutes: number; urgeBefore: number; now: number }
  | { type: 'tick'; now: number }
  | { type: 'check-in'; answer: CheckInAnswer; now: number }
  | { type: 'extend'; minutes: number; now: number }
  | { type: 'stop'; now: number }
  | { type: 'rate-after'; urge: number; now: number }
  | { type: 'reset'; now: number };

export function initialTimerState(minuteMs = 60_000, now = 0): TimerState {
  return {
    phase: 'idle',
    minuteMs,
    minutesPlanned: 0,
    startedAt: null,
    endsAt: null,
    endedAt: null,
    nextCheckInAt: null,
    urgeBefore: null,
    urgeAfter: null,
    outcome: null,
    checkIns: [],
    now,
  };
}

export function isValidUrge(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 10;
}

function nextCheckIn(from: number, endsAt: number, minuteMs: number): number | null {
  const at = from + CHECK_IN_EVERY_MINUTES * minuteMs;
  return at <= endsAt - NO_CHECK_IN_IN_LAST_MINUTES * minuteMs ? at : null;
}

function end(state: TimerState, outcome: TimerOutcome, now: number): TimerState {
  return { ...state, phase: 'ended', outcome, endedAt: now, nextCheckInAt: null, now };
}

/** Events that make no sense in the current phase leave the state unchanged. */
export function reduce(state: TimerState, event: TimerEvent): TimerState {
  switch (event.type) {
    case 'start': {
      if (state.phase !== 'idle' && state.phase !== 'done') return state;
      if (!isValidUrge(event.urgeBefore)) return state;
      const minutes = Math.min(Math.max(1, Math.round(event.minutes)), MAX_TIMER_MINUTES);
      const endsAt = event.now + minutes * state.minuteMs;
      return {
        ...initialTimerState(state.minuteMs, event.now),
        phase: 'running',
        minutesPlanned: minutes,
        startedAt: event.now,
        endsAt,
        nextCheckInAt: nextCheckIn(event.now, endsAt, state.minuteMs),
        urgeBefore: event.urgeBefore,
      };
    }
    case 'tick': {
      if (state.phase !== 'running' && state.phase !== 'check-in') return { ...state, now: event.now };
      if (state.endsAt !== null && event.now >= state.endsAt) return end(state, 'time-up', state.endsAt);
      if (state.phase === 'running' && state.nextCheckInAt !== null && event.now >= state.nextCheckInAt) {
        return { ...state, phase: 'check-in', now: event.now };
      }
      return { ...state, now: event.now };
    }
    case 'check-in': {
      if (state.phase !== 'check-in') return state;
      const checkIns = [...state.checkIns, { at: event.now, answer: event.answer }];
      if (event.answer === 'eased') return end({ ...state, checkIns }, 'eased', event.now);
      return {
        ...state,
        phase: 'running',
        checkIns,
        nextCheckInAt: nextCheckIn(event.now, state.endsAt!, state.minuteMs),
        now: event.now,
      };
    }
    case 'extend': {
      const minutes = Math.max(1, Math.round(event.minutes));
      if (state.minutesPlanned + minutes > MAX_TIMER_MINUTES) return state;
      if (state.phase === 'running' || state.phase === 'check-in') {
        const endsAt = state.endsAt! + minutes * state.minuteMs;
        return {
          ...state,
          minutesPlanned: state.minutesPlanned + minutes,
          endsAt,
          nextCheckInAt: state.nextCheckInAt ?? nextCheckIn(event.now, endsAt, state.minuteMs),
          now: event.now,
        };
      }
      if (state.phase === 'ended') {
        const endsAt = event.now + minutes * state.minuteMs;
        return {
          ...state,
          phase: 'running',
          minutesPlanned: state.minutesPlanned + minutes,
          endsAt,
          endedAt: null,
          outcome: null,
          nextCheckInAt: nextCheckIn(event.now, endsAt, state.minuteMs),
          now: event.now,
        };
      }
      return state;
    }
    case 'stop':
      if (state.phase !== 'running' && state.phase !== 'check-in') return state;
      return end(state, 'stopped', event.now);
    case 'rate-after':
      if (state.phase !== 'ended' || !isValidUrge(event.urge)) return state;
      return { ...state, phase: 'done', urgeAfter: event.urge, now: event.now };
    case 'reset':
      return initialTimerState(state.minuteMs, event.now);
  }
}

export function remainingMs(state: TimerState): number {
  if (state.endsAt === null || (state.phase !== 'running' && state.phase !== 'check-in')) return 0;
  return Math.max(0, state.endsAt - state.now);
}

/** "4:05" */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** For screen readers, announced only when the whole-minute count changes. */
export function describeRemaining(state: TimerState): string {
  const minutes = Math.ceil(remainingMs(state) / state.minuteMs);
  if (minutes <= 1) return 'Less than a minute left.';
  return `About ${minutes} minutes left.`;
}

/** Paced breathing with a longer out-breath (in 4 s, out 6 s), which tends to calm. */
export const BREATH_IN_MS = 4000;
export const BREATH_OUT_MS = 6000;

export function breathingAt(elapsedMs: number): { phase: 'in' | 'out'; phaseMs: number; intoPhaseMs: number } {
  const cycle = BREATH_IN_MS + BREATH_OUT_MS;
  const t = ((elapsedMs % cycle) + cycle) % cycle;
  return t < BREATH_IN_MS
    ? { phase: 'in', phaseMs: BREATH_IN_MS, intoPhaseMs: t }
    : { phase: 'out', phaseMs: BREATH_OUT_MS, intoPhaseMs: t - BREATH_IN_MS };
}

type Listener = (state: TimerState) => void;

export interface TimerClock {
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realClock: TimerClock = {
  now: () => Date.now(),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** Drives `reduce` with a ticking clock while the timer runs; stops ticking otherwise. */
export class UrgeTimer {
  private current: TimerState;
  private readonly clock: TimerClock;
  private handle: unknown = null;
  private readonly listeners = new Set<Listener>();

  constructor(options: { minuteMs?: number; clock?: TimerClock } = {}) {
    this.clock = options.clock ?? realClock;
    this.current = initialTimerState(options.minuteMs ?? 60_000, this.clock.now());
  }

  get state(): TimerState {
    return this.current;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(minutes: number, urgeBefore: number): void {
    this.dispatch({ type: 'start', minutes, urgeBefore, now: this.clock.now() });
  }
  answerCheckIn(answer: CheckInAnswer): void {
    this.dispatch({ type: 'check-in', answer, now: this.clock.now() });
  }
  extend(minutes = EXTEND_MINUTES): void {
    this.dispatch({ type: 'extend', minutes, now: this.clock.now() });
  }
  stop(): void {
    this.dispatch({ type: 'stop', now: this.clock.now() });
  }
  rateAfter(urge: number): void {
    this.dispatch({ type: 'rate-after', urge, now: this.clock.now() });
  }
  reset(): void {
    this.dispatch({ type: 'reset', now: this.clock.now() });
  }
  tick(): void {
    this.dispatch({ type: 'tick', now: this.clock.now() });
  }

  private dispatch(event: TimerEvent): void {
    const next = reduce(this.current, event);
    if (next === this.current) return;
    this.current = next;
    const ticking = next.phase === 'running' || next.phase === 'check-in';
    if (ticking && this.handle === null) {
      // Four ticks per timer second keep the display smooth for short test minutes too.
      this.handle = this.clock.setInterval(() => this.tick(), Math.min(1000, Math.max(50, next.minuteMs / 240)));
    } else if (!ticking) {
      this.stopTicking();
    }
    for (const listener of this.listeners) listener(next);
  }

  private stopTicking(): void {
    if (this.handle !== null) this.clock.clearInterval(this.handle);
    this.handle = null;
  }
}
