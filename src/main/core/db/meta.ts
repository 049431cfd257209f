// The meta table: small named values kept inside the encrypted journal (preferences, "Not now"
// on a card, the coping box's last change). Every feature reads and writes it through here.
import type { Db } from './database.ts';
import { queryCache, statementCache, type ReadDb } from './statements.ts';

const query = queryCache();
const sql = statementCache();

export function readMeta(db: ReadDb, key: string): string | null {
  const row = query(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeMeta(db: Db, key: string, value: string): void {
  sql(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
