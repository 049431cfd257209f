// Insight 2: the strongest urge of each day and its 7-day average; days with self-harm as
// neutral markers (or not at all, when the person hides them).
import { MIN_DAYS_FOR_AVERAGE, type PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';
import { addDays } from '../journal/local-day.ts';
import type { QueryRange } from './range.ts';

// Every calendar day from six days before the range (so the first average has its window) to the
// end; one row per day makes "6 PRECEDING" exactly the six calendar days before.
const QUERY = `
  WITH RECURSIVE span(day) AS (
    SELECT @lead UNION ALL SELECT date(day, '+1 day') FROM span WHERE day < @to
  ),
  daily AS (
    SELECT span.day AS day, e.peak_urge AS urge, e.self_harm = 'yes' AS harm
    FROM span LEFT JOIN entries e ON e.day = span.day AND e.deleted_at IS NULL
  ),
  rolled AS (
    SELECT day, urge, harm,
           avg(urge) OVER week AS average,
           count(urge) OVER week AS counted
    FROM daily
    WINDOW week AS (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
  )
  SELECT day, urge, harm, CASE WHEN counted >= ${MIN_DAYS_FOR_AVERAGE} THEN round(average, 1) END AS average
  FROM rolled WHERE day >= @from ORDER BY day`;

export function urgesOverTime(db: Db, range: QueryRange, showSelfHarm: boolean): PatternsOverview['urges'] {
  const rows = sql(db, QUERY).all({ lead: addDays(range.from, -6), from: range.from, to: range.to }) as {
    day: string;
    urge: number | null;
    harm: number | null;
    average: number | null;
  }[];
  return {
    strongest: rows.map((r) => r.urge),
    average: rows.map((r) => r.average),
    selfHarmDays: showSelfHarm ? rows.filter((r) => r.harm === 1).map((r) => r.day) : [],
    selfHarmShown: showSelfHarm,
  };
}
