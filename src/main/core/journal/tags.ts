// Trigger tags: free text, one tag per (kind, name ignoring case and extra spaces).
import type { TriggerKind, TriggerTag } from '../../../shared/contract/journal.ts';
import { HarborError } from '../../../shared/result.ts';
import type { Db } from '../db/database.ts';
import { reindexEntries } from './search-index.ts';
import { sql } from './statements.ts';

/** "  Work   stress " → "Work stress": what a person sees. */
export function tidyName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** What two names must share to be the same tag or emotion. */
export function nameKey(name: string): string {
  return tidyName(name).toLowerCase();
}

/** The tag's id, creating it on first use. An existing tag keeps its original spelling. */
export function tagId(db: Db, name: string, kind: TriggerKind): number {
  const key = nameKey(name);
  const found = sql(db, 'SELECT id FROM triggers WHERE kind = ? AND name_key = ?').get(kind, key) as { id: number } | undefined;
  if (found) return found.id;
  return Number(sql(db, 'INSERT INTO triggers (name, kind, name_key) VALUES (?, ?, ?)').run(tidyName(name), kind, key).lastInsertRowid);
}

function readTag(db: Db, id: number): TriggerTag {
  const tag = sql(db, 'SELECT id, name, kind FROM triggers WHERE id = ?').get(id) as TriggerTag | undefined;
  if (!tag) throw new HarborError('not_found', 'That tag no longer exists. It may have been merged into another one.');
  return tag;
}

function entriesUsing(db: Db, triggerIds: number[]): number[] {
  const rows = sql(db, 'SELECT entry_id FROM entry_triggers WHERE trigger_id IN (?, ?)').all(triggerIds[0], triggerIds[1] ?? triggerIds[0]) as {
    entry_id: number;
  }[];
  return [...new Set(rows.map((r) => r.entry_id))];
}

export function listTags(db: Db) {
  const triggers = sql(
    db,
    `SELECT t.id, t.name, t.kind, count(e.id) AS uses, max(e.day) AS lastUsed
       FROM triggers t
       LEFT JOIN entry_triggers et ON et.trigger_id = t.id
       LEFT JOIN entries e ON e.id = et.entry_id AND e.deleted_at IS NULL
      GROUP BY t.id
      ORDER BY uses DESC, t.name_key`,
  ).all() as (TriggerTag & { uses: number; lastUsed: string | null })[];
  const helped = sql(
    db,
    `SELECT h.label FROM entry_helped h
      GROUP BY lower(h.label)
      ORDER BY max(h.entry_id) DESC
      LIMIT 200`,
  ).all() as { label: string }[];
  return { triggers, helped: helped.map((h) => h.label) };
}

export function renameTag(db: Db, id: number, name: string): TriggerTag {
  return db.transaction(() => {
    const tag = readTag(db, id);
    const key = nameKey(name);
    const other = sql(db, 'SELECT id, name FROM triggers WHERE kind = ? AND name_key = ? AND id <> ?').get(tag.kind, key, id) as
      | { id: number; name: string }
      | undefined;
    if (other) {
      throw new HarborError('conflict', `You already have a tag called “${other.name}”. Merge the two tags instead.`);
    }
    reindexEntries(db, entriesUsing(db, [id]), () => {
      sql(db, 'UPDATE triggers SET name = ?, name_key = ? WHERE id = ?').run(tidyName(name), key, id);
    });
    return readTag(db, id);
  })();
}

export function mergeTags(db: Db, fromId: number, intoId: number): TriggerTag {
  if (fromId === intoId) throw new HarborError('invalid_input', 'Choose two different tags to merge.');
  return db.transaction(() => {
    readTag(db, fromId);
    readTag(db, intoId);
    reindexEntries(db, entriesUsing(db, [fromId, intoId]), () => {
      sql(db, 'INSERT OR IGNORE INTO entry_triggers (entry_id, trigger_id) SELECT entry_id, ? FROM entry_triggers WHERE trigger_id = ?').run(
        intoId,
        fromId,
      );
      sql(db, 'DELETE FROM triggers WHERE id = ?').run(fromId);
    });
    return readTag(db, intoId);
  })();
}
