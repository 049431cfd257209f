// Insight 4: weekly average rating (0–5) of the emotions the person picked, and which emotions
// were noted at all (most often first) so the page can offer them.
import { MAX_PICKED_EMOTIONS, type PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';
import type { QueryRange } from './range.ts';

const DEFAULT_PICKED = 3;

// Emotion rows carry their check-in's day number (migration 007, NULL while deleted), indexed by
// emotion and day: each emotion's days in the range are one index range, read without a join or a
// sort. The names are found by skipping from one to the next in that index.
const IN_RANGE = 'day_number BETWEEN @fromDay AND @toDay';

// Every emotion noted in the range, most often first (then by total rating, then by name). One
// pass over each emotion's days gives both figures (as a JSON pair); MATERIALIZED keeps SQLite from
// running that pass again for the sort.
const AVAILABLE = `
  WITH RECURSIVE names(name) AS (
    SELECT min(emotion) FROM entry_emotions WHERE day_number IS NOT NULL
    UNION ALL
    SELECT (SELECT min(emotion) FROM entry_emotions WHERE emotion > names.name AND day_number IS NOT NULL) FROM names WHERE name IS NOT NULL
  ),
  noted(name, stats) AS MATERIALIZED (
    SELECT name, (SELECT json_array(count(*), sum(rating)) FROM entry_emotions WHERE emotion = names.name AND ${IN_RANGE})
    FROM names WHERE name IS NOT NULL
  )
  SELECT name FROM noted WHERE stats ->> 0 > 0 ORDER BY stats ->> 0 DESC, stats ->> 1 DESC, name`;

// The shown emotions side by side, one row per week of the range: each cell averages one
// emotion's ratings over that week's days (an index range). avg() of no rows is NULL: not noted.
// Weeks come from calendar days only (no clock time, so no DST).
function weeklyQuery(count: number): string {
  const shown = Array.from({ length: count }, (_, i) => i);
  return `
    WITH RECURSIVE weeks(week, first, last) AS (
      SELECT 0, @fromDay, min(@toDay, @zeroDay + 6)
      UNION ALL
      SELECT week + 1, @zeroDay + 7 * (week + 1), min(@toDay, @zeroDay + 7 * (week + 1) + 6) FROM weeks WHERE @zeroDay + 7 * (week + 1) <= @toDay
    )
    SELECT ${['week', ...shown.map((i) => `(SELECT round(avg(rating), 1) FROM entry_emotions WHERE emotion = @name${i} AND day_number BETWEEN first AND last)`)].join(',\n      ')}
    FROM weeks`;
}
const WEEKLY = Array.from({ length: MAX_PICKED_EMOTIONS + 1 }, (_, count) => weeklyQuery(count));

export function emotionsOverTime(db: ReadDb, range: QueryRange, picked: readonly string[]): PatternsOverview['emotions'] {
  const days = { fromDay: range.fromDay, toDay: range.toDay };
  const available = sql(db, AVAILABLE).pluck().all(days) as string[];
  const names = picked.length > 0 ? [...picked] : available.slice(0, DEFAULT_PICKED);
  if (names.length === 0) return { available, series: [] };
  const params: Record<string, string | number> = { ...days, zeroDay: range.zeroDay };
  names.forEach((name, i) => (params[`name${i}`] = name));
  const rows = sql(db, WEEKLY[names.length] ?? weeklyQuery(names.length)).raw().all(params) as (number | null)[][];
  const series = names.map((name) => ({ name, weekly: range.weeks.map((): number | null => null) }));
  for (const [week, ...averages] of rows) averages.forEach((average, i) => (series[i]!.weekly[week!] = average));
  return { available, series };
}
