// Day arithmetic and plain English day names for exports. Days are 'YYYY-MM-DD' strings on the
// person's calendar (see journal/local-day.ts); names are spelled here, not by Intl, so an export
// reads the same on every computer.
import { addDays, weekOf } from '../journal/local-day.ts';

export { addDays, weekOf };

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Every day from `from` to `to`, both included. */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

function parts(day: string): { year: number; month: number; date: number; weekday: number } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const monday = weekOf(day);
  const weekday = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${monday}T00:00:00Z`)) / 86_400_000);
  return { year, month, date, weekday };
}

/** "Mon" */
export function shortWeekday(day: string): string {
  return WEEKDAYS[parts(day).weekday]!.slice(0, 3);
}

/** "Monday 10 March 2025" */
export function longDay(day: string): string {
  const p = parts(day);
  return `${WEEKDAYS[p.weekday]} ${p.date} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "10 Mar" */
export function shortDay(day: string): string {
  const p = parts(day);
  return `${p.date} ${MONTHS[p.month - 1]!.slice(0, 3)}`;
}

/** Local midnight at the start of `day`, in epoch ms (the process time zone is the person's). */
export function localStartMs(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moment = new Date(0);
  moment.setFullYear(year, month - 1, date);
  moment.setHours(0, 0, 0, 0);
  return moment.getTime();
}
