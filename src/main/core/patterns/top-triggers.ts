// Insight 1b: the triggers noted on the most days, and whether each is rising or falling
// against the period of the same length just before.
import { TOP_TRIGGERS, type TopTrigger } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';
import type { QueryRange } from './range.ts';

// Counted per trigger first, then named: a tag's row is read once, not once per day it was noted.
// Trigger rows carry their check-in's day number (migration 007, NULL while it is deleted), read in
// day order from their index. Ties: more days first, then the name alphabetically, then the older
// tag, so the order is stable.
const QUERY = `
  WITH counted AS (
    SELECT trigger_id AS id, sum(day_number >= @fromDay) AS count, sum(day_number < @fromDay) AS previous
    FROM entry_triggers
    WHERE day_number BETWEEN @previousFromDay AND @toDay
    GROUP BY trigger_id
  )
  SELECT t.id AS id, t.name AS name, t.kind AS kind, c.count AS count, c.previous AS previous
  FROM counted c JOIN triggers t ON t.id = c.id
  WHERE c.count > 0
  ORDER BY c.count DESC, t.name_key, t.id
  LIMIT ${TOP_TRIGGERS}`;

export function topTriggers(db: ReadDb, range: QueryRange): TopTrigger[] {
  const rows = sql(db, QUERY).all({ fromDay: range.fromDay, toDay: range.toDay, previousFromDay: range.previousFromDay }) as Omit<TopTrigger, 'trend'>[];
  return rows.map((row) => ({
    ...row,
    trend: row.count > row.previous ? 'rising' : row.count < row.previous ? 'falling' : 'steady',
  }));
}
