// Insight 3: when urges come, as a weekday × time-of-day grid of timed events: urge-timer and
// coping-box uses (their start), and evening check-ins that noted an urge (when they were written).
import { EVENING_CUTOFF_HOUR, weekdayOrder } from '../../../shared/calendar.ts';
import type { PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';
import type { QueryRange } from './range.ts';

// Local clock time is the instant plus the zone offset of its span (range.ts zoneSegments), so
// 01:30 before and after a DST change each land in their own local hour; day and hour then come
// from integer arithmetic (1970-01-01 was a Thursday, weekday 4). A check-in counts only when
// written on its own evening, before 04:00 the next morning (the journal's cutoff): one written
// days later for an earlier day says nothing about when the urge came.
const QUERY = `
  WITH zone(start, until, offset) AS MATERIALIZED (
    SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(@zone)
  ),
  events(local, source) AS (
    SELECT u.started_at + z.offset, 'use'
    FROM coping_uses u JOIN zone z ON u.started_at >= z.start AND u.started_at < z.until
    WHERE u.started_at >= @startMs AND u.started_at < @endMs
    UNION ALL
    SELECT e.created_at + z.offset, 'check-in'
    FROM entries e JOIN zone z ON e.created_at >= z.start AND e.created_at < z.until
    WHERE unixepoch(e.day) / 86400 BETWEEN @fromDay AND @toDay AND e.deleted_at IS NULL AND e.peak_urge >= 1
      AND (e.created_at + z.offset - ${EVENING_CUTOFF_HOUR} * 3600000) / 86400000 = unixepoch(e.day) / 86400
  )
  SELECT (local / 86400000 + 4) % 7 AS weekday, local % 86400000 / 3600000 / 6 AS band,
         sum(source = 'use') AS uses, sum(source = 'check-in') AS checkIns
  FROM events
  GROUP BY weekday, band`;

export function timeGrid(db: ReadDb, range: QueryRange): PatternsOverview['timeGrid'] {
  const weekdays = weekdayOrder(range.weekStart);
  const cells = weekdays.map(() => [0, 0, 0, 0]);
  let copingUses = 0;
  let checkIns = 0;
  const rows = sql(db, QUERY).all({ zone: range.zone, startMs: range.startMs, endMs: range.endMs, fromDay: range.fromDay, toDay: range.toDay }) as {
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
