// The "to talk about" list: short lines the person wants to bring to their next session, kept
// in the encrypted journal, oldest first; ticked-off ones stay until removed.
import type { TalkAboutItem } from '../../../shared/contract/summary.ts';
import { HarborError } from '../../../shared/result.ts';
import type { Db } from '../db/database.ts';
import { statementCache } from '../db/statements.ts';

const sql = statementCache();

export function listTalkAbout(db: Db): TalkAboutItem[] {
  return sql(db, 'SELECT id, text, done_at AS doneAt, created_at AS createdAt FROM talk_about ORDER BY created_at, id').all() as TalkAboutItem[];
}

export function addTalkAbout(db: Db, text: string, now: number): TalkAboutItem[] {
  sql(db, 'INSERT INTO talk_about (text, created_at) VALUES (?, ?)').run(text, now);
  return listTalkAbout(db);
}

export function updateTalkAbout(db: Db, id: number, change: { text?: string | undefined; done?: boolean | undefined }, now: number): TalkAboutItem[] {
  db.transaction(() => {
    const found = sql(db, 'SELECT done_at FROM talk_about WHERE id = ?').get(id) as { done_at: number | null } | undefined;
    if (!found) throw notFound();
    if (change.text !== undefined) sql(db, 'UPDATE talk_about SET text = ? WHERE id = ?').run(change.text, id);
    // Ticking an item that is already ticked keeps the first time.
    if (change.done !== undefined) sql(db, 'UPDATE talk_about SET done_at = ? WHERE id = ?').run(change.done ? (found.done_at ?? now) : null, id);
  })();
  return listTalkAbout(db);
}

export function removeTalkAbout(db: Db, id: number): TalkAboutItem[] {
  if (sql(db, 'DELETE FROM talk_about WHERE id = ?').run(id).changes === 0) throw notFound();
  return listTalkAbout(db);
}

function notFound(): HarborError {
  return new HarborError('not_found', 'That item was not found. It may have been removed already.');
}
