// Insight 6: for each trigger, the average strongest urge on days with it and on days without
// it (days with a check-in that rated the urge). Shown only with enough days on both sides; the
// page words it as something that went together, never as a cause.
import { MIN_DAYS_EACH_SIDE, type TriggerUrge } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';
import type { QueryRange } from './range.ts';

// All rated check-in days, with the day's strongest urge (check-in or timer, day_record of
// migration 008); each trigger's rated days from the trigger rows, which carry their check-in's day
// number and the day's strongest urge (migrations 007 and 008).
const QUERY = `
  WITH total AS (
    SELECT count(strongest_urge) AS days, sum(strongest_urge) AS urges FROM day_record
    WHERE day BETWEEN @from AND @to AND entry_id IS NOT NULL
  ),
  per AS (
    SELECT trigger_id AS id, count(*) AS days, sum(peak_urge) AS urges
    FROM entry_triggers
    WHERE day_number BETWEEN @fromDay AND @toDay AND peak_urge IS NOT NULL
    GROUP BY trigger_id
  )
  SELECT t.id AS id, t.name AS name, t.kind AS kind,
         per.days AS withDays, round(per.urges * 1.0 / per.days, 1) AS withAverage,
         total.days - per.days AS withoutDays,
         round((total.urges - per.urges) * 1.0 / (total.days - per.days), 1) AS withoutAverage
  FROM per JOIN triggers t ON t.id = per.id, total
  WHERE per.days >= ${MIN_DAYS_EACH_SIDE} AND total.days - per.days >= ${MIN_DAYS_EACH_SIDE}
  ORDER BY per.urges * 1.0 / per.days - (total.urges - per.urges) * 1.0 / (total.days - per.days) DESC,
           per.days DESC, t.name_key, t.id`;

export function triggerUrges(db: ReadDb, range: QueryRange): TriggerUrge[] {
  const rows = sql(db, QUERY).all({ fromDay: range.fromDay, toDay: range.toDay, from: range.from, to: range.to }) as Omit<TriggerUrge, 'direction'>[];
  return rows.map((row) => ({
    ...row,
    direction: row.withAverage > row.withoutAverage ? 'higher' : row.withAverage < row.withoutAverage ? 'lower' : 'same',
  }));
}
