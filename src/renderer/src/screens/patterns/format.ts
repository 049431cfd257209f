// Words and numbers for the Patterns page. Days arrive as 'YYYY-MM-DD' calendar strings; the
// shared calendar turns them into the person's own date format.
import { daysFrom, formatDate, formatMonthYear, formatShortDate } from '../../../../shared/calendar.ts';
import type { PatternsRange } from '../../../../shared/contract/patterns.ts';

/** An axis label: "10 Mar", or "Mar 2018" when the range is longer than a year. */
export function axisDay(day: string, rangeDays: number): string {
  return rangeDays <= 366 ? formatShortDate(day) : formatMonthYear(day);
}

/** "10 March 2025" */
export const longDay = (day: string) => formatDate(day);

/** Every day of the range, in order (daily series are aligned with this). */
export function rangeDays(range: PatternsRange): string[] {
  return daysFrom(range.from, range.to);
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
