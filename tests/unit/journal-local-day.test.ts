// Local days: the after-midnight rule, DST nights, calendar arithmetic, and "today" through the handlers.
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, calendarDayOf, checkInDayOf, EVENING_CUTOFF_HOUR, weekStartOf } from '../../src/shared/calendar.ts';
import { unlockedCore } from '../support/core.ts';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

function useTimeZone(tz: string): void {
  process.env.TZ = tz;
  // Node re-reads TZ on assignment; make sure this process really switched.
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  expect(name).toBe(tz);
}

/** The check-in day by another route: Intl's wall clock in that zone, minus a day before the cut-off. */
function expectedDay(moment: Date, tz: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' })
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return Number(parts.hour) < EVENING_CUTOFF_HOUR ? addDays(day, -1) : day;
}

const dstNights: [string, string][] = [
  ['Europe/Berlin', '2025-03-30T00:00:00Z'], // spring forward 02:00 → 03:00
  ['Europe/Berlin', '2025-10-26T00:00:00Z'], // fall back 03:00 → 02:00
  ['America/New_York', '2025-03-09T05:00:00Z'],
  ['America/New_York', '2025-11-02T04:00:00Z'], // 01:00–02:00 happens twice
  ['Australia/Lord_Howe', '2025-04-05T12:00:00Z'], // a half-hour DST shift
];

describe('after-midnight rule across DST changes', () => {
  for (const [tz, around] of dstNights) {
    it(`${tz} around ${around.slice(0, 10)}: no day is split, skipped or duplicated`, () => {
      useTimeZone(tz);
      const start = new Date(around).getTime() - 3 * 24 * 3600_000;
      const seen: string[] = [];
      for (let t = start; t <= start + 6 * 24 * 3600_000; t += 5 * 60_000) {
        const moment = new Date(t);
        const day = checkInDayOf(moment);
        expect(day, moment.toISOString()).toBe(expectedDay(moment, tz));
        if (seen.at(-1) !== day) {
          // A new check-in day starts only at the cut-off hour, and it is the very next calendar day.
          if (seen.length > 0) {
            expect(day).toBe(addDays(seen.at(-1)!, 1));
            expect(moment.getHours(), moment.toString()).toBe(EVENING_CUTOFF_HOUR);
          }
          expect(seen).not.toContain(day);
          seen.push(day);
        }
      }
      expect(seen.length).toBeGreaterThanOrEqual(6);
    });
  }

  it('between midnight and 04:00 counts for the evening before; from 04:00 for the new day', () => {
    useTimeZone('Europe/Berlin');
    expect(checkInDayOf(new Date(2025, 2, 12, 23, 59))).toBe('2025-03-12');
    expect(checkInDayOf(new Date(2025, 2, 13, 0, 0))).toBe('2025-03-12');
    expect(checkInDayOf(new Date(2025, 2, 13, 3, 59))).toBe('2025-03-12');
    expect(checkInDayOf(new Date(2025, 2, 13, 4, 0))).toBe('2025-03-13');
    // New Year and a leap day.
    expect(checkInDayOf(new Date(2025, 0, 1, 1, 0))).toBe('2024-12-31');
    expect(checkInDayOf(new Date(2024, 2, 1, 2, 0))).toBe('2024-02-29');
  });
});

describe('calendar arithmetic on day strings', () => {
  it('adds days across DST, months, leap years and years without drift', () => {
    for (const tz of ['Europe/Berlin', 'America/New_York', 'Pacific/Chatham']) {
      useTimeZone(tz);
      expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
      expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
      expect(addDays('2025-11-02', -1)).toBe('2025-11-01');
      expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
      expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
      expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
      let day = '2024-01-01';
      for (let i = 0; i < 366; i++) day = addDays(day, 1);
      expect(day).toBe('2025-01-01');
    }
  });

  it('finds the Monday of a week', () => {
    expect(weekStartOf('2025-03-12', 'monday')).toBe('2025-03-10');
    expect(weekStartOf('2025-03-10', 'monday')).toBe('2025-03-10');
    expect(weekStartOf('2025-03-16', 'monday')).toBe('2025-03-10');
    expect(weekStartOf('2025-01-01', 'monday')).toBe('2024-12-30');
  });

  it('reads the calendar date on the local clock', () => {
    useTimeZone('America/New_York');
    expect(calendarDayOf(new Date('2025-03-13T03:30:00Z'))).toBe('2025-03-12');
    useTimeZone('Europe/Berlin');
    expect(calendarDayOf(new Date('2025-03-13T03:30:00Z'))).toBe('2025-03-13');
  });
});

describe('today through the handlers', () => {
  it('uses the injected clock, explains after-midnight, and refuses tomorrow', async () => {
    useTimeZone('Europe/Berlin');
    let clock = new Date(2025, 2, 13, 1, 15); // Thursday 01:15
    const h = await unlockedCore({ now: () => clock });
    try {
      expect(await h.value('journalToday')).toEqual({ day: '2025-03-12', calendarDay: '2025-03-13', afterMidnight: true, cutoffHour: 4 });
      clock = new Date(2025, 2, 13, 19, 0);
      expect(await h.value('journalToday')).toEqual({ day: '2025-03-13', calendarDay: '2025-03-13', afterMidnight: false, cutoffHour: 4 });
      const tomorrow = await h.core.call('journalSaveEntry', { day: '2025-03-14', checkIn: { mood: 3 } });
      expect(tomorrow).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      // On the spring-forward night, 03:30 local exists and still counts for Saturday evening.
      clock = new Date('2025-03-30T01:30:00Z'); // 03:30 CEST
      expect(await h.value('journalToday')).toMatchObject({ day: '2025-03-29', afterMidnight: true });
      expect((await h.core.call('journalSaveEntry', { day: '2025-03-29', checkIn: { mood: 3 } })).ok).toBe(true);
    } finally {
      h.cleanup();
    }
  });
});
