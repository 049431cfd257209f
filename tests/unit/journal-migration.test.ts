// Migration 002 (journal) on top of a schema-1 database that already holds entries and tags.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { applyKey, type Db } from '../../src/main/core/db/database.ts';
import { migrate, schemaVersion } from '../../src/main/core/db/migrations/index.ts';
import { searchEntries } from '../../src/main/core/journal/search-index.ts';
import { readEntry } from '../../src/main/core/journal/entries.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const temps: { cleanup(): void }[] = [];
const dbs: Db[] = [];
afterEach(() => {
  dbs.splice(0).forEach((db) => db.close());
  temps.splice(0).forEach((t) => t.cleanup());
});

function schemaOneDatabase(): Db {
  const temp = makeTempDir();
  temps.push(temp);
  const db = new Database(join(temp.dir, 'harbor.db'));
  dbs.push(db);
  applyKey(db, randomBytes(32));
  db.pragma('foreign_keys = ON');
  migrate(db, 1);
  return db;
}

describe('migration 002 (journal)', () => {
  it('keeps earlier entries, folds tags that now count as the same, and indexes them for search', () => {
    const db = schemaOneDatabase();
    db.prepare(`INSERT INTO entries (id, day, mood, text, created_at, updated_at) VALUES (1, '2024-05-01', 3, 'A walk by the lighthouse', 1, 1)`).run();
    db.prepare(`INSERT INTO entries (id, day, mood, text, created_at, updated_at) VALUES (2, '2024-05-02', 2, 'Rain all day', 1, 1)`).run();
    db.prepare(`INSERT INTO triggers (id, name, kind) VALUES (1, 'Work', 'situation'), (2, '  work ', 'situation'), (3, 'Ärger', 'feeling'), (4, 'ärger', 'feeling')`).run();
    db.prepare(`INSERT INTO entry_triggers (entry_id, trigger_id) VALUES (1, 1), (2, 2), (2, 1), (1, 4)`).run();

    migrate(db);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(2);
    expect(db.prepare('SELECT id, name, kind, name_key FROM triggers ORDER BY id').all()).toEqual([
      { id: 1, name: 'Work', kind: 'situation', name_key: 'work' },
      { id: 3, name: 'Ärger', kind: 'feeling', name_key: 'ärger' },
    ]);
    expect(db.prepare('SELECT entry_id, trigger_id FROM entry_triggers ORDER BY entry_id, trigger_id').all()).toEqual([
      { entry_id: 1, trigger_id: 1 },
      { entry_id: 1, trigger_id: 3 },
      { entry_id: 2, trigger_id: 1 },
    ]);
    expect(readEntry(db, '2024-05-01')).toMatchObject({ mood: 3, reflection: 'A walk by the lighthouse', extras: { sleepHours: null } });
    expect(searchEntries(db, { query: 'lighthouse', limit: 10 }).results.map((r) => r.day)).toEqual(['2024-05-01']);
    expect(searchEntries(db, { query: 'work', limit: 10 }).results.map((r) => r.day)).toEqual(['2024-05-02', '2024-05-01']);
    db.prepare(`INSERT INTO journal_fts(journal_fts, rank) VALUES ('integrity-check', 1)`).run();
    expect((db.prepare('SELECT count(*) AS n FROM emotions').get() as { n: number }).n).toBe(8);
  });

  it('refuses a second tag that differs only in case or spaces', () => {
    const db = schemaOneDatabase();
    migrate(db);
    db.prepare(`INSERT INTO triggers (name, kind, name_key) VALUES ('Work', 'situation', 'work')`).run();
    expect(() => db.prepare(`INSERT INTO triggers (name, kind, name_key) VALUES ('WORK ', 'situation', 'work')`).run()).toThrow(/UNIQUE/);
  });
});
