// Insight 2: the strongest urge of each day and its 7-day average; days with self-harm as
// neutral markers (or not at all, when the person hides them).
import { MIN_DAYS_FOR_AVERAGE, type PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';
import type { QueryRange } from './range.ts';

// One row per check-in, in day order, with its place in the range (`i`). Days are found by their
// day number (range.ts dayNumber, read from the index of migration 006): calendar days, so a DST
// change can neither stretch nor shrink the 7-day window. A check-in's average covers its day and
// the six calendar days before, when at least 3 of them have a rating: urge_windows (migration
// 007) keeps each day's sum and count up to date on every write (a LEFT JOIN, so a missing window
// could cost a day its average, never its point). Days without a check-in have no point of their
// own; the page draws the line across them.
const QUERY = `
  SELECT unixepoch(e.day) / 86400 - @fromDay AS i, e.peak_urge AS urge, iif(e.self_harm = 'yes', e.day) AS harmDay,
         iif(w.urge_days >= ${MIN_DAYS_FOR_AVERAGE}, round(w.urge_sum * 1.0 / w.urge_days, 1)) AS average
  FROM entries e LEFT JOIN urge_windows w ON w.day_number = unixepoch(e.day) / 86400
  WHERE unixepoch(e.day) / 86400 BETWEEN @fromDay AND @toDay AND e.deleted_at IS NULL
  ORDER BY unixepoch(e.day) / 86400`;

export function urgesOverTime(db: Db, range: QueryRange, showSelfHarm: boolean): PatternsOverview['urges'] {
  const rows = sql(db, QUERY).raw().all({ fromDay: range.fromDay, toDay: range.toDay }) as [
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
