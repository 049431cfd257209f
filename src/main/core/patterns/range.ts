// Resolves "the last N weeks" or custom dates into calendar days, with the shared calendar
// (src/shared/calendar.ts): a DST change can neither add nor drop a day. Only the timed-event
// grid needs clock time: the zone's offsets over the range (zoneSegments).
import type { PatternsRange } from '../../../shared/contract/patterns.ts';
import { addDays, calendarDayOf, dayNumber, lastWeeks, localMidnightMs, weekStartOf, weekStartsFrom, zoneSegments, type WeekStart } from '../../../shared/calendar.ts';

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

export function resolveRange(request: RangeRequest, weekStart: WeekStart, now: Date): QueryRange {
  const today = calendarDayOf(now);
  let from: string;
  let to: string;
  if (request.weeks !== undefined) {
    // "The last 4 weeks" is exactly 28 days, ending today.
    ({ from, to } = lastWeeks(today, request.weeks));
  } else {
    from = request.from!;
    to = request.to!;
  }
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  const days = toDay - fromDay + 1;
  const weekZero = weekStartOf(from, weekStart);
  const zeroDay = dayNumber(weekZero);
  const weeks = weekStartsFrom(from, to, weekStart);
  const previousFrom = addDays(from, -days);
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

/** The public part of a QueryRange (what the contract sends to the page). */
export function publicRange(range: QueryRange): PatternsRange {
  const { from, to, weekStart, weeks, days, previousFrom, previousTo, today } = range;
  return { from, to, weekStart, weeks, days, previousFrom, previousTo, today };
}
