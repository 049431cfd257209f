// Insight 4: weekly average rating (0–5) of the emotions the person picked, and which emotions
// were noted at all (most often first) so the page can offer them.
import type { PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';
import type { QueryRange } from './range.ts';

const DEFAULT_PICKED = 3;

const AVAILABLE = `
  SELECT ee.emotion AS name
  FROM entries e JOIN entry_emotions ee ON ee.entry_id = e.id
  WHERE e.day BETWEEN @from AND @to AND e.deleted_at IS NULL
  GROUP BY ee.emotion
  ORDER BY count(*) DESC, sum(ee.rating) DESC, ee.emotion`;

// The week is worked out once per day, not once per emotion noted that day.
const WEEKLY = `
  WITH days AS MATERIALIZED (
    SELECT id, CAST(julianday(day) - julianday(@weekZero) AS INTEGER) / 7 AS week
    FROM entries WHERE day BETWEEN @from AND @to AND deleted_at IS NULL
  )
  SELECT ee.emotion AS name, days.week AS week, round(avg(ee.rating), 1) AS average
  FROM days JOIN entry_emotions ee ON ee.entry_id = days.id
  WHERE ee.emotion IN (SELECT value FROM json_each(@picked))
  GROUP BY ee.emotion, days.week`;

export function emotionsOverTime(db: Db, range: QueryRange, picked: readonly string[]): PatternsOverview['emotions'] {
  const params = { from: range.from, to: range.to };
  const available = (sql(db, AVAILABLE).all(params) as { name: string }[]).map((r) => r.name);
  const names = picked.length > 0 ? [...picked] : available.slice(0, DEFAULT_PICKED);
  const series = names.map((name) => ({ name, weekly: range.weeks.map((): number | null => null) }));
  if (names.length === 0) return { available, series };
  const rows = sql(db, WEEKLY).all({ ...params, weekZero: range.weekZero, picked: JSON.stringify(names) }) as {
    name: string;
    week: number;
    average: number;
  }[];
  for (const row of rows) series[names.indexOf(row.name)]!.weekly[row.week] = row.average;
  return { available, series };
}
