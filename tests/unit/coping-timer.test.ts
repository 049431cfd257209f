import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  UrgeTimer,
  breathingAt,
  describeRemaining,
  formatRemaining,
  initialTimerState,
  reduce,
  remainingMs,
  stillStrong,
  type TimerState,
} from '../../src/shared/urge-timer.ts';

const MIN = 60_000;

describe('urge timer state machine (pure)', () => {
  it('starts in one press, then asks how strong the urge is; an answer outside 0–10 is ignored', () => {
    let s: TimerState = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 10, now: 0 });
    expect(s).toMatchObject({ phase: 'running', endsAt: 10 * MIN, asking: 'start', urgeBefore: null, nextAskAt: 2 * MIN });
    for (const urge of [11, -1, 2.5]) expect(reduce(s, { type: 'rate', urge, now: 1000 })).toBe(s);
    s = reduce(s, { type: 'rate', urge: 8, now: 6000 });
    expect(s).toMatchObject({ asking: null, urgeBefore: 8, ratings: [{ minute: 0.1, urge: 8 }] });
    // Nothing is being asked now: a stray answer changes nothing.
    expect(reduce(s, { type: 'rate', urge: 3, now: 7000 })).toBe(s);
  });

  it('asks again every 2 minutes, not in the last minute; skipping or ignoring never stops the countdown', () => {
    let s = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 5, now: 0 });
    s = reduce(s, { type: 'skip', now: 1000 });
    expect(s).toMatchObject({ asking: null, urgeBefore: null, ratings: [] });
    s = reduce(s, { type: 'tick', now: 2 * MIN });
    expect(s).toMatchObject({ phase: 'running', asking: 'again', nextAskAt: 4 * MIN });
    s = reduce(s, { type: 'rate', urge: 6, now: 2 * MIN + 30_000 });
    expect(s).toMatchObject({ asking: null, urgeBefore: null, urgeAfter: 6, ratings: [{ minute: 2.5, urge: 6 }] });
    // At 4 minutes, once more; a 6-minute question would fall inside the last minute: none.
    s = reduce(s, { type: 'tick', now: 4 * MIN + 10 });
    expect(s).toMatchObject({ asking: 'again', nextAskAt: null });
    s = reduce(s, { type: 'tick', now: 5 * MIN + 5 });
    expect(s).toMatchObject({ phase: 'ended', outcome: 'time-up', endedAt: 5 * MIN, asking: null });
  });

  it('an unanswered question is replaced by the next one, never stacked', () => {
    let s = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 15, now: 0 });
    s = reduce(s, { type: 'tick', now: 2 * MIN });
    s = reduce(s, { type: 'tick', now: 4 * MIN });
    expect(s).toMatchObject({ asking: 'again', nextAskAt: 6 * MIN, ratings: [] });
    s = reduce(s, { type: 'rate', urge: 7, now: 4 * MIN });
    expect(s.ratings).toEqual([{ minute: 4, urge: 7 }]);
  });

  it('finishing rates the urge at the end (optional); stop ends early', () => {
    let s = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 15, now: 0 });
    s = reduce(s, { type: 'rate', urge: 6, now: 0 });
    s = reduce(s, { type: 'stop', now: 3 * MIN });
    expect(s).toMatchObject({ phase: 'ended', outcome: 'stopped', endedAt: 3 * MIN });
    expect(reduce(s, { type: 'finish', urge: 12, now: 0 })).toBe(s);
    const rated = reduce(s, { type: 'finish', urge: 2, now: 4 * MIN });
    // The end rating belongs to the minute the round ended, not to when it was typed.
    expect(rated).toMatchObject({ phase: 'done', urgeBefore: 6, urgeAfter: 2, ratings: [{ minute: 0, urge: 6 }, { minute: 3, urge: 2 }] });
    // Stopped at once: the end rating still comes after the first, never in its place.
    let quick = reduce(reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 5, now: 0 }), { type: 'rate', urge: 8, now: 1000 });
    quick = reduce(reduce(quick, { type: 'stop', now: 2000 }), { type: 'finish', urge: 9, now: 5000 });
    expect(quick.ratings).toEqual([{ minute: 0, urge: 8 }, { minute: 0.1, urge: 9 }]);
    const skipped = reduce(s, { type: 'finish', urge: null, now: 4 * MIN });
    expect(skipped).toMatchObject({ phase: 'done', urgeBefore: 6, urgeAfter: null, ratings: [{ minute: 0, urge: 6 }] });
  });

  it('says when a round ends still strong or stronger than it began', () => {
    expect(stillStrong({ ratings: [] })).toBe(false);
    expect(stillStrong({ ratings: [{ minute: 0, urge: 8 }] })).toBe(true);
    expect(stillStrong({ ratings: [{ minute: 0, urge: 5 }, { minute: 4, urge: 6 }] })).toBe(true);
    expect(stillStrong({ ratings: [{ minute: 0, urge: 9 }, { minute: 4, urge: 7 }] })).toBe(false);
    expect(stillStrong({ ratings: [{ minute: 0, urge: 6 }, { minute: 4, urge: 3 }, { minute: 6, urge: 8 }] })).toBe(true);
  });

  it('extends while running and after the end', () => {
    let s = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 5, now: 0 });
    s = reduce(s, { type: 'extend', minutes: 5, now: MIN });
    expect(s).toMatchObject({ endsAt: 10 * MIN, minutesPlanned: 10 });
    s = reduce(s, { type: 'tick', now: 10 * MIN });
    expect(s.phase).toBe('ended');
    s = reduce(s, { type: 'extend', minutes: 5, now: 11 * MIN });
    expect(s).toMatchObject({ phase: 'running', endsAt: 16 * MIN, minutesPlanned: 15, outcome: null, endedAt: null });
  });

  it('formats the time left calmly', () => {
    expect(formatRemaining(5 * MIN)).toBe('5:00');
    expect(formatRemaining(65_500)).toBe('1:06');
    expect(formatRemaining(0)).toBe('0:00');
    const s = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 5, now: 0 });
    expect(describeRemaining(s)).toBe('About 5 minutes left.');
    expect(describeRemaining({ ...s, now: 4.5 * MIN })).toBe('Less than a minute left.');
    expect(remainingMs({ ...s, now: 2 * MIN })).toBe(3 * MIN);
  });

  it('paces breathing in 4 s, out 6 s', () => {
    expect(breathingAt(0).phase).toBe('in');
    expect(breathingAt(3999).phase).toBe('in');
    expect(breathingAt(4000)).toMatchObject({ phase: 'out', intoPhaseMs: 0, phaseMs: 6000 });
    expect(breathingAt(10_000).phase).toBe('in');
  });
});

describe('urge timer driver with fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-03-01T20:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('counts down, asks again while it keeps counting, ends on time and stops ticking', () => {
    const timer = new UrgeTimer();
    const phases: string[] = [];
    timer.subscribe((s) => {
      if (phases.at(-1) !== s.phase) phases.push(s.phase);
    });
    timer.start(5);
    timer.rate(7);
    vi.advanceTimersByTime(MIN);
    expect(formatRemaining(remainingMs(timer.state))).toBe('4:00');
    vi.advanceTimersByTime(MIN);
    expect(timer.state.asking).toBe('again');
    // The countdown keeps going while the question is open.
    vi.advanceTimersByTime(30_000);
    expect(formatRemaining(remainingMs(timer.state))).toBe('2:30');
    timer.rate(5);
    vi.advanceTimersByTime(150_000);
    expect(timer.state).toMatchObject({ phase: 'ended', outcome: 'time-up' });
    expect(vi.getTimerCount()).toBe(0);
    timer.finish(3);
    expect(phases).toEqual(['running', 'ended', 'done']);
    expect(timer.state.ratings).toEqual([
      { minute: 0, urge: 7 },
      { minute: 2.5, urge: 5 },
      { minute: 5, urge: 3 },
    ]);
  });

  it('runs with seconds-long test minutes (the harness test hook)', () => {
    const timer = new UrgeTimer({ minuteMs: 1000 });
    timer.start(5);
    vi.advanceTimersByTime(1950);
    expect(timer.state.asking).toBe('start');
    vi.advanceTimersByTime(150);
    expect(timer.state.asking).toBe('again');
    timer.rate(4);
    expect(timer.state.ratings).toEqual([{ minute: 2.1, urge: 4 }]);
    vi.advanceTimersByTime(3000);
    expect(timer.state.phase).toBe('ended');
  });

  it('stop ends the timer early and clears its interval', () => {
    const timer = new UrgeTimer();
    timer.start(10);
    expect(vi.getTimerCount()).toBe(1);
    timer.stop();
    expect(timer.state.outcome).toBe('stopped');
    expect(vi.getTimerCount()).toBe(0);
    timer.reset();
    expect(timer.state.phase).toBe('idle');
  });
});
