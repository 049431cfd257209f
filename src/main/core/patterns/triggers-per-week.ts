// Insight 1a: how many triggers of each kind were noted per week.
import type { PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';
import type { QueryRange } from './range.ts';

// Week index from calendar days only (day numbers, see range.ts dayNumber: no clock time, so no
// DST). Trigger rows carry their check-in's day number (migration 007), indexed by day.
const QUERY = `
  SELECT CAST(et.day_number - @zeroDay AS INTEGER) / 7 AS week, t.kind AS kind, count(*) AS n
  FROM entry_triggers et JOIN triggers t ON t.id = et.trigger_id
  WHERE et.day_number BETWEEN @fromDay AND @toDay
  GROUP BY week, t.kind`;

export function triggersPerWeek(db: ReadDb, range: QueryRange): PatternsOverview['triggersPerWeek'] {
  const zeros = () => range.weeks.map(() => 0);
  const result = { situation: zeros(), thought: zeros(), feeling: zeros() };
  const rows = sql(db, QUERY).all({ zeroDay: range.zeroDay, fromDay: range.fromDay, toDay: range.toDay }) as {
    week: number;
    kind: keyof typeof result;
    n: number;
  }[];
  for (const row of rows) result[row.kind][row.week] = row.n;
  return result;
}
