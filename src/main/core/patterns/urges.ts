// Insight 2: the strongest urge of each day and its 7-day average; days with self-harm as
// neutral markers (or not at all, when the person hides them).
import { MIN_DAYS_FOR_AVERAGE, type PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';
import type { QueryRange } from './range.ts';

// One row per day with a record (day_record, migration 008: the day's strongest urge, from the
// check-in or the urge timer, and its one self-harm answer), in day order, with its place in the
// range (`i`). Days are calendar days, so a DST change can neither stretch nor shrink the 7-day
// window. A day's average covers it and the six calendar days before, when at least 3 of them have
// a rating: urge_windows (migrations 007 and 008) keeps each day's sum and count up to date on every
// write (a LEFT JOIN, so a missing window could cost a day its average, never its point). Days
// without a rating have no point of their own; the page draws the line across them.
const QUERY = `
  SELECT r.day_number - @fromDay AS i, r.strongest_urge AS urge, iif(r.self_harm = 'yes', r.day) AS harmDay,
         iif(w.urge_days >= ${MIN_DAYS_FOR_AVERAGE}, round(w.urge_sum * 1.0 / w.urge_days, 1)) AS average
  FROM day_record r LEFT JOIN urge_windows w ON w.day_number = r.day_number
  WHERE r.day BETWEEN @from AND @to
  ORDER BY r.day`;

export function urgesOverTime(db: ReadDb, range: QueryRange, showSelfHarm: boolean): PatternsOverview['urges'] {
  const rows = sql(db, QUERY).raw().all({ fromDay: range.fromDay, from: range.from, to: range.to }) as [
    i: number,
    urge: number | null,
    harmDay: string | null,
    average: number | null,
  ][];
  const strongest = new Array<number | null>(range.days).fill(null);
  const average = new Array<number | null>(range.days).fill(null);
  const selfHarmDays: string[] = [];
  for (const [i, urge, harmDay, sevenDayAverage] of rows) {
    strongest[i] = urge;
    average[i] = sevenDayAverage;
    if (showSelfHarm && harmDay !== null) selfHarmDays.push(harmDay);
  }
  return { strongest, average, selfHarmDays, selfHarmShown: showSelfHarm };
}
