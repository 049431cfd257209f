// Each round's urge at every 2-minute mark, kept ready for the urge wave (the table and its rule:
// migration 015). Written again whenever a round's ratings are saved, so the wave only counts.
import { WAVE_STEP_MINUTES } from '../../../shared/contract/patterns.ts';
import type { Db } from '../db/database.ts';
import { statementCache } from '../db/statements.ts';

const sql = statementCache();

// A rating counts at its nearest mark (the latest when two share one) and holds until the next;
// a round needs two ratings or more.
const WRITE = `
  WITH RECURSIVE
  rated AS (
    SELECT minute, urge, CAST(round(minute / ${WAVE_STEP_MINUTES}.0) AS INTEGER) * ${WAVE_STEP_MINUTES} AS mark, count(*) OVER () AS ratings
    FROM coping_use_ratings WHERE use_id = @useId
  ),
  latest AS (SELECT mark, urge, row_number() OVER (PARTITION BY mark ORDER BY minute DESC) AS nth FROM rated WHERE ratings >= 2),
  steps AS (
    SELECT mark, urge, lead(mark) OVER (ORDER BY mark) AS next_mark, row_number() OVER (ORDER BY mark) = 1 AS first
    FROM latest WHERE nth = 1
  ),
  expanded(mark, urge, next_mark, first) AS (
    SELECT mark, urge, next_mark, first FROM steps
    UNION ALL
    SELECT mark + ${WAVE_STEP_MINUTES}, urge, next_mark, 0 FROM expanded WHERE mark + ${WAVE_STEP_MINUTES} < next_mark
  )
  INSERT INTO coping_use_marks (use_id, mark, urge, started_at, first)
  SELECT @useId, mark, urge, (SELECT started_at FROM coping_uses WHERE id = @useId), first FROM expanded`;

/** Replaces the marks of one round from its ratings (inside the caller's transaction). */
export function writeRoundMarks(db: Db, useId: number): void {
  sql(db, 'DELETE FROM coping_use_marks WHERE use_id = ?').run(useId);
  sql(db, WRITE).run({ useId });
}
