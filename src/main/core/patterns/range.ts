// Resolves "the last N weeks" or custom dates into calendar days. Days are 'YYYY-MM-DD' strings
// and all arithmetic runs on the calendar (see journal/local-day.ts), so a DST change can
// neither add nor drop a day; only the timed-event grid needs clock time (see localMidnightMs).
import type { PatternsRange, WeekStart } from '../../../shared/contract/patterns.ts';
import { addDays, calendarDayOf } from '../journal/local-day.ts';

export interface RangeRequest {
  weeks?: number;
  from?: string;
  to?: string;
}

/** A resolved range plus what the SQL queries need. */
export interface QueryRange extends PatternsRange {
  /** First day of the first week; week index of a day = (its day number − zeroDay) / 7. */
  weekZero: string;
  /**
   * Day numbers (days since 1970-01-01, see dayNumber) of from, to, previousFrom and weekZero: the
   * queries find days by the number the Patterns index holds (migration 006). better-sqlite3 binds
   * JS numbers as REAL, so SQL that divides by them CASTs to INTEGER first.
   */
  fromDay: number;
  toDay: number;
  previousFromDay: number;
  zeroDay: number;
  /** Epoch-ms bounds of the range on the person's clock: [startMs, endMs). */
  startMs: number;
  endMs: number;
  /** The process time zone's UTC offsets over the range (see zoneSegments), as JSON for SQL. */
  zone: string;
}

export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The first day of the week holding `day`. */
export function weekStartOf(day: string, weekStart: WeekStart): string {
  const first = weekStart === 'monday' ? 1 : 0;
  return addDays(day, -((weekday(day) - first + 7) % 7));
}

/**
 * Days since 1970-01-01 (negative before it), from the calendar day alone: SQL's
 * `unixepoch(day) / 86400`, the expression the Patterns index (migration 006) is built on.
 */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/** The calendar day of a day number: dayNumber's inverse. */
function dayOfNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Local midnight at the start of `day`, in epoch ms (the Date constructor handles DST). */
export function localMidnightMs(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moment = new Date(year, month - 1, date, 0, 0, 0, 0);
  moment.setFullYear(year);
  return moment.getTime();
}

export function resolveRange(request: RangeRequest, weekStart: WeekStart, now: Date): QueryRange {
  const today = calendarDayOf(now);
  let from: string;
  let to: string;
  if (request.weeks !== undefined) {
    // The current week (up to today) and the N − 1 full weeks before it.
    to = today;
    from = addDays(weekStartOf(today, weekStart), -7 * (request.weeks - 1));
  } else {
    from = request.from!;
    to = request.to!;
  }
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  const days = toDay - fromDay + 1;
  const weekZero = weekStartOf(from, weekStart);
  const zeroDay = dayNumber(weekZero);
  const weeks: string[] = [];
  for (let week = zeroDay; week <= toDay; week += 7) weeks.push(dayOfNumber(week));
  const previousFrom = dayOfNumber(fromDay - days);
  return {
    from,
    to,
    weekStart,
    weeks,
    days,
    previousFrom,
    previousTo: addDays(from, -1),
    today,
    weekZero,
    fromDay,
    toDay,
    previousFromDay: fromDay - days,
    zeroDay,
    startMs: localMidnightMs(from),
    endMs: localMidnightMs(addDays(to, 1)),
    // Check-ins written up to 04:00 after the last day still count for it (the journal's cutoff).
    zone: JSON.stringify(zoneSegments(localMidnightMs(from), localMidnightMs(addDays(to, 2)))),
  };
}

const HOUR_MS = 3_600_000;
// One Date for every question: zoneSegments asks about each day of the range.
const moment = new Date(0);
const offsetAt = (ms: number) => {
  moment.setTime(ms);
  return -moment.getTimezoneOffset() * 60_000;
};

/**
 * [start, end, offsetMs] spans over which the process time zone keeps one UTC offset; a DST change
 * starts a new span at the exact millisecond it happens. SQL adds the offset to an instant to get
 * local clock time: the same answer as SQLite's 'localtime' modifier, without its cost per row.
 */
export function zoneSegments(startMs: number, endMs: number): [number, number, number][] {
  const segments: [number, number, number][] = [];
  let spanStart = startMs;
  let offset = offsetAt(startMs);
  for (let probe = startMs; probe < endMs; ) {
    // Zones change their offset at most once a day, so daily probes find every change.
    const next = Math.min(probe + 24 * HOUR_MS, endMs);
    if (offsetAt(next) !== offset) {
      // Narrow down to the first millisecond with the new offset.
      let low = probe;
      let high = next;
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (offsetAt(mid) === offset) low = mid;
        else high = mid;
      }
      segments.push([spanStart, high, offset]);
      spanStart = high;
      offset = offsetAt(high);
    }
    probe = next;
  }
  segments.push([spanStart, endMs, offset]);
  return segments;
}

/** The public part of a QueryRange (what the contract sends to the page). */
export function publicRange(range: QueryRange): PatternsRange {
  const { from, to, weekStart, weeks, days, previousFrom, previousTo, today } = range;
  return { from, to, weekStart, weeks, days, previousFrom, previousTo, today };
}
