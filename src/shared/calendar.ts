// Harbor's one calendar: days, weeks, ranges and the words for dates, for main and the page.
// A day is a 'YYYY-MM-DD' string on the person's calendar, never a timestamp, so a DST change
// or a move between time zones can neither split nor duplicate a day. Arithmetic runs through
// date-fns on local dates (which keeps the calendar across DST); dates are shown through Intl in
// the person's locale (the process's own: the system's in main, the browser's in the page).
// date-fns is imported per function: its index is large and slow to load.
import { addDays as addDaysTo } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval';
import { isValid } from 'date-fns/isValid';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfWeek } from 'date-fns/startOfWeek';
import { HarborError } from './result.ts';

/** The first day of the person's week (a setting shared by the journal, Patterns and exports). */
export const weekStarts = ['monday', 'sunday', 'saturday'] as const;
export type WeekStart = (typeof weekStarts)[number];
const WEEK_STARTS_ON = { sunday: 0, monday: 1, saturday: 6 } as const;
/** The choices' names in Settings. */
export const weekStartNames: Record<WeekStart, string> = { monday: 'Monday', sunday: 'Sunday', saturday: 'Saturday' };

/** Before this local hour, "today's check-in" is still the previous evening's. */
export const EVENING_CUTOFF_HOUR = 4;
/** The earliest day Harbor accepts: older dates are typing slips. */
export const EARLIEST_DAY = '1900-01-01';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as a local Date at its first moment (local midnight, or the first hour a DST change leaves). */
export function toLocalDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moment = new Date(year, month - 1, date);
  moment.setFullYear(year); // years 0–99 would otherwise become 19xx
  return startOfDay(moment);
}

/** The calendar date on the person's clock at `moment`. */
export function calendarDayOf(moment: Date | number): string {
  return lightFormat(moment, 'yyyy-MM-dd');
}

/**
 * The day "today's check-in" is for. People often write their evening check-in after midnight;
 * until EVENING_CUTOFF_HOUR (04:00 local) it still counts for the evening before. Local hours are
 * used, so on a DST night 01:30 (even when it happens twice) and 03:30 belong to the evening before.
 */
export function checkInDayOf(moment: Date | number): string {
  const date = new Date(moment);
  return date.getHours() < EVENING_CUTOFF_HOUR ? addDays(calendarDayOf(date), -1) : calendarDayOf(date);
}

/** True for a real calendar date written YYYY-MM-DD (any year from 0000 to 9999). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const date = parseISO(value);
  return isValid(date) && calendarDayOf(date) === value;
}

/** Refuses a day that has not happened yet (or a slip before 1900), in the person's words. */
export function refuseUnusableDay(day: string, now: Date): void {
  const problem = dayProblem(day, calendarDayOf(now));
  if (problem) throw new HarborError('invalid_input', problem);
}

/** What is wrong with a day the person chose, in their words, or null when it is fine. */
export function dayProblem(value: string, today: string): string | null {
  if (!DAY_PATTERN.test(value)) return 'Use a date written like 2025-03-14.';
  if (!isCalendarDay(value)) return 'That date does not exist on the calendar.';
  if (value < EARLIEST_DAY) return 'Choose a day in 1900 or later.';
  if (value > today) return 'That day has not happened yet. Choose today or an earlier day.';
  return null;
}

export function addDays(day: string, days: number): string {
  return calendarDayOf(addDaysTo(toLocalDate(day), days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier), DST-proof. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** Every day from `from` to `to`, both included (none when `to` is earlier). */
export function daysFrom(from: string, to: string): string[] {
  if (to < from) return [];
  return eachDayOfInterval({ start: toLocalDate(from), end: toLocalDate(to) }).map(calendarDayOf);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekday(day: string): number {
  return toLocalDate(day).getDay();
}

/** The first day of the week holding `day`, by the person's week start. */
export function weekStartOf(day: string, weekStart: WeekStart): string {
  return calendarDayOf(startOfWeek(toLocalDate(day), { weekStartsOn: WEEK_STARTS_ON[weekStart] }));
}

/** Weekday numbers (0 = Sunday) in the order the person's week runs. */
export function weekdayOrder(weekStart: WeekStart): number[] {
  return Array.from({ length: 7 }, (_, i) => (WEEK_STARTS_ON[weekStart] + i) % 7);
}

/** The first day of each week that touches from…to, in order. */
export function weekStartsFrom(from: string, to: string, weekStart: WeekStart): string[] {
  const weeks: string[] = [];
  for (let week = weekStartOf(from, weekStart); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

const EPOCH_DAY = '1970-01-01';
/**
 * Days since 1970-01-01 (negative before it), from the calendar day alone: SQL's
 * `unixepoch(day) / 86400`, the expression the Patterns index is built on.
 */
export function dayNumber(day: string): number {
  return daysBetween(EPOCH_DAY, day);
}

/** The calendar day of a day number: dayNumber's inverse. */
export function dayOfNumber(n: number): string {
  return addDays(EPOCH_DAY, n);
}

/** Local midnight at the start of `day`, in epoch ms (DST handled by the local calendar). */
export function localMidnightMs(day: string): number {
  return toLocalDate(day).getTime();
}

/** "The last N weeks": exactly 7 × N days, ending today. */
export function lastWeeks(today: string, weeks: number): { from: string; to: string } {
  return { from: addDays(today, -(7 * weeks - 1)), to: today };
}

/** A range of whole weeks by the person's week start, the current week (up to today) last. */
export function wholeWeeks(today: string, weeks: number, weekStart: WeekStart): { from: string; to: string } {
  return { from: addDays(weekStartOf(today, weekStart), -7 * (weeks - 1)), to: today };
}

const HOUR_MS = 3_600_000;
// One Date for every question: zoneSegments asks about each day of the range.
const moment = new Date(0);
const offsetAt = (ms: number) => {
  moment.setTime(ms);
  return -moment.getTimezoneOffset() * 60_000;
};

/**
 * [start, end, offsetMs] spans over which the person's time zone (the process's) keeps one UTC offset; a DST change
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

// ---- Dates in the person's words (Intl, their locale) --------------------------------------

/** A day at noon UTC: formatted in UTC, the same calendar date in every time zone. */
function utcNoon(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moment = new Date(Date.UTC(2000, 0, 1, 12));
  moment.setUTCFullYear(year, month - 1, date);
  return moment;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}
const onDay = (options: Intl.DateTimeFormatOptions) => (day: string, locale?: string) =>
  formatter(locale, { ...options, timeZone: 'UTC' }).format(utcNoon(day));
const atInstant = (options: Intl.DateTimeFormatOptions) => (epochMs: number, locale?: string) =>
  formatter(locale, options).format(new Date(epochMs));

/** "Wednesday, 12 March 2025" */
export const formatDay = onDay({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
/** "Wednesday, 12 March" */
export const formatDayShort = onDay({ weekday: 'long', day: 'numeric', month: 'long' });
/** "12 March 2025" */
export const formatDate = onDay({ day: 'numeric', month: 'long', year: 'numeric' });
/** "12 Mar" */
export const formatShortDate = onDay({ day: 'numeric', month: 'short' });
/** "Mar 2025" */
export const formatMonthYear = onDay({ month: 'short', year: 'numeric' });
/** "Wednesday" */
export const formatWeekday = onDay({ weekday: 'long' });
/** "Wed" */
export const formatShortWeekday = onDay({ weekday: 'short' });
/** "Week of 10 March 2025" */
export const formatWeekOf = (firstDay: string, locale?: string) => `Week of ${formatDate(firstDay, locale)}`;
/** A wall-clock time, "21:05". */
export const formatTime = atInstant({ hour: '2-digit', minute: '2-digit' });
/** "12 March, 21:05" */
export const formatDateTime = atInstant({ day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
/** "12 March 2025, 21:05" */
export const formatFullDateTime = atInstant({ day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** "12 March 2025" for an instant on the person's clock. */
export const formatInstantDate = atInstant({ day: 'numeric', month: 'long', year: 'numeric' });

/**
 * How a sentence names `day` when `today` is known: "today" only for today itself; "yesterday";
 * "on Tuesday" within the last week; otherwise "on 3 March 2025". A past day never says "today".
 */
export function dayInWords(day: string, today: string, locale?: string): string {
  const ago = daysBetween(day, today);
  if (ago === 0) return 'today';
  if (ago === 1) return 'yesterday';
  return `on ${dayName(day, today, locale)}`;
}

/** The day's name without "on": "Tuesday" within the last week, otherwise "3 March 2025". */
export function dayName(day: string, today: string, locale?: string): string {
  const ago = daysBetween(day, today);
  return ago > 0 && ago < 7 ? formatWeekday(day, locale) : formatDate(day, locale);
}
