// Notes that self-harm happened, made from the coping window while Harbor was locked. They were
// sealed then (coping/pending-uses.ts) and are merged here at unlock. Nothing goes into the
// journal until the person says so on a quiet card: "add it" makes an ordinary relapse note for
// the day, "leave it out" only marks the note as answered, so the card never asks again.
import type { LockedLapseNote, Relapse } from '../../../shared/contract/recovery.ts';
import { HarborError } from '../../../shared/result.ts';
import type { Db } from '../db/database.ts';
import type { PendingLapseNote } from '../coping/pending-uses.ts';
import { getRelapse, recordRelapse } from './relapses.ts';

/** Merges notes kept while locked; a note merged before (same id) is left as it is. */
export function mergeLockedLapseNotes(db: Db, notes: readonly PendingLapseNote[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO locked_lapse_notes (id, day, noted_at) VALUES (?, ?, ?)');
  for (const note of notes) insert.run(note.id, note.day, note.notedAt);
}

/** The notes still waiting for the person's answer, oldest first. */
export function waitingLapseNotes(db: Db): LockedLapseNote[] {
  return db
    .prepare('SELECT id, day, noted_at AS notedAt FROM locked_lapse_notes WHERE resolved IS NULL ORDER BY noted_at, id')
    .all() as LockedLapseNote[];
}

/** The person's answer on the card. Answering twice changes nothing (and adds no second note). */
export function answerLockedLapseNote(
  db: Db,
  id: string,
  answer: 'add' | 'leave-out',
  now: number,
): { relapse: Relapse | null; waiting: LockedLapseNote[] } {
  return db.transaction(() => {
    const row = db.prepare('SELECT day, resolved, relapse_id AS relapseId FROM locked_lapse_notes WHERE id = ?').get(id) as
      | { day: string; resolved: string | null; relapseId: number | null }
      | undefined;
    if (!row) throw new HarborError('not_found', 'That note was not found. It may have been answered in another window.');
    if (row.resolved !== null) {
      return { relapse: row.relapseId === null ? null : getRelapse(db, row.relapseId), waiting: waitingLapseNotes(db) };
    }
    const relapse = answer === 'add' ? recordRelapse(db, row.day, now) : null;
    db.prepare('UPDATE locked_lapse_notes SET resolved = ?, resolved_at = ?, relapse_id = ? WHERE id = ?').run(
      answer === 'add' ? 'added' : 'left-out',
      now,
      relapse?.id ?? null,
      id,
    );
    return { relapse, waiting: waitingLapseNotes(db) };
  })();
}
