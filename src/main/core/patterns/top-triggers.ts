// Insight 1b: the triggers noted on the most days, and whether each is rising or falling
// against the period of the same length just before.
import { TOP_TRIGGERS, type TopTrigger } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';
import type { QueryRange } from './range.ts';

// Counted per trigger first, then named: a tag's row is read once, not once per day it was noted.
// Days by day number (range.ts dayNumber, from the index of migration 006). Ties: more days first,
// then the name alphabetically, then the older tag, so the order is stable.
const QUERY = `
  WITH counted AS (
    SELECT et.trigger_id AS id,
           sum(unixepoch(e.day) / 86400 >= @fromDay) AS count, sum(unixepoch(e.day) / 86400 < @fromDay) AS previous
    FROM entries e JOIN entry_triggers et ON et.entry_id = e.id
    WHERE unixepoch(e.day) / 86400 BETWEEN @previousFromDay AND @toDay AND e.deleted_at IS NULL
    GROUP BY et.trigger_id
  )
  SELECT t.id AS id, t.name AS name, t.kind AS kind, c.count AS count, c.previous AS previous
  FROM counted c JOIN triggers t ON t.id = c.id
  WHERE c.count > 0
  ORDER BY c.count DESC, t.name_key, t.id
  LIMIT ${TOP_TRIGGERS}`;

export function topTriggers(db: Db, range: QueryRange): TopTrigger[] {
  const rows = sql(db, QUERY).all({ fromDay: range.fromDay, toDay: range.toDay, previousFromDay: range.previousFromDay }) as Omit<TopTrigger, 'trend'>[];
  return rows.map((row) => ({
    ...row,
    trend: row.count > row.previous ? 'rising' : row.count < row.previous ? 'falling' : 'steady',
  }));
}
