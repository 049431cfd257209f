// The urge timer as a pure state machine (reduce) plus a small driver (UrgeTimer) that ticks it.
// Urges often pass in 5 to 15 minutes. The timer starts in one press; only then does it ask how
// strong the urge is, and again every couple of minutes, one tap each, always skippable: the
// countdown never waits for an answer. The ratings make the person's own urge wave. No Date or
// timers inside `reduce`, so tests drive it with fake timers.

export type TimerPhase = 'idle' | 'running' | 'ended' | 'done';
export type TimerOutcome = 'eased' | 'time-up' | 'stopped';

export const TIMER_CHOICES_MINUTES = [5, 10, 15] as const;
export const DEFAULT_TIMER_MINUTES = 10;
export const EXTEND_MINUTES = 5;
export const MAX_TIMER_MINUTES = 120;
/** "How strong is the urge now?" comes back every this many minutes while the timer runs. */
export const RERATE_EVERY_MINUTES = 2;
/** No new question in the last minute: the end asks anyway. */
const NO_RERATE_IN_LAST_MINUTES = 1;
/** At the end, an urge this strong (or stronger than at the start) brings the ways on. */
export const STILL_STRONG_URGE = 8;

/** One rating: minutes since the start (one decimal, in timer minutes) and the urge, 0–10. */
export interface UrgeRating {
  readonly minute: number;
  readonly urge: number;
}

export interface TimerState {
  readonly phase: TimerPhase;
  /** Length of one timer minute. 60,000 in the app; the harness's test hook may shorten it. */
  readonly minuteMs: number;
  readonly minutesPlanned: number;
  readonly startedAt: number | null;
  readonly endsAt: number | null;
  readonly endedAt: number | null;
  /** When the next "how strong now?" appears; null when none is due before the end. */
  readonly nextAskAt: number | null;
  /** The question on screen: the first one after start, a later one, or none. */
  readonly asking: 'start' | 'again' | null;
  /** The answer to the first question, if the person gave one. */
  readonly urgeBefore: number | null;
  /** The answer at the end, or else the last rating given during the round. */
  readonly urgeAfter: number | null;
  readonly ratings: readonly UrgeRating[];
  readonly outcome: TimerOutcome | null;
  readonly now: number;
}

export type TimerEvent =
  | { type: 'start'; minutes: number; now: number }
  | { type: 'tick'; now: number }
  | { type: 'rate'; urge: number; now: number }
  | { type: 'skip'; now: number }
  | { type: 'extend'; minutes: number; now: number }
  | { type: 'stop'; now: number }
  /** "Save and finish": the end rating is optional too. */
  | { type: 'finish'; urge: number | null; now: number }
  | { type: 'reset'; now: number };

export function initialTimerState(minuteMs = 60_000, now = 0): TimerState {
  return {
    phase: 'idle',
    minuteMs,
    minutesPlanned: 0,
    startedAt: null,
    endsAt: null,
    endedAt: null,
    nextAskAt: null,
    asking: null,
    urgeBefore: null,
    urgeAfter: null,
    ratings: [],
    outcome: null,
    now,
  };
}

export function isValidUrge(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 10;
}

function nextAsk(from: number, endsAt: number, minuteMs: number): number | null {
  const at = from + RERATE_EVERY_MINUTES * minuteMs;
  return at <= endsAt - NO_RERATE_IN_LAST_MINUTES * minuteMs ? at : null;
}

function end(state: TimerState, outcome: TimerOutcome, now: number): TimerState {
  return { ...state, phase: 'ended', outcome, endedAt: now, nextAskAt: null, asking: null, now };
}

/** Minutes since the start, to one decimal, in timer minutes. */
export function minuteOf(state: TimerState, now: number): number {
  return Math.round(((now - (state.startedAt ?? now)) / state.minuteMs) * 10) / 10;
}

function withRating(state: TimerState, urge: number, now: number): TimerState {
  // Every answer is kept in order: one given in the same tenth of a minute as the last goes just after it.
  const last = state.ratings.at(-1)?.minute;
  const minute = last === undefined ? minuteOf(state, now) : Math.max(minuteOf(state, now), Math.round((last + 0.1) * 10) / 10);
  return { ...state, ratings: [...state.ratings, { minute, urge }] };
}

/** Events that make no sense in the current phase leave the state unchanged. */
export function reduce(state: TimerState, event: TimerEvent): TimerState {
  switch (event.type) {
    case 'start': {
      if (state.phase !== 'idle' && state.phase !== 'done') return state;
      const minutes = Math.min(Math.max(1, Math.round(event.minutes)), MAX_TIMER_MINUTES);
      const endsAt = event.now + minutes * state.minuteMs;
      return {
        ...initialTimerState(state.minuteMs, event.now),
        phase: 'running',
        minutesPlanned: minutes,
        startedAt: event.now,
        endsAt,
        nextAskAt: nextAsk(event.now, endsAt, state.minuteMs),
        asking: 'start',
      };
    }
    case 'tick': {
      if (state.phase !== 'running') return { ...state, now: event.now };
      if (state.endsAt !== null && event.now >= state.endsAt) return end(state, 'time-up', state.endsAt);
      if (state.nextAskAt !== null && event.now >= state.nextAskAt) {
        // An unanswered question is simply replaced by the new one: nothing piles up.
        return { ...state, asking: 'again', nextAskAt: nextAsk(state.nextAskAt, state.endsAt!, state.minuteMs), now: event.now };
      }
      return { ...state, now: event.now };
    }
    case 'rate': {
      if (state.phase !== 'running' || state.asking === null || !isValidUrge(event.urge)) return state;
      const rated = withRating(state, event.urge, event.now);
      return {
        ...rated,
        asking: null,
        urgeBefore: state.asking === 'start' ? event.urge : state.urgeBefore,
        urgeAfter: state.asking === 'again' ? event.urge : state.urgeAfter,
        now: event.now,
      };
    }
    case 'skip':
      if (state.phase !== 'running' || state.asking === null) return state;
      return { ...state, asking: null, now: event.now };
    case 'extend': {
      const minutes = Math.max(1, Math.round(event.minutes));
      if (state.minutesPlanned + minutes > MAX_TIMER_MINUTES) return state;
      if (state.phase === 'running') {
        const endsAt = state.endsAt! + minutes * state.minuteMs;
        return {
          ...state,
          minutesPlanned: state.minutesPlanned + minutes,
          endsAt,
          nextAskAt: state.nextAskAt ?? nextAsk(event.now, endsAt, state.minuteMs),
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
          nextAskAt: nextAsk(event.now, endsAt, state.minuteMs),
          now: event.now,
        };
      }
      return state;
    }
    case 'stop':
      if (state.phase !== 'running') return state;
      return end(state, 'stopped', event.now);
    case 'finish': {
      if (state.phase !== 'ended') return state;
      if (event.urge === null) return { ...state, phase: 'done', now: event.now };
      if (!isValidUrge(event.urge)) return state;
      // The end rating is taken when the round ended, whenever the person gets to it.
      const rated = withRating(state, event.urge, state.endedAt ?? event.now);
      return { ...rated, phase: 'done', urgeAfter: event.urge, now: event.now };
    }
    case 'reset':
      return initialTimerState(state.minuteMs, event.now);
  }
}

/** The first and the latest rating of the round, when there are any. */
export function firstAndLast(state: Pick<TimerState, 'ratings'>): { first: UrgeRating; last: UrgeRating } | null {
  if (state.ratings.length === 0) return null;
  const sorted = [...state.ratings].sort((a, b) => a.minute - b.minute);
  return { first: sorted[0]!, last: sorted.at(-1)! };
}

/** True when the round ends with the urge still strong, or stronger than it began. */
export function stillStrong(state: Pick<TimerState, 'ratings'>): boolean {
  const ends = firstAndLast(state);
  if (!ends) return false;
  return ends.last.urge >= STILL_STRONG_URGE || (state.ratings.length > 1 && ends.last.urge > ends.first.urge);
}

export function remainingMs(state: TimerState): number {
  if (state.endsAt === null || state.phase !== 'running') return 0;
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

  start(minutes: number): void {
    this.dispatch({ type: 'start', minutes, now: this.clock.now() });
  }
  rate(urge: number): void {
    this.dispatch({ type: 'rate', urge, now: this.clock.now() });
  }
  skip(): void {
    this.dispatch({ type: 'skip', now: this.clock.now() });
  }
  extend(minutes = EXTEND_MINUTES): void {
    this.dispatch({ type: 'extend', minutes, now: this.clock.now() });
  }
  stop(): void {
    this.dispatch({ type: 'stop', now: this.clock.now() });
  }
  finish(urge: number | null): void {
    this.dispatch({ type: 'finish', urge, now: this.clock.now() });
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
    const ticking = next.phase === 'running';
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
