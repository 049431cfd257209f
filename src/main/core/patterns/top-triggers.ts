// Insight 1b: the triggers noted on the most days, and whether each is rising or falling
// against the period of the same length just before.
import { TOP_TRIGGERS, type TopTrigger } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';
import type { QueryRange } from './range.ts';

// Ties: more days first, then the name alphabetically, then the older tag, so the order is stable.
const QUERY = `
  SELECT t.id AS id, t.name AS name, t.kind AS kind,
         sum(e.day >= @from) AS count, sum(e.day < @from) AS previous
  FROM entries e
  JOIN entry_triggers et ON et.entry_id = e.id
  JOIN triggers t ON t.id = et.trigger_id
  WHERE e.day BETWEEN @previousFrom AND @to AND e.deleted_at IS NULL
  GROUP BY t.id
  HAVING count > 0
  ORDER BY count DESC, t.name_key, t.id
  LIMIT ${TOP_TRIGGERS}`;

export function topTriggers(db: Db, range: QueryRange): TopTrigger[] {
  const rows = sql(db, QUERY).all({ from: range.from, to: range.to, previousFrom: range.previousFrom }) as Omit<TopTrigger, 'trend'>[];
  return rows.map((row) => ({
    ...row,
    trend: row.count > row.previous ? 'rising' : row.count < row.previous ? 'falling' : 'steady',
  }));
}
