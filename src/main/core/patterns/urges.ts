// Insight 2: the strongest urge of each day and its 7-day average; days with self-harm as
// neutral markers (or not at all, when the person hides them).
import { MIN_DAYS_FOR_AVERAGE, type PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';
import { daysBetween, type QueryRange } from './range.ts';

// One row per check-in. Its average covers that day and the six calendar days before (day
// strings, so a DST change cannot stretch or shrink the window), when at least 3 of them have a
// rating. Days without a check-in have no point of their own; the page draws the line across them.
const QUERY = `
  SELECT e.day AS day, e.peak_urge AS urge, e.self_harm = 'yes' AS harm,
         (SELECT CASE WHEN count(w.peak_urge) >= ${MIN_DAYS_FOR_AVERAGE} THEN round(avg(w.peak_urge), 1) END
          FROM entries w
          WHERE w.day BETWEEN date(e.day, '-6 days') AND e.day AND w.deleted_at IS NULL) AS average
  FROM entries e
  WHERE e.day BETWEEN @from AND @to AND e.deleted_at IS NULL`;

export function urgesOverTime(db: Db, range: QueryRange, showSelfHarm: boolean): PatternsOverview['urges'] {
  const rows = sql(db, QUERY).all({ from: range.from, to: range.to }) as { day: string; urge: number | null; harm: number | null; average: number | null }[];
  const strongest: (number | null)[] = Array.from({ length: range.days }, () => null);
  const average: (number | null)[] = Array.from({ length: range.days }, () => null);
  const selfHarmDays: string[] = [];
  for (const row of rows) {
    const index = daysBetween(range.from, row.day);
    strongest[index] = row.urge;
    average[index] = row.average;
    if (showSelfHarm && row.harm === 1) selfHarmDays.push(row.day);
  }
  return { strongest, average, selfHarmDays: selfHarmDays.sort(), selfHarmShown: showSelfHarm };
}
