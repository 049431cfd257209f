// Insight 5: coping items ranked by the average drop in urge (before − after) over the uses in
// the range that have both ratings. A use with several items counts for each of them.
import { MIN_USES, type HelpedItem, type PatternsOverview } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';

// Ties: a larger average drop first, then more uses, then the title alphabetically.
const QUERY = `
  SELECT i.id AS itemId, i.title AS title, count(*) AS uses,
         round(avg(u.urge_before - u.urge_after), 1) AS averageDrop,
         round(avg(u.urge_before), 1) AS averageBefore,
         round(avg(u.urge_after), 1) AS averageAfter
  FROM coping_uses u
  JOIN coping_use_items ui ON ui.use_id = u.id
  JOIN coping_items i ON i.id = ui.item_id
  WHERE u.started_at >= @startMs AND u.started_at < @endMs
    AND u.urge_before IS NOT NULL AND u.urge_after IS NOT NULL
  GROUP BY i.id
  ORDER BY avg(u.urge_before - u.urge_after) DESC, uses DESC, i.title COLLATE NOCASE, i.id`;

export function rankHelpedItems(db: ReadDb, bounds: { startMs: number; endMs: number }): HelpedItem[] {
  return sql(db, QUERY).all({ startMs: bounds.startMs, endMs: bounds.endMs }) as HelpedItem[];
}

export function whatHelps(db: ReadDb, bounds: { startMs: number; endMs: number }): PatternsOverview['whatHelps'] {
  const all = rankHelpedItems(db, bounds);
  return { ranked: all.filter((i) => i.uses >= MIN_USES), notEnoughData: all.filter((i) => i.uses < MIN_USES) };
}
