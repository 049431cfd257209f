// The one calendar (src/shared/calendar.ts): week starts, DST, 28-day ranges, the words for a
// day, the 1900/future refusal at the contract, and that no other module keeps its own calendar.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDayOf,
  checkInDayOf,
  dayInWords,
  dayNumber,
  dayOfNumber,
  dayProblem,
  daysBetween,
  daysFrom,
  formatDate,
  formatDay,
  formatShortDate,
  formatWeekday,
  lastWeeks,
  localMidnightMs,
  weekdayOrder,
  weekStartOf,
  weekStartsFrom,
  wholeWeeks,
} from '../../src/shared/calendar.ts';
import { journalContract } from '../../src/shared/contract/journal.ts';
import { patternsContract } from '../../src/shared/contract/patterns.ts';
import { recoveryContract } from '../../src/shared/contract/recovery.ts';
import { forDay } from '../../src/shared/vocabulary.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});
const useTimeZone = (tz: string) => {
  process.env.TZ = tz;
};
const HOUR = 3_600_000;

describe('weeks by the person’s week start', () => {
  // Wednesday 12 March 2025; its week is 10–16 March (Monday), 9–15 (Sunday) or 8–14 (Saturday).
  it.each([
    ['monday', '2025-03-10', [1, 2, 3, 4, 5, 6, 0]],
    ['sunday', '2025-03-09', [0, 1, 2, 3, 4, 5, 6]],
    ['saturday', '2025-03-08', [6, 0, 1, 2, 3, 4, 5]],
  ] as const)('a week starting on %s', (weekStart, first, order) => {
    for (const tz of ['UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland']) {
      useTimeZone(tz);
      for (const day of daysFrom(first, addDays(first, 6))) expect(weekStartOf(day, weekStart)).toBe(first);
      expect(weekStartOf(addDays(first, 7), weekStart)).toBe(addDays(first, 7));
      expect(weekStartOf(addDays(first, -1), weekStart)).toBe(addDays(first, -7));
      expect(weekdayOrder(weekStart)).toEqual(order);
    }
  });

  it('lists the weeks that touch a range, first and last possibly partial', () => {
    expect(weekStartsFrom('2025-03-06', '2025-04-02', 'monday')).toEqual(['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31']);
    expect(weekStartsFrom('2025-03-06', '2025-04-02', 'saturday')).toEqual(['2025-03-01', '2025-03-08', '2025-03-15', '2025-03-22', '2025-03-29']);
    expect(weekStartsFrom('2025-03-10', '2025-03-10', 'sunday')).toEqual(['2025-03-09']);
  });
});

describe('ranges', () => {
  it('"the last 4 weeks" is exactly 28 days ending today, in any zone and across DST', () => {
    for (const tz of ['Europe/London', 'America/New_York']) {
      useTimeZone(tz);
      for (const today of ['2025-04-02', '2025-03-31', '2025-11-05', '2024-03-01']) {
        const range = lastWeeks(today, 4);
        expect(range.to).toBe(today);
        expect(daysFrom(range.from, range.to)).toHaveLength(28);
        expect(daysBetween(range.from, range.to)).toBe(27);
      }
      expect(lastWeeks('2025-04-02', 4)).toEqual({ from: '2025-03-06', to: '2025-04-02' });
      expect(daysFrom(lastWeeks('2025-04-02', 52).from, '2025-04-02')).toHaveLength(364);
    }
  });

  it('whole weeks follow the week start', () => {
    expect(wholeWeeks('2025-04-02', 2, 'monday')).toEqual({ from: '2025-03-24', to: '2025-04-02' });
    expect(wholeWeeks('2025-04-02', 2, 'sunday')).toEqual({ from: '2025-03-23', to: '2025-04-02' });
    expect(wholeWeeks('2025-04-02', 2, 'saturday')).toEqual({ from: '2025-03-22', to: '2025-04-02' });
  });

  it('day numbers agree with SQL’s unixepoch(day) / 86400', () => {
    for (const tz of ['Europe/London', 'America/New_York']) {
      useTimeZone(tz);
      for (const day of ['1970-01-01', '1969-12-31', '2025-03-30', '2025-10-26', '2025-11-02', '1900-01-01']) {
        expect(dayNumber(day)).toBe(Date.parse(`${day}T00:00:00Z`) / (24 * HOUR));
        expect(dayOfNumber(dayNumber(day))).toBe(day);
      }
    }
  });
});

describe('DST', () => {
  it.each([
    // Europe/London: clocks go forward at 01:00 on 30 March 2025 and back at 02:00 on 26 October.
    ['Europe/London', '2025-03-30', 23],
    ['Europe/London', '2025-10-26', 25],
    // America/New_York: forward at 02:00 on 9 March 2025, back at 02:00 on 2 November.
    ['America/New_York', '2025-03-09', 23],
    ['America/New_York', '2025-11-02', 25],
  ])('%s on %s: one day of %i hours, no day split, skipped or repeated', (tz, day, hours) => {
    useTimeZone(tz);
    const start = localMidnightMs(day);
    const end = localMidnightMs(addDays(day, 1));
    expect((end - start) / HOUR).toBe(hours);
    expect(new Date(start).getHours()).toBe(0);
    expect(calendarDayOf(new Date(start))).toBe(day);
    expect(calendarDayOf(new Date(end - 1))).toBe(day);
    expect(daysFrom(addDays(day, -3), addDays(day, 3))).toHaveLength(7);
    expect(daysBetween(addDays(day, -1), addDays(day, 1))).toBe(2);
    // Every hour of the DST day belongs to it on the calendar and, after 04:00, to its check-in.
    for (let ms = start; ms < end; ms += HOUR / 2) {
      expect(calendarDayOf(new Date(ms))).toBe(day);
      expect(checkInDayOf(new Date(ms))).toBe(new Date(ms).getHours() < 4 ? addDays(day, -1) : day);
    }
  });
});

describe('dates in the person’s words', () => {
  it('formats through Intl in the locale, the same day in every zone', () => {
    for (const tz of ['Pacific/Kiritimati', 'America/New_York', 'Pacific/Pago_Pago']) {
      useTimeZone(tz);
      expect(formatDay('2025-03-12', 'en-GB')).toBe('Wednesday, 12 March 2025');
      expect(formatDay('2025-03-12', 'en-US')).toBe('Wednesday, March 12, 2025');
      expect(formatDate('2025-03-12', 'de-DE')).toBe('12. März 2025');
      expect(formatShortDate('2025-03-12', 'en-GB')).toBe('12 Mar');
    }
  });

  it('a past day never says "today"', () => {
    const today = '2025-03-12';
    expect(dayInWords(today, today, 'en-GB')).toBe('today');
    expect(dayInWords('2025-03-11', today, 'en-GB')).toBe('yesterday');
    expect(dayInWords('2025-03-06', today, 'en-GB')).toBe(`on ${formatWeekday('2025-03-06', 'en-GB')}`);
    expect(dayInWords('2025-03-05', today, 'en-GB')).toBe('on 5 March 2025');
    expect(forDay('Did you self-harm today?', dayInWords('2025-03-05', today, 'en-GB'))).toBe('Did you self-harm on 5 March 2025?');
    expect(forDay('Did you self-harm today?', dayInWords(today, today))).toBe('Did you self-harm today?');
    for (let ago = 1; ago < 400; ago += 13) expect(dayInWords(addDays(today, -ago), today)).not.toMatch(/today/i);
  });
});

describe('days refused at the boundary', () => {
  const today = calendarDayOf(new Date());
  const tomorrow = addDays(today, 1);

  it('says what is wrong in the person’s words', () => {
    expect(dayProblem('1899-12-31', today)).toBe('Choose a day in 1900 or later.');
    expect(dayProblem(tomorrow, today)).toBe('That day has not happened yet. Choose today or an earlier day.');
    expect(dayProblem('2025-02-29', today)).toBe('That date does not exist on the calendar.');
    expect(dayProblem('12/03/2025', today)).toBe('Use a date written like 2025-03-14.');
    expect(dayProblem('1900-01-01', today)).toBeNull();
    expect(dayProblem(today, today)).toBeNull();
  });

  it.each([
    ['journalSaveEntry', (day: string) => ({ day, checkIn: {} })],
    ['journalGetDay', (day: string) => ({ day })],
    ['relapseRecord', (day: string) => ({ day })],
    ['recoveryExport', (day: string) => ({ format: 'diary-csv', from: day, to: day, understood: true })],
    ['patternsOverview', (day: string) => ({ from: day, to: day })],
  ] as const)('%s refuses a day before 1900 or after today', (method, input) => {
    const schemas = { ...journalContract, ...patternsContract, ...recoveryContract } as Record<string, { input: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } } }>;
    const schema = schemas[method]!.input;
    for (const [day, message] of [
      ['1899-12-31', 'Choose a day in 1900 or later.'],
      [tomorrow, 'That day has not happened yet. Choose today or an earlier day.'],
    ] as const) {
      const result = schema.safeParse(input(day));
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => i.message)).toContain(message);
    }
    expect(schema.safeParse(input('1900-01-01')).error?.issues.some((i) => /1900|not happened/.test(i.message)) ?? false).toBe(false);
  });
});

describe('one calendar', () => {
  // Day arithmetic, weeks, local midnights and date formats live in src/shared/calendar.ts only.
  const forbidden: [RegExp, string][] = [
    [/\bfunction (weekOf|weekStartOf|localMidnightMs|localStartMs|calendarDayOf|checkInDayOf|addDays|daysBetween)\b/, 'a calendar function'],
    [/\.toLocale(Date|Time)String\(|Date\([^)]*\)\.toLocaleString\(/, 'a date format'],
    [/new Intl\.DateTimeFormat\(/, 'a date format'],
    [/\.get(UTC)?Day\(\)/, 'weekday arithmetic'],
    // Calendar days counted in milliseconds (a duration such as "30 days to restore" is not a day).
    [/86_?400_?000|864e5/, 'day arithmetic in milliseconds'],
    [/\.setHours\(0, 0, 0, 0\)/, 'a local midnight'],
  ];
  // Frozen migrations keep the code they shipped with; the timed-event grid's SQL works per row on
  // local clock time from the calendar's zone segments (weekday and the 04:00 cutoff in SQL).
  const allowed = new Set(['src/shared/calendar.ts', 'src/main/core/patterns/time-grid.ts']);
  const root = join(import.meta.dirname, '../..');

  function* sources(dir: string): Generator<string> {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) yield* sources(path);
      else if (/\.tsx?$/.test(name)) yield relative(root, path).split('\\').join('/');
    }
  }

  it('no other module computes days, weeks, midnights or date formats', () => {
    const found: string[] = [];
    for (const file of sources(join(root, 'src'))) {
      if (allowed.has(file) || file.startsWith('src/main/core/migrations/')) continue;
      const text = readFileSync(join(root, file), 'utf8');
      for (const [pattern, what] of forbidden) if (pattern.test(text)) found.push(`${file}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('the scan finds what it looks for', () => {
    const text = readFileSync(join(root, 'src/shared/calendar.ts'), 'utf8');
    expect(forbidden.some(([pattern]) => pattern.test(text))).toBe(true);
  });
});
