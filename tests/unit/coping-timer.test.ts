import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  UrgeTimer,
  breathingAt,
  describeRemaining,
  formatRemaining,
  initialTimerState,
  reduce,
  remainingMs,
  type TimerState,
} from '../../src/shared/urge-timer.ts';

const MIN = 60_000;

describe('urge timer state machine (pure)', () => {
  it('refuses to start with an urge outside 0–10', () => {
    const idle = initialTimerState(MIN, 0);
    expect(reduce(idle, { type: 'start', minutes: 5, urgeBefore: 11, now: 0 })).toBe(idle);
    expect(reduce(idle, { type: 'start', minutes: 5, urgeBefore: -1, now: 0 })).toBe(idle);
    expect(reduce(idle, { type: 'start', minutes: 5, urgeBefore: 2.5, now: 0 })).toBe(idle);
  });

  it('a 10-minute timer checks in at 3 and 6 minutes, not in the last two, then ends', () => {
    let s: TimerState = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 10, urgeBefore: 8, now: 0 });
    expect(s).toMatchObject({ phase: 'running', endsAt: 10 * MIN, nextCheckInAt: 3 * MIN, urgeBefore: 8 });
    s = reduce(s, { type: 'tick', now: 3 * MIN });
    expect(s.phase).toBe('check-in');
    s = reduce(s, { type: 'check-in', answer: 'keep-going', now: 3 * MIN });
    expect(s).toMatchObject({ phase: 'running', nextCheckInAt: 6 * MIN });
    s = reduce(s, { type: 'tick', now: 6 * MIN });
    s = reduce(s, { type: 'check-in', answer: 'keep-going', now: 6 * MIN });
    expect(s.nextCheckInAt).toBeNull();
    s = reduce(s, { type: 'tick', now: 10 * MIN + 5 });
    expect(s).toMatchObject({ phase: 'ended', outcome: 'time-up', endedAt: 10 * MIN });
    expect(s.checkIns.map((c) => c.answer)).toEqual(['keep-going', 'keep-going']);
  });

  it('"it has eased" ends the timer early; then the person rates the urge again', () => {
    let s = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 15, urgeBefore: 6, now: 0 });
    s = reduce(s, { type: 'tick', now: 3 * MIN });
    s = reduce(s, { type: 'check-in', answer: 'eased', now: 3 * MIN + 2000 });
    expect(s).toMatchObject({ phase: 'ended', outcome: 'eased', endedAt: 3 * MIN + 2000 });
    expect(reduce(s, { type: 'rate-after', urge: 12, now: 0 })).toBe(s);
    s = reduce(s, { type: 'rate-after', urge: 2, now: 4 * MIN });
    expect(s).toMatchObject({ phase: 'done', urgeBefore: 6, urgeAfter: 2 });
  });

  it('extends while running and after the end', () => {
    let s = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 5, urgeBefore: 5, now: 0 });
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
    const s = reduce(initialTimerState(MIN, 0), { type: 'start', minutes: 5, urgeBefore: 5, now: 0 });
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

  it('counts down, asks at the check-in, ends on time and stops ticking', () => {
    const timer = new UrgeTimer();
    const phases: string[] = [];
    timer.subscribe((s) => {
      if (phases.at(-1) !== s.phase) phases.push(s.phase);
    });
    timer.start(5, 7);
    vi.advanceTimersByTime(2 * MIN);
    expect(formatRemaining(remainingMs(timer.state))).toBe('3:00');
    vi.advanceTimersByTime(MIN);
    expect(timer.state.phase).toBe('check-in');
    // The countdown keeps going while the question is open.
    vi.advanceTimersByTime(30_000);
    expect(formatRemaining(remainingMs(timer.state))).toBe('1:30');
    timer.answerCheckIn('keep-going');
    vi.advanceTimersByTime(90_000);
    expect(timer.state).toMatchObject({ phase: 'ended', outcome: 'time-up' });
    expect(vi.getTimerCount()).toBe(0);
    timer.rateAfter(3);
    expect(phases).toEqual(['running', 'check-in', 'running', 'ended', 'done']);
    expect(timer.state.urgeAfter).toBe(3);
  });

  it('runs with seconds-long test minutes (the harness test hook)', () => {
    const timer = new UrgeTimer({ minuteMs: 1000 });
    timer.start(5, 4);
    vi.advanceTimersByTime(3000);
    expect(timer.state.phase).toBe('check-in');
    timer.answerCheckIn('keep-going');
    vi.advanceTimersByTime(2000);
    expect(timer.state.phase).toBe('ended');
  });

  it('stop ends the timer early and clears its interval', () => {
    const timer = new UrgeTimer();
    timer.start(10, 5);
    expect(vi.getTimerCount()).toBe(1);
    timer.stop();
    expect(timer.state.outcome).toBe('stopped');
    expect(vi.getTimerCount()).toBe(0);
    timer.reset();
    expect(timer.state.phase).toBe('idle');
  });
});
