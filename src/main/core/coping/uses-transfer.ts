// Urge-timer uses and cope-ahead plans in Harbor's own JSON export, and back in from it: a use
// keeps its id, times, planned minutes, every re-rating and the items ticked (named by their
// starter key and title, since ids differ from journal to journal); a plan keeps its words and times.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { copeAheadFields } from '../../../shared/contract/cope-ahead.ts';
import { MAX_RATINGS_PER_USE } from '../../../shared/contract/coping.ts';
import { checkInDayOf } from '../../../shared/calendar.ts';
import type { Db } from '../db/database.ts';
import { insertStoredPlan, plansInRange, type StoredPlan } from './cope-ahead.ts';
import { writeRoundMarks } from './round-marks.ts';

const time = z.iso.datetime().transform((t) => Date.parse(t));
const urge = z.number().int().min(0).max(10);

export const exportedUse = z.object({
  id: z.uuid(),
  startedAt: time,
  endedAt: time.nullable(),
  minutesPlanned: z.number().int().min(1).max(120).nullable(),
  urgeBefore: urge.nullable(),
  urgeAfter: urge.nullable(),
  ratings: z.array(z.object({ minute: z.number().min(0).max(240), urge })).max(MAX_RATINGS_PER_USE),
  outcome: z.enum(['eased', 'time-up', 'stopped']).nullable(),
  keptWhileLocked: z.boolean().default(false),
  items: z.array(z.object({ title: z.string().max(200), starterKey: z.string().max(40).nullable() })).max(20),
  note: z.string().max(2000),
});
export type ImportedUse = z.output<typeof exportedUse>;

export const exportedPlan = copeAheadFields.extend({ createdAt: time, updatedAt: time });

const iso = (ms: number) => new Date(ms).toISOString();

/** A stable UUID for a use kept before uses had one, so importing it twice still adds it once. */
function stableUuid(rowId: number, startedAt: number): string {
  const hex = createHash('sha256').update(`harbor-use\u0000${rowId}\u0000${startedAt}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The uses of the range's journal days, oldest first, as the export writes them. */
export function exportUses(db: Db, from: string, to: string) {
  const rows = db
    .prepare(
      `SELECT id, uuid, started_at, ended_at, minutes_planned, urge_before, urge_after, outcome, kept_while_locked, note
       FROM coping_uses WHERE day >= ? AND day <= ? ORDER BY started_at, id`,
    )
    .all(from, to) as {
    id: number;
    uuid: string | null;
    started_at: number;
    ended_at: number | null;
    minutes_planned: number | null;
    urge_before: number | null;
    urge_after: number | null;
    outcome: 'eased' | 'time-up' | 'stopped' | null;
    kept_while_locked: number;
    note: string;
  }[];
  const items = db.prepare(
    'SELECT i.title, i.starter_key AS starterKey FROM coping_use_items u JOIN coping_items i ON i.id = u.item_id WHERE u.use_id = ? ORDER BY i.id',
  );
  const ratings = db.prepare('SELECT minute, urge FROM coping_use_ratings WHERE use_id = ? ORDER BY minute');
  return rows.map((r) => ({
    id: r.uuid ?? stableUuid(r.id, r.started_at),
    startedAt: iso(r.started_at),
    endedAt: r.ended_at === null ? null : iso(r.ended_at),
    minutesPlanned: r.minutes_planned,
    urgeBefore: r.urge_before,
    urgeAfter: r.urge_after,
    ratings: ratings.all(r.id) as { minute: number; urge: number }[],
    outcome: r.outcome,
    keptWhileLocked: r.kept_while_locked === 1,
    items: items.all(r.id) as { title: string; starterKey: string | null }[],
    note: r.note,
  }));
}

/** Plans from the range's first day on, upcoming ones included, so a plan still ahead moves too. */
export function exportPlans(db: Db, from: string) {
  return plansInRange(db, from, '9999-12-31').map((p) => ({ ...p, createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt) }));
}

export function knownUseIds(db: Db): Set<string> {
  return new Set(db.prepare('SELECT uuid FROM coping_uses WHERE uuid IS NOT NULL').pluck().all() as string[]);
}

/** Adds a use as it was; one already here (the same id) is left as it is. */
export function insertImportedUse(db: Db, use: ImportedUse): void {
  const added = db
    .prepare(
      `INSERT INTO coping_uses (uuid, started_at, day, ended_at, urge_before, urge_after, note, minutes_planned, outcome, kept_while_locked)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) WHERE uuid IS NOT NULL DO NOTHING`,
    )
    .run(use.id, use.startedAt, checkInDayOf(use.startedAt), use.endedAt, use.urgeBefore, use.urgeAfter, use.note, use.minutesPlanned, use.outcome, use.keptWhileLocked ? 1 : 0);
  if (added.changes === 0) return;
  const useId = Number(added.lastInsertRowid);
  const byKey = db.prepare('SELECT id FROM coping_items WHERE starter_key = ?').pluck();
  const byTitle = db.prepare('SELECT id FROM coping_items WHERE title = ? ORDER BY id LIMIT 1').pluck();
  const link = db.prepare('INSERT OR IGNORE INTO coping_use_items (use_id, item_id) VALUES (?, ?)');
  for (const item of use.items) {
    // An item this journal does not have is left out of the link; the use and its ratings stay.
    const itemId = ((item.starterKey ? byKey.get(item.starterKey) : undefined) ?? byTitle.get(item.title)) as number | undefined;
    if (itemId !== undefined) link.run(useId, itemId);
  }
  const rate = db.prepare('INSERT OR IGNORE INTO coping_use_ratings (use_id, minute, urge) VALUES (?, round(?, 1), ?)');
  for (const rating of use.ratings) rate.run(useId, rating.minute, rating.urge);
  // The urge wave counts marks, not ratings: an imported round joins it like one saved here.
  if (use.ratings.length > 0) writeRoundMarks(db, useId);
}

/** Adds an imported plan; a skill picked from the box links to this journal's item of that title, if any. */
export function insertImportedPlan(db: Db, plan: StoredPlan): void {
  const byTitle = db.prepare('SELECT id FROM coping_items WHERE title = ? ORDER BY id LIMIT 1').pluck();
  const skills = plan.skills.map((s) => (s.itemId === null ? s : { ...s, itemId: (byTitle.get(s.title) as number | undefined) ?? null }));
  insertStoredPlan(db, { ...plan, skills });
}
