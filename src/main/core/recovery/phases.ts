// The phase the person feels they are in, and the notes and counts its steps show. Plain data:
// no points, no streaks, nothing that "breaks".
import {
  recoveryNoteKeys,
  type Phase,
  type PhaseChange,
  type RecoveryNoteKey,
  type RecoveryOverview,
} from '../../../shared/contract/recovery.ts';
import type { TriggerKind } from '../../../shared/contract/journal.ts';
import type { Db } from '../db/database.ts';
import { listRelapses } from './relapses.ts';

/** How many trigger tags the awareness step shows. */
export const TOP_TRIGGER_COUNT = 5;

export function phaseHistory(db: Db): PhaseChange[] {
  const rows = db.prepare('SELECT phase, day, chosen_at FROM recovery_phases ORDER BY chosen_at DESC, id DESC').all() as {
    phase: Phase;
    day: string;
    chosen_at: number;
  }[];
  return rows.map((r) => ({ phase: r.phase, day: r.day, chosenAt: r.chosen_at }));
}

/** Records a change of phase with its day. Choosing the phase the person is already in adds nothing. */
export function setPhase(db: Db, phase: Phase, day: string, now: number): boolean {
  return db.transaction(() => {
    const current = db.prepare('SELECT phase FROM recovery_phases ORDER BY chosen_at DESC, id DESC LIMIT 1').get() as
      | { phase: Phase }
      | undefined;
    if (current?.phase === phase) return false;
    db.prepare('INSERT INTO recovery_phases (phase, day, chosen_at) VALUES (?, ?, ?)').run(phase, day, now);
    return true;
  })();
}

export function readNotes(db: Db): Record<RecoveryNoteKey, string> {
  const notes = Object.fromEntries(recoveryNoteKeys.map((k) => [k, ''])) as Record<RecoveryNoteKey, string>;
  const rows = db.prepare('SELECT key, body FROM recovery_notes').all() as { key: RecoveryNoteKey; body: string }[];
  for (const row of rows) notes[row.key] = row.body;
  return notes;
}

export function saveNote(db: Db, key: RecoveryNoteKey, body: string, now: number): { key: RecoveryNoteKey; body: string; updatedAt: number } {
  db.prepare(
    `INSERT INTO recovery_notes (key, body, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  ).run(key, body, now);
  return { key, body, updatedAt: now };
}

/** The trigger tags used on the most check-ins (deleted check-ins not counted). */
export function topTriggers(db: Db, limit = TOP_TRIGGER_COUNT): { name: string; kind: TriggerKind; uses: number }[] {
  return db
    .prepare(
      `SELECT t.name, t.kind, count(*) AS uses
         FROM entry_triggers et
         JOIN triggers t ON t.id = et.trigger_id
         JOIN entries e ON e.id = et.entry_id
        WHERE e.deleted_at IS NULL
        GROUP BY t.id
        ORDER BY uses DESC, max(e.day) DESC, t.name
        LIMIT ?`,
    )
    .all(limit) as { name: string; kind: TriggerKind; uses: number }[];
}

/** Urges waited out with the urge timer: it ran to its end, or the person said the urge eased. */
export function urgesDelayed(db: Db): number {
  const row = db.prepare(`SELECT count(*) AS n FROM coping_uses WHERE outcome IN ('eased', 'time-up')`).get() as { n: number };
  return row.n;
}

export function overview(db: Db): RecoveryOverview {
  const history = phaseHistory(db);
  const items = db.prepare('SELECT count(*) AS n FROM coping_items WHERE hidden = 0').get() as { n: number };
  const support = db
    .prepare(
      `SELECT coalesce(sum(section = 'helpers'), 0) AS people, coalesce(sum(section = 'professionals'), 0) AS professionals FROM contacts`,
    )
    .get() as { people: number; professionals: number };
  return {
    current: history[0] ?? null,
    history,
    notes: readNotes(db),
    topTriggers: topTriggers(db),
    coping: { items: items.n, urgesDelayed: urgesDelayed(db) },
    support,
    relapses: listRelapses(db),
  };
}
