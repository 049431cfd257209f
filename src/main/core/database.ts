// Opens the encrypted SQLite file. Nothing else in Harbor touches PRAGMA key.
import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { HarborError } from '../../shared/result.ts';
import { assertNotTooNew, migrate } from './migrations/index.ts';

export type Db = Database.Database;
export const DATABASE_FILE_NAME = 'harbor.db';

/** Keys a freshly opened connection (exported for tests that build databases at old schema versions). */
export function applyKey(db: Db, key: Buffer): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  // A raw 256-bit key: no PBKDF2 on open, the key file's scrypt already stretched the secret.
  db.pragma(`key="x'${key.toString('hex')}'"`);
}

/**
 * Opens (or creates) the database with the key and verifies the key with a read straight away:
 * a wrong key does not fail at PRAGMA key, only at the first read (SQLITE_NOTADB).
 */
export function openDatabase(path: string, key: Buffer, options: { create: boolean }): Db {
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: !options.create });
  } catch (error) {
    throw describeOpenError(error, path);
  }
  try {
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    // Before anything below can write to the file: a newer Harbor's journal stays byte-for-byte as it was.
    assertNotTooNew(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Checkpoints run when Harbor is idle (see Checkpointer), not inside a person's save.
    db.pragma('wal_autocheckpoint = 0');
    // Sorts and temporary indexes stay in memory: SQLite's temp files live outside the data folder.
    db.pragma('temp_store = MEMORY');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw describeOpenError(error, path);
  }
}

function describeOpenError(error: unknown, path: string): Error {
  if (error instanceof HarborError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new HarborError(
      'database_damaged',
      `Harbor could not read its journal file (${path}). It may be damaged. Nothing was changed; you can restore a backup.`,
    );
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR' || code.startsWith('SQLITE_READONLY')) {
    return new HarborError(
      'read_only',
      `Harbor cannot write to its data folder ${dirname(path)}. Check that the folder is writable, then try again.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Runs a passive WAL checkpoint once saves have been quiet for `idleMs`, and at the latest
 * `maxDelayMs` after the first write it has not folded in yet, so a long writing session that
 * never pauses still keeps the WAL small. It runs on a timer, after the save has answered.
 */
export class Checkpointer {
  private timer: NodeJS.Timeout | null = null;
  private pendingSince: number | null = null;
  private readonly db: Db;
  private readonly idleMs: number;
  private readonly maxDelayMs: number;
  constructor(db: Db, idleMs = 1500, maxDelayMs = 10_000) {
    this.db = db;
    this.idleMs = idleMs;
    this.maxDelayMs = maxDelayMs;
  }
  noteWrite(): void {
    const now = Date.now();
    this.pendingSince ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.idleMs, this.pendingSince + this.maxDelayMs - now));
    this.timer = setTimeout(() => this.run(), wait);
    this.timer.unref();
  }
  run(): void {
    this.stop();
    if (this.db.open) this.db.pragma('wal_checkpoint(PASSIVE)');
  }
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pendingSince = null;
  }
}
