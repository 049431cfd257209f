// Urge-timer uses in the journal database. A use is saved when the timer starts, after each
// rating and when it ends; every save carries the same id, so each one completes the one before.
import type { CopingUse } from '../../../shared/contract/coping.ts';
import type { Db } from '../db/database.ts';
import { checkInDayOf } from '../../../shared/calendar.ts';
import { resolveItemRef } from './box.ts';
import { writeRoundMarks } from './round-marks.ts';

/**
 * Inserts or completes a use. Idempotent and monotonic: replaying an older save (a start record
 * merged again after a crash) never erases an end time, a rating or a note. The items ticked are
 * added as they come; the final save (with an end time) says which ones were used in the end.
 */
export function upsertUse(db: Db, use: CopingUse, keptWhileLocked: boolean): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO coping_uses (uuid, started_at, day, ended_at, urge_before, urge_after, note, minutes_planned, outcome, kept_while_locked)
       VALUES (@id, @startedAt, @day, @endedAt, @urgeBefore, @urgeAfter, @note, @minutesPlanned, @outcome, @kept)
       ON CONFLICT(uuid) WHERE uuid IS NOT NULL DO UPDATE SET
         started_at = min(started_at, excluded.started_at),
         day = iif(excluded.started_at < started_at, excluded.day, day),
         ended_at = coalesce(excluded.ended_at, ended_at),
         urge_before = coalesce(excluded.urge_before, urge_before),
         urge_after = coalesce(excluded.urge_after, urge_after),
         note = CASE WHEN excluded.note <> '' THEN excluded.note ELSE note END,
         minutes_planned = max(coalesce(minutes_planned, 0), excluded.minutes_planned),
         outcome = coalesce(excluded.outcome, outcome),
         kept_while_locked = max(kept_while_locked, excluded.kept_while_locked)`,
    ).run({
      id: use.id,
      startedAt: use.startedAt,
      // The journal day the use belongs to, fixed now: its ratings count towards that day's strongest urge.
      day: checkInDayOf(new Date(use.startedAt)),
      endedAt: use.endedAt,
      urgeBefore: use.urgeBefore,
      urgeAfter: use.urgeAfter,
      note: use.note,
      minutesPlanned: use.minutesPlanned,
      outcome: use.outcome,
      kept: keptWhileLocked ? 1 : 0,
    });
    const row = db.prepare('SELECT id FROM coping_uses WHERE uuid = ?').get(use.id) as { id: number };
    const itemIds = use.items.map((ref) => resolveItemRef(db, ref)).filter((id): id is number => id !== null);
    if (use.endedAt !== null) {
      db.prepare(`DELETE FROM coping_use_items WHERE use_id = ? AND item_id NOT IN (SELECT value FROM json_each(?))`).run(
        row.id,
        JSON.stringify(itemIds),
      );
    }
    const link = db.prepare('INSERT OR IGNORE INTO coping_use_items (use_id, item_id) VALUES (?, ?)');
    for (const itemId of itemIds) link.run(row.id, itemId);
    const rate = db.prepare(
      `INSERT INTO coping_use_ratings (use_id, minute, urge) VALUES (?, round(?, 1), ?)
       ON CONFLICT(use_id, minute) DO UPDATE SET urge = excluded.urge`,
    );
    for (const rating of use.ratings) rate.run(row.id, rating.minute, rating.urge);
    if (use.ratings.length > 0) writeRoundMarks(db, row.id);
  })();
}

export interface StoredUse {
  uuid: string | null;
  startedAt: number;
  endedAt: number | null;
  urgeBefore: number | null;
  urgeAfter: number | null;
  note: string;
  minutesPlanned: number | null;
  outcome: string | null;
  keptWhileLocked: boolean;
  itemIds: number[];
  ratings: { minute: number; urge: number }[];
}

/** Every use, oldest first (for tests and for the Patterns charts). */
export function listUses(db: Db): StoredUse[] {
  const rows = db
    .prepare(
      `SELECT id, uuid, started_at, ended_at, urge_before, urge_after, note, minutes_planned, outcome, kept_while_locked
       FROM coping_uses ORDER BY started_at, id`,
    )
    .all() as {
    id: number;
    uuid: string | null;
    started_at: number;
    ended_at: number | null;
    urge_before: number | null;
    urge_after: number | null;
    note: string;
    minutes_planned: number | null;
    outcome: string | null;
    kept_while_locked: number;
  }[];
  const items = db.prepare('SELECT item_id FROM coping_use_items WHERE use_id = ? ORDER BY item_id');
  const ratings = db.prepare('SELECT minute, urge FROM coping_use_ratings WHERE use_id = ? ORDER BY minute');
  return rows.map((r) => ({
    uuid: r.uuid,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    urgeBefore: r.urge_before,
    urgeAfter: r.urge_after,
    note: r.note,
    minutesPlanned: r.minutes_planned,
    outcome: r.outcome,
    keptWhileLocked: r.kept_while_locked === 1,
    itemIds: (items.all(r.id) as { item_id: number }[]).map((x) => x.item_id),
    ratings: ratings.all(r.id) as { minute: number; urge: number }[],
  }));
}
