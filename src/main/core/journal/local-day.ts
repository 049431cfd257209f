// A check-in belongs to a local calendar day, written 'YYYY-MM-DD'. Days are strings, never
// timestamps, so DST changes and time-zone moves can neither split nor duplicate a day: the
// arithmetic below runs on the calendar (in UTC, which has no DST), not on clock time.
import { EVENING_CUTOFF_HOUR } from '../../../shared/contract/journal.ts';
import { HarborError } from '../../../shared/result.ts';

export { EVENING_CUTOFF_HOUR };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date on the person's clock at `moment` (process time zone). */
export function calendarDayOf(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * The day "today's check-in" is for. People often write their evening check-in after midnight;
 * until EVENING_CUTOFF_HOUR (04:00 local) it still counts for the evening before. Local hours are
 * used, so on a DST night 01:30 (even when it happens twice) and 03:30 belong to the evening before.
 */
export function checkInDayOf(moment: Date): string {
  const today = calendarDayOf(moment);
  return moment.getHours() < EVENING_CUTOFF_HOUR ? addDays(today, -1) : today;
}

function toUtc(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moment = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 19xx.
  moment.setUTCFullYear(year, month - 1, date);
  return moment;
}

function fromUtc(moment: Date): string {
  return `${pad(moment.getUTCFullYear(), 4)}-${pad(moment.getUTCMonth() + 1)}-${pad(moment.getUTCDate())}`;
}

export function addDays(day: string, days: number): string {
  const moment = toUtc(day);
  moment.setUTCDate(moment.getUTCDate() + days);
  return fromUtc(moment);
}

/** The first day of the day's week: its Monday, or its Sunday when weeks start on Sunday (a setting). */
export function weekOf(day: string, weekStart: 'monday' | 'sunday' = 'monday'): string {
  const sunday = toUtc(day).getUTCDay();
  return addDays(day, -(weekStart === 'monday' ? (sunday + 6) % 7 : sunday));
}

/** A check-in can be written for any day up to today's calendar date, never for a later one. */
export function refuseFutureDay(day: string, now: Date): void {
  if (day > calendarDayOf(now)) {
    throw new HarborError('invalid_input', 'That day has not happened yet. You can write about today or any earlier day.');
  }
}
