// Words and numbers for the Patterns page. Days arrive as 'YYYY-MM-DD' calendar strings; they
// are read as UTC dates so no time zone or DST change can shift them.
import type { PatternsRange } from '../../../../shared/contract/patterns.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

/** "10 Mar" */
export function shortDay(day: string): string {
  const [, month, date] = parts(day);
  return `${date} ${MONTHS[month - 1]!.slice(0, 3)}`;
}

/** An axis label: "10 Mar", or "May 2018" when the range is longer than a year. */
export function axisDay(day: string, rangeDays: number): string {
  if (rangeDays <= 366) return shortDay(day);
  const [year, month] = parts(day);
  return `${MONTHS[month - 1]!.slice(0, 3)} ${year}`;
}

/** "10 March 2025" */
export function longDay(day: string): string {
  const [year, month, date] = parts(day);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

export function addDays(day: string, days: number): string {
  const moment = new Date(`${day}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** Every day of the range, in order (daily series are aligned with this). */
export function rangeDays(range: PatternsRange): string[] {
  return Array.from({ length: range.days }, (_, i) => addDays(range.from, i));
}

export function oneDecimal(value: number): string {
  return value.toFixed(1);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "the 4 weeks before" / "the 10 days before", for rising and falling. */
export function previousPeriod(range: PatternsRange, weeks: number | null): string {
  return weeks !== null ? `the ${plural(weeks, 'week', 'weeks')} before` : `the ${plural(range.days, 'day', 'days')} before`;
}

export interface RangeLabels {
  /** Every day of the range, in order. */
  days: string[];
  dayAxis: string[];
  dayFull: string[];
  weekAxis: string[];
  weekFull: string[];
}

const labelsByRange = new WeakMap<PatternsRange, RangeLabels>();

/**
 * The range's days and the words for them, made once per payload and shared by every chart
 * (the range object is the payload's own, so a new payload makes new labels).
 */
export function rangeLabels(range: PatternsRange): RangeLabels {
  let labels = labelsByRange.get(range);
  if (!labels) {
    const days = rangeDays(range);
    labels = {
      days,
      dayAxis: days.map((day) => axisDay(day, range.days)),
      dayFull: days.map(longDay),
      weekAxis: range.weeks.map((week) => axisDay(week, range.days)),
      weekFull: range.weeks.map((week) => `Week of ${longDay(week)}`),
    };
    labelsByRange.set(range, labels);
  }
  return labels;
}
