// Insight 4: weekly average rating (0–5) of the emotions the person picked, and which emotions
// were noted at all (most often first) so the page can offer them.
import type { PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';
import type { QueryRange } from './range.ts';

const DEFAULT_PICKED = 3;

// One pass over the range: each emotion's count and total per week, then each emotion's share of
// the whole range, so rows come most-noted emotion first (then by total rating, then by name).
// The week is worked out once per day, not once per emotion noted that day.
const QUERY = `
  WITH days AS MATERIALIZED (
    SELECT id, CAST(julianday(day) - julianday(@weekZero) AS INTEGER) / 7 AS week
    FROM entries WHERE day BETWEEN @from AND @to AND deleted_at IS NULL
  ),
  weekly AS MATERIALIZED (
    SELECT ee.emotion AS name, days.week AS week, count(*) AS n, sum(ee.rating) AS total
    FROM days JOIN entry_emotions ee ON ee.entry_id = days.id
    GROUP BY ee.emotion, days.week
  ),
  ranked AS MATERIALIZED (SELECT name, sum(n) AS noted, sum(total) AS weight FROM weekly GROUP BY name)
  SELECT w.name AS name, w.week AS week, round(w.total * 1.0 / w.n, 1) AS average
  FROM weekly w JOIN ranked r ON r.name = w.name
  ORDER BY r.noted DESC, r.weight DESC, w.name, w.week`;

export function emotionsOverTime(db: Db, range: QueryRange, picked: readonly string[]): PatternsOverview['emotions'] {
  const rows = sql(db, QUERY).all({ from: range.from, to: range.to, weekZero: range.weekZero }) as { name: string; week: number; average: number }[];
  const available = [...new Set(rows.map((r) => r.name))];
  const names = picked.length > 0 ? [...picked] : available.slice(0, DEFAULT_PICKED);
  const series = names.map((name) => ({ name, weekly: range.weeks.map((): number | null => null) }));
  for (const row of rows) {
    const index = names.indexOf(row.name);
    if (index >= 0) series[index]!.weekly[row.week] = row.average;
  }
  return { available, series };
}
