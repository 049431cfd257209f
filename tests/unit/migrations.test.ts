// Migrations on real encrypted databases: fresh, upgrade from every earlier version, a newer
// journal refused untouched, a failing migration rolled back entirely.
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, openDatabase, type Db } from '../../src/main/core/db/database.ts';
import { LATEST_VERSION, migrate, migrations, schemaVersion, type Migration } from '../../src/main/core/db/migrations/index.ts';
import { HarborError } from '../../src/shared/result.ts';
import { testKeychain } from '../support/keychain.ts';
import { unlockedCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { snapshotFiles } from '../support/files.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A new encrypted database with no schema at all (version 0). */
function emptyEncryptedDb(): Db {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const db = new Database(join(temp.dir, 'harbor.db'));
  cleanups.unshift(() => db.close());
  applyKey(db, randomBytes(32));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return db;
}

function schemaOf(db: Db): { type: string; name: string; tbl_name: string; sql: string | null }[] {
  return db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as never;
}

describe('migrations', () => {
  it('are numbered 1..n without gaps, with unique names', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
    expect(LATEST_VERSION).toBe(migrations.length);
  });

  it('take a fresh database to the latest version, with the base tables', () => {
    const db = emptyEncryptedDb();
    expect(schemaVersion(db)).toBe(0);
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const tables = schemaOf(db).filter((row) => row.type === 'table').map((row) => row.name);
    for (const base of ['entries', 'entry_emotions', 'triggers', 'entry_triggers', 'coping_items', 'coping_uses', 'coping_use_items', 'safety_plan', 'contacts', 'meta']) {
      expect(tables).toContain(base);
    }
    migrate(db); // running again is a no-op
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
  });

  it.each(Array.from({ length: LATEST_VERSION }, (_, v) => v))('upgrading from version %i gives the same schema as a fresh database', (from) => {
    const fresh = emptyEncryptedDb();
    migrate(fresh);
    const old = emptyEncryptedDb();
    migrate(old, from);
    expect(schemaVersion(old)).toBe(from);
    migrate(old);
    expect(schemaVersion(old)).toBe(LATEST_VERSION);
    expect(schemaOf(old)).toEqual(schemaOf(fresh));
    expect(old.pragma('foreign_key_check')).toEqual([]);
    expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('crisis lines copied with a date read plainly; a number the person typed is left as it was', () => {
    const db = emptyEncryptedDb();
    migrate(db, 15);
    const add = db.prepare('INSERT INTO contacts (section, name, reach, country) VALUES (?, ?, ?, ?)');
    add.run('professionals', '988 Suicide & Crisis Lifeline', 'call or text 988 (since July 2022)', 'United States');
    add.run('professionals', '9-8-8 Suicide Crisis Helpline', 'call or text 988 (since 30 November 2023)', 'Canada');
    add.run('professionals', 'My own line', 'call 0800 555 0199 (since May)', '');
    migrate(db);
    expect(db.prepare('SELECT reach FROM contacts ORDER BY id').pluck().all()).toEqual(['call or text 988', 'call or text 988', 'call 0800 555 0199 (since May)']);
  });

  it('a failing migration rolls back entirely: no half-made tables, the version unchanged', () => {
    const failing: Migration = {
      version: LATEST_VERSION + 1,
      name: 'fails halfway',
      up(db) {
        db.exec('CREATE TABLE half_made (id INTEGER PRIMARY KEY)');
        db.exec("INSERT INTO meta (key, value) VALUES ('half', 'made')");
        throw new Error('disk full, say');
      },
    };
    // From the latest version: only the new one runs, and nothing of it stays.
    const db = emptyEncryptedDb();
    migrate(db);
    const before = schemaOf(db);
    expect(() => migrate(db, undefined, [...migrations, failing])).toThrow('disk full, say');
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(schemaOf(db)).toEqual(before);
    expect(db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'half'").get()).toEqual({ n: 0 });

    // From nothing: every earlier migration in the same run is undone too.
    const empty = emptyEncryptedDb();
    expect(() => migrate(empty, undefined, [...migrations, failing])).toThrow('disk full, say');
    expect(schemaVersion(empty)).toBe(0);
    expect(schemaOf(empty)).toEqual([]);
  });

  it('a database from a newer Harbor is refused with database_too_new', () => {
    const db = emptyEncryptedDb();
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrow(HarborError);
    try {
      migrate(db);
    } catch (error) {
      expect((error as HarborError).code).toBe('database_too_new');
      expect((error as HarborError).message).toMatch(/newer version of Harbor.*Nothing was changed/s);
    }
  });
});

describe('a journal from a newer Harbor', () => {
  it('is refused at unlock with a clear message and left byte-for-byte untouched', async () => {
    const keychain = testKeychain();
    const h = await unlockedCore({ keychain });
    cleanups.push(() => h.cleanup());
    await h.value('vaultSetAutoUnlock', { enabled: true });
    h.core.vault.db.pragma('user_version = 999'); // written with the real key, as a newer Harbor would
    h.core.vault.lock();
    const before = snapshotFiles(h.dataDir);

    for (let attempt = 0; attempt < 3; attempt++) {
      const unlocked = await h.core.call('vaultUnlock', { passphrase: 'quiet harbour evening' });
      expect(unlocked).toMatchObject({ ok: false, error: { code: 'database_too_new' } });
      expect(!unlocked.ok && unlocked.error.message).toMatch(/newer version of Harbor/);
      expect(await h.core.call('vaultTryAutoUnlock', {})).toMatchObject({ ok: false, error: { code: 'database_too_new' } });
      expect(h.core.vault.state()).toBe('locked');
    }
    expect(snapshotFiles(h.dataDir)).toEqual(before);
  });

  it('is refused untouched by openDatabase itself, even when the file is not in WAL mode', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const path = join(temp.dir, 'harbor.db');
    const key = randomBytes(32);
    const db = new Database(path);
    applyKey(db, key);
    db.pragma('journal_mode = DELETE'); // switching to WAL would write the header
    db.exec('CREATE TABLE later_feature (id INTEGER PRIMARY KEY)');
    db.pragma('user_version = 999');
    db.close();
    const before = snapshotFiles(temp.dir);
    expect(() => openDatabase(path, key, { create: false })).toThrow(/newer version of Harbor/);
    expect(snapshotFiles(temp.dir)).toEqual(before);
  });
});
