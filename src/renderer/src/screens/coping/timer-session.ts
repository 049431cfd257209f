// One urge-timer session per window, for the window's whole life: leaving the Coping box screen,
// or Harbor locking, must not stop a timer someone is riding an urge out with, nor forget what
// they picked from their box meanwhile.
import { useSyncExternalStore } from 'react';
import type { CopingItem } from '../../../../shared/contract/coping.ts';
import { UrgeTimer, type TimerState } from '../../../../shared/urge-timer.ts';
import { timerMinuteMs } from './test-hook';

export interface SaveMessage {
  text: string;
  /** True while the use waits to reach the journal (or was not saved). */
  pending: boolean;
}

/** What the timer panel shows besides the timer itself; replaced whole on each change. */
export interface SessionView {
  saveMessage: SaveMessage | null;
  /** Items picked from the box during this session: offered as "what helped". */
  items: readonly CopingItem[];
}

export class TimerSession {
  readonly timer: UrgeTimer;
  /** The coping use this run is saved as: one id from start to finish. */
  private runId: string | null = null;
  private current: SessionView = { saveMessage: null, items: [] };
  private readonly listeners = new Set<() => void>();

  constructor(minuteMs: number) {
    this.timer = new UrgeTimer({ minuteMs });
  }

  get useId(): string | null {
    return this.runId;
  }

  get view(): SessionView {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(minutes: number, urgeBefore: number): void {
    this.runId = crypto.randomUUID();
    this.setSaveMessage(null);
    this.timer.start(minutes, urgeBefore);
  }

  setSaveMessage(saveMessage: SaveMessage | null): void {
    this.update({ ...this.current, saveMessage });
  }

  addItem(item: CopingItem): void {
    if (this.current.items.some((i) => i.id === item.id)) return;
    this.update({ ...this.current, items: [...this.current.items, item] });
  }

  /** After "Start another timer": a fresh session. */
  reset(): void {
    this.runId = null;
    this.timer.reset();
    this.update({ saveMessage: null, items: [] });
  }

  private update(next: SessionView): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}

let session: TimerSession | null = null;

export function timerSession(): TimerSession {
  session ??= new TimerSession(timerMinuteMs());
  return session;
}

/**
 * Harbor locked: a finished round (its urge numbers, "saved in your journal") is journal data and
 * is not left on screen. A round still running keeps going.
 */
export function forgetFinishedRound(): void {
  if (session?.timer.state.phase === 'done') session.reset();
}

/** The window's timer state, re-rendering on every tick. */
export function useTimerState(): TimerState {
  const timer = timerSession().timer;
  return useSyncExternalStore(
    (listener) => timer.subscribe(listener),
    () => timer.state,
  );
}
