// Opens the encrypted SQLite file. Nothing else in Harbor gives SQLite a key (backups attach with rawKeyParameter).
import { chmodSync, closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { endianness } from 'node:os';
import { basename } from 'node:path';
import { damagedJournal, describeOpenError } from './storage-errors.ts';
import Database from 'better-sqlite3-multiple-ciphers';
import { HarborError } from '../../../shared/result.ts';
import { assertNotTooNew, migrate } from './migrations/index.ts';

export type Db = Database.Database;
export const DATABASE_FILE_NAME = 'harbor.db';

/** Keys a freshly opened connection (exported for tests that build databases at old schema versions). */
export function applyKey(db: Db, key: Buffer): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  // A raw 256-bit key: no PBKDF2 on open, the key file's scrypt already stretched the secret.
  // It goes to SQLite as bytes, never as a JavaScript string (strings cannot be overwritten).
  const raw = rawKeyParameter(key);
  try {
    db.key(raw);
  } finally {
    raw.fill(0);
  }
}

/**
 * SQLCipher's raw-key form, x'<64 hex digits>', written straight into a Buffer so that no
 * JavaScript string ever holds the key. Also the KEY of an ATTACH (as a bound parameter). The
 * caller overwrites it with zeros once SQLite has it.
 */
export function rawKeyParameter(key: Buffer): Buffer {
  const digits = '0123456789abcdef';
  const out = Buffer.alloc(key.length * 2 + 3);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < key.length; i++) {
    out[2 + 2 * i] = digits.charCodeAt(key[i]! >> 4);
    out[3 + 2 * i] = digits.charCodeAt(key[i]! & 15);
  }
  out[out.length - 1] = 0x27;
  return out;
}

/**
 * Opens (or creates) the database with the key and verifies the key with a read straight away:
 * a wrong key does not fail at PRAGMA key, only at the first read (SQLITE_NOTADB).
 */
/** Harbor's connection settings; the benches' unencrypted baselines use them too. */
export function applyConnectionSettings(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Checkpoints run when Harbor is idle (see Checkpointer), not inside a person's save.
  db.pragma('wal_autocheckpoint = 0');
  // Sorts and temporary indexes stay in memory: SQLite's temp files live outside the data folder.
  db.pragma('temp_store = MEMORY');
}

export interface OpenOptions {
  create: boolean;
  /**
   * Leave the full page check to the caller, who runs it after unlock (see clean-close.ts): only
   * for a file that is exactly as Harbor closed it. The cheap checks still run here.
   */
  checkPagesLater?: boolean;
}

export function openDatabase(path: string, key: Buffer, options: OpenOptions): Db {
  let db: Db;
  // Before SQLite opens the file: opening resets the -shm, which is the only record of lost saves.
  if (!options.create) assertWalNotLost(path);
  try {
    db = new Database(path, { fileMustExist: !options.create });
  } catch (error) {
    throw describeOpenError(error, path);
  }
  try {
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    // Before anything below can write to the file: a damaged journal, or a newer Harbor's, stays
    // byte-for-byte as it was.
    if (!options.create) assertHarborJournal(db, path);
    if (!options.create && !options.checkPagesLater) assertPagesReadable(db, path);
    assertNotTooNew(db);
    // Only the person's own account may read the file (SQLite copies this mode to -wal and -shm).
    if (options.create) chmodSync(path, 0o600);
    applyConnectionSettings(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw describeOpenError(error, path);
  }
}

/**
 * An existing journal must be a Harbor journal before Harbor writes to it. An empty file
 * (user_version 0) would otherwise be "migrated" into a silent, empty journal over the
 * person's lost one.
 */
function assertHarborJournal(db: Db, path: string): void {
  if ((db.pragma('user_version', { simple: true }) as number) < 1) throw damagedJournal(path);
}

/**
 * quick_check reads every page, so SQLCipher's per-page HMAC finds a damaged page now instead of
 * in the middle of someone's evening. It costs a few milliseconds per megabyte (about 65 ms for
 * ten years of long entries), so it runs before unlock only when the file may have changed
 * outside Harbor, and otherwise just after (Vault).
 */
export function assertPagesReadable(db: Db, path: string): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check') as { quick_check: string }[];
  } catch (error) {
    throw describeOpenError(error, path);
  }
  if (rows.length !== 1 || rows[0]!.quick_check !== 'ok') throw damagedJournal(path);
}

/**
 * The -shm file records how many WAL frames (recent saves) are not yet folded into the main
 * file. When it says some are, but the -wal that holds them is missing or cut short (a copy or
 * sync tool that skipped it), SQLite would open the journal without them and reset the -shm:
 * those saves would be gone without a word. Harbor stops instead and touches nothing.
 */
function assertWalNotLost(path: string): void {
  const shmPath = `${path}-shm`;
  const walPath = `${path}-wal`;
  if (!existsSync(shmPath)) return;
  const header = Buffer.alloc(100);
  const fd = openSync(shmPath, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  // The wal-index header (sqlite.org/walformat.html): two copies that agree once written, in native byte order.
  if (read < header.length || !header.subarray(0, 48).equals(header.subarray(48, 96))) return;
  const u32 = (at: number) => (endianness() === 'LE' ? header.readUInt32LE(at) : header.readUInt32BE(at));
  const u16 = (at: number) => (endianness() === 'LE' ? header.readUInt16LE(at) : header.readUInt16BE(at));
  if (u32(0) !== 3007000 || header[12] !== 1) return;
  const pageSize = u16(14) === 1 ? 65536 : u16(14);
  const frames = u32(16);
  const foldedIn = u32(96);
  if (frames <= foldedIn) return;
  const needed = 32 + frames * (24 + pageSize);
  const walSize = existsSync(walPath) ? statSync(walPath).size : 0;
  if (walSize >= needed) return;
  throw new HarborError(
    'database_damaged',
    `Harbor's journal file ${path} is missing its companion file ${basename(walPath)}, which holds your most recent saves. ` +
      `Nothing was changed. If you moved or copied Harbor's data folder, put ${basename(walPath)} back beside ${basename(path)}. ` +
      `Otherwise you can restore a backup, or move ${basename(shmPath)} out of the folder to open the journal without those saves.`,
  );
}
