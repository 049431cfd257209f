// Drafts: the check-in form as the person left it, written while they type (debounced in the
// page), so a crash, a lock, a closed window or a restart never loses a word.
import { checkInDraft, type CheckInInput, type Draft } from '../../../shared/contract/journal.ts';
import type { Db } from '../db/database.ts';
import { sql } from './statements.ts';

export function saveDraft(db: Db, day: string, checkIn: CheckInInput, now: number): { savedAt: number } {
  sql(
    db,
    `INSERT INTO journal_drafts (day, body, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  ).run(day, JSON.stringify(checkIn), now);
  return { savedAt: now };
}

export function readDraft(db: Db, day: string): Draft | null {
  const row = sql(db, 'SELECT body, updated_at FROM journal_drafts WHERE day = ?').get(day) as { body: string; updated_at: number } | undefined;
  if (!row) return null;
  const parsed = checkInDraft.safeParse(JSON.parse(row.body));
  // A draft written by an older Harbor that no longer fits is kept on disk, not shown half-broken.
  return parsed.success ? { checkIn: parsed.data, savedAt: row.updated_at } : null;
}

export function discardDraft(db: Db, day: string): boolean {
  return sql(db, 'DELETE FROM journal_drafts WHERE day = ?').run(day).changes > 0;
}
