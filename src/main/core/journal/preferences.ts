// Journal preferences and the person's emotion list live in the encrypted database: which
// feelings someone tracks is personal, and the harness must behave exactly like the app.
import type { JournalPreferences } from '../../../shared/contract/journal.ts';
import { HarborError } from '../../../shared/result.ts';
import type { Db } from '../db/database.ts';
import { readMeta, writeMeta } from '../db/meta.ts';
import { sql } from './statements.ts';
import { nameKey, tidyName } from './tags.ts';

const PROMPTS = 'journal.promptsEnabled';
const DBT = 'journal.dbtExtrasEnabled';

function flag(db: Db, key: string, fallback: boolean): boolean {
  const value = readMeta(db, key);
  return value === null ? fallback : value === 'true';
}

export function readPreferences(db: Db): JournalPreferences {
  const emotions = sql(db, 'SELECT id, name, hidden FROM emotions ORDER BY position, id').all() as { id: number; name: string; hidden: number }[];
  return {
    promptsEnabled: flag(db, PROMPTS, true),
    dbtExtrasEnabled: flag(db, DBT, false),
    emotions: emotions.map((e) => ({ id: e.id, name: e.name, hidden: e.hidden === 1 })),
  };
}

export function setPreferences(db: Db, input: { promptsEnabled?: boolean; dbtExtrasEnabled?: boolean }): JournalPreferences {
  db.transaction(() => {
    if (input.promptsEnabled !== undefined) writeMeta(db, PROMPTS, String(input.promptsEnabled));
    if (input.dbtExtrasEnabled !== undefined) writeMeta(db, DBT, String(input.dbtExtrasEnabled));
  })();
  return readPreferences(db);
}

/** The emotion's current spelling, adding it to the list when it is new. */
export function emotionName(db: Db, name: string): string {
  const found = sql(db, 'SELECT name FROM emotions WHERE name_key = ?').get(nameKey(name)) as { name: string } | undefined;
  if (found) return found.name;
  sql(db, 'INSERT INTO emotions (name, name_key, position) VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM emotions))').run(
    tidyName(name),
    nameKey(name),
  );
  return tidyName(name);
}

export function addEmotion(db: Db, name: string): JournalPreferences {
  const existing = sql(db, 'SELECT id, hidden FROM emotions WHERE name_key = ?').get(nameKey(name)) as { id: number; hidden: number } | undefined;
  // Adding a hidden emotion again simply shows it again.
  if (existing) sql(db, 'UPDATE emotions SET hidden = 0 WHERE id = ?').run(existing.id);
  else emotionName(db, name);
  return readPreferences(db);
}

export function updateEmotion(db: Db, input: { id: number; name?: string; hidden?: boolean }): JournalPreferences {
  db.transaction(() => {
    const emotion = sql(db, 'SELECT name FROM emotions WHERE id = ?').get(input.id) as { name: string } | undefined;
    if (!emotion) throw new HarborError('not_found', 'That emotion is no longer in your list.');
    if (input.name !== undefined && tidyName(input.name) !== emotion.name) {
      const key = nameKey(input.name);
      const clash = sql(db, 'SELECT name FROM emotions WHERE name_key = ? AND id <> ?').get(key, input.id) as { name: string } | undefined;
      if (clash) throw new HarborError('conflict', `“${clash.name}” is already in your list.`);
      // Earlier check-ins follow the new name, so charts show one feeling under one word.
      sql(db, 'UPDATE entry_emotions SET emotion = ? WHERE emotion = ?').run(tidyName(input.name), emotion.name);
      sql(db, 'UPDATE emotions SET name = ?, name_key = ? WHERE id = ?').run(tidyName(input.name), key, input.id);
    }
    if (input.hidden !== undefined) sql(db, 'UPDATE emotions SET hidden = ? WHERE id = ?').run(input.hidden ? 1 : 0, input.id);
  })();
  return readPreferences(db);
}
