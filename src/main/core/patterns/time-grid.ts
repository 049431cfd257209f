// Insight 3: when urges come, as a weekday × time-of-day grid of timed events: urge-timer and
// coping-box uses (their start), and evening check-ins that noted an urge (when they were written).
import type { PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';
import type { QueryRange } from './range.ts';

// 'localtime' converts each instant with the process time zone, so 01:30 before and after a DST
// change each land in their own local hour. A check-in counts only when written on its own
// evening (before 04:00 the next morning, the journal's cutoff): one written days later for an
// earlier day says nothing about when the urge came.
const QUERY = `
  SELECT CAST(strftime('%w', at / 1000, 'unixepoch', 'localtime') AS INTEGER) AS weekday,
         CAST(strftime('%H', at / 1000, 'unixepoch', 'localtime') AS INTEGER) / 6 AS band,
         sum(source = 'use') AS uses, sum(source = 'check-in') AS checkIns
  FROM (
    SELECT started_at AS at, 'use' AS source FROM coping_uses
    WHERE started_at >= @startMs AND started_at < @endMs
    UNION ALL
    SELECT created_at, 'check-in' FROM entries
    WHERE day BETWEEN @from AND @to AND deleted_at IS NULL AND peak_urge >= 1
      AND date(created_at / 1000, 'unixepoch', 'localtime', '-4 hours') = day
  )
  GROUP BY weekday, band`;

export function displayWeekdays(weekStart: 'monday' | 'sunday'): number[] {
  return weekStart === 'monday' ? [1, 2, 3, 4, 5, 6, 0] : [0, 1, 2, 3, 4, 5, 6];
}

export function timeGrid(db: Db, range: QueryRange): PatternsOverview['timeGrid'] {
  const weekdays = displayWeekdays(range.weekStart);
  const cells = weekdays.map(() => [0, 0, 0, 0]);
  let copingUses = 0;
  let checkIns = 0;
  const rows = sql(db, QUERY).all({ startMs: range.startMs, endMs: range.endMs, from: range.from, to: range.to }) as {
    weekday: number;
    band: number;
    uses: number;
    checkIns: number;
  }[];
  for (const row of rows) {
    cells[weekdays.indexOf(row.weekday)]![row.band] = row.uses + row.checkIns;
    copingUses += row.uses;
    checkIns += row.checkIns;
  }
  return { weekdays, cells, copingUses, checkIns };
}
