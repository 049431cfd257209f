// One urge-timer session per window, for the window's whole life: leaving the Coping box screen,
// or Harbor locking, must not stop a timer someone is riding an urge out with, nor forget what
// they ticked meanwhile. The session also saves the round: at the start, after every rating and
// at the end, always under the same id, so nothing is lost if the window closes half-way.
import { useSyncExternalStore } from 'react';
import type { CopingItem } from '../../../../shared/contract/coping.ts';
import { UrgeTimer, type TimerState } from '../../../../shared/urge-timer.ts';
import { harbor } from '../../api/harbor';
import { timerMinuteMs } from './test-hook';

export interface SaveMessage {
  text: string;
  /** True while the use waits to reach the journal (or was not saved). */
  pending: boolean;
}

/** What the timer panel shows besides the timer itself; replaced whole on each change. */
export interface SessionView {
  saveMessage: SaveMessage | null;
  /** Items the person ticked as used in this round (any number), in the order ticked. */
  items: readonly CopingItem[];
  /** One sentence of the person's own evidence that urges pass, when there is a true one. */
  evidence: string | null;
  note: string;
}

const emptyView: SessionView = { saveMessage: null, items: [], evidence: null, note: '' };

export class TimerSession {
  readonly timer: UrgeTimer;
  /** The coping use this run is saved as: one id from start to finish. */
  private runId: string | null = null;
  private current: SessionView = emptyView;
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

  /** One press: the timer runs at once; the question about the urge comes after. */
  start(minutes: number, withItem?: CopingItem): void {
    const items = this.timer.state.phase === 'done' ? [] : this.current.items;
    this.runId = crypto.randomUUID();
    this.update({ ...emptyView, items: withItem && !items.some((i) => i.id === withItem.id) ? [...items, withItem] : items });
    this.timer.start(minutes);
    void this.save();
    void harbor.copingUrgeEvidence({}).then((result) => {
      if (result.ok && this.timer.state.phase === 'running') this.update({ ...this.current, evidence: result.value.sentence });
    });
  }

  rate(urge: number): void {
    this.timer.rate(urge);
    void this.save();
  }

  finish(urge: number | null, note: string): void {
    this.update({ ...this.current, note });
    this.timer.finish(urge);
    void this.save();
  }

  setUsed(item: CopingItem, used: boolean): void {
    const others = this.current.items.filter((i) => i.id !== item.id);
    this.update({ ...this.current, items: used ? [...others, item] : others });
  }

  /** "Pick one for me" counts as reaching for it: it is ticked. */
  addItem(item: CopingItem): void {
    if (this.current.items.some((i) => i.id === item.id)) return;
    this.update({ ...this.current, items: [...this.current.items, item] });
  }

  /** After the round: a fresh session. */
  reset(): void {
    this.runId = null;
    this.timer.reset();
    this.update(emptyView);
  }

  private async save(): Promise<void> {
    const s: TimerState = this.timer.state;
    if (!this.runId || s.startedAt === null) return;
    const done = s.phase === 'done';
    const result = await harbor.copingUseSave({
      id: this.runId,
      startedAt: s.startedAt,
      endedAt: done ? (s.endedAt ?? s.now) : null,
      minutesPlanned: s.minutesPlanned,
      urgeBefore: s.urgeBefore,
      urgeAfter: done ? s.urgeAfter : null,
      outcome: done ? s.outcome : null,
      ratings: [...s.ratings],
      items: this.current.items.map((i) => ({ id: i.id, starterKey: i.starterKey })),
      note: done ? this.current.note : '',
    });
    this.update({
      ...this.current,
      saveMessage: result.ok
        ? { text: result.value.message, pending: result.value.stored !== 'journal' }
        : { text: `This was not saved: ${result.error.message}`, pending: true },
    });
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

/** The session's view (ticked items, evidence, save message). */
export function useSessionView(): SessionView {
  const current = timerSession();
  return useSyncExternalStore(
    (listener) => current.subscribe(listener),
    () => current.view,
  );
}
