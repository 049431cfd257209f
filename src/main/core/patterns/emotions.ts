// Insight 4: weekly average rating (0–5) of the emotions the person picked, and which emotions
// were noted at all (most often first) so the page can offer them.
import { MAX_PICKED_EMOTIONS, type PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';
import type { QueryRange } from './range.ts';

const DEFAULT_PICKED = 3;

// Days by their day number (range.ts dayNumber), read from the index of migration 006.
const LIVE_DAYS = 'unixepoch(e.day) / 86400 BETWEEN @fromDay AND @toDay AND e.deleted_at IS NULL';

// Every emotion noted in the range, most often first (then by total rating, then by name).
const AVAILABLE = `
  SELECT ee.emotion
  FROM entries e JOIN entry_emotions ee ON ee.entry_id = e.id
  WHERE ${LIVE_DAYS}
  GROUP BY ee.emotion
  ORDER BY count(*) DESC, sum(ee.rating) DESC, ee.emotion`;

// The shown emotions side by side, one row per week: each check-in looks up its rating of each
// shown emotion (a primary-key lookup), so only the range's days are grouped, by week, rather than
// every emotion noted in the range by emotion and week. avg() skips the days without that emotion.
// The week index comes from calendar days only (no clock time, so no DST).
function weeklyQuery(count: number): string {
  const shown = Array.from({ length: count }, (_, i) => i);
  return `
    SELECT CAST(unixepoch(e.day) / 86400 - @zeroDay AS INTEGER) / 7 AS week,
           ${shown.map((i) => `round(avg(e${i}.rating), 1) AS e${i}`).join(', ')}
    FROM entries e
    ${shown.map((i) => `LEFT JOIN entry_emotions e${i} ON e${i}.entry_id = e.id AND e${i}.emotion = @name${i}`).join('\n    ')}
    WHERE ${LIVE_DAYS}
    GROUP BY week`;
}
const WEEKLY = Array.from({ length: MAX_PICKED_EMOTIONS + 1 }, (_, count) => weeklyQuery(count));

export function emotionsOverTime(db: Db, range: QueryRange, picked: readonly string[]): PatternsOverview['emotions'] {
  const days = { fromDay: range.fromDay, toDay: range.toDay };
  const available = sql(db, AVAILABLE).pluck().all(days) as string[];
  const names = picked.length > 0 ? [...picked] : available.slice(0, DEFAULT_PICKED);
  const series = names.map((name) => ({ name, weekly: range.weeks.map((): number | null => null) }));
  if (names.length === 0) return { available, series };
  const params: Record<string, string | number> = { ...days, zeroDay: range.zeroDay };
  names.forEach((name, i) => (params[`name${i}`] = name));
  const rows = sql(db, WEEKLY[names.length] ?? weeklyQuery(names.length)).raw().all(params) as (number | null)[][];
  for (const [week, ...averages] of rows) averages.forEach((average, i) => (series[i]!.weekly[week!] = average));
  return { available, series };
}
