// openDatabase's settings and the idle Checkpointer, on real encrypted files.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/main/core/db/database.ts';
import { Checkpointer } from '../../src/main/core/db/checkpointer.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { snapshotFiles } from '../support/files.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.useRealTimers();
  while (cleanups.length) cleanups.pop()!();
});

function freshDb(): { db: Db; path: string; key: Buffer; dir: string } {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const path = join(temp.dir, 'harbor.db');
  const key = randomBytes(32);
  const db = openDatabase(path, key, { create: true });
  cleanups.unshift(() => db.open && db.close());
  return { db, path, key, dir: temp.dir };
}

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys, no auto-checkpoint and in-memory temp storage', () => {
    const { db } = freshDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
  });

  it('writes a file that is not SQLite plaintext: no header, and a wrong key cannot read it', () => {
    const { db, path } = freshDb();
    db.close();
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const before = snapshotFiles(join(path, '..'));
    let code = '';
    try {
      openDatabase(path, randomBytes(32), { create: false });
    } catch (error) {
      code = (error as { code: string }).code;
    }
    expect(code).toBe('database_damaged');
    expect(snapshotFiles(join(path, '..'))).toEqual(before);
  });

  it('creates the journal and its WAL readable by this account only', () => {
    const { db, path } = freshDb();
    db.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}-wal`).mode & 0o777).toBe(0o600);
  });

  it('reopens with the same key', () => {
    const { db, path, key } = freshDb();
    db.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
    db.close();
    const again = openDatabase(path, key, { create: false });
    cleanups.unshift(() => again.close());
    expect(again.prepare("SELECT value FROM meta WHERE key = 'k'").get()).toEqual({ value: 'v' });
  });

  it('does not create a missing file when asked to open an existing one', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    expect(() => openDatabase(join(temp.dir, 'harbor.db'), randomBytes(32), { create: false })).toThrow();
    expect(snapshotFiles(temp.dir)).toEqual({});
  });
});

describe('Checkpointer', () => {
  function write(db: Db, n: number) {
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(`k${n}`, 'v'.repeat(2000));
  }
  function freshCheckpointed() {
    const made = freshDb();
    made.db.pragma('wal_checkpoint(TRUNCATE)');
    return { ...made, before: hashOf(made.path) };
  }

  it('once enough saves have gathered, folds the WAL in after a quiet moment, never inside a save', () => {
    vi.useFakeTimers();
    const { db, path, before } = freshCheckpointed();
    const checkpointer = new Checkpointer(db, { idleMs: 1500, minWrites: 3 });
    for (let n = 1; n <= 3; n++) {
      write(db, n);
      checkpointer.noteWrite();
      expect(hashOf(path)).toBe(before); // the save itself never touches the database file
      vi.advanceTimersByTime(1000); // not quiet long enough yet
      expect(hashOf(path)).toBe(before);
    }
    vi.advanceTimersByTime(600);
    expect(hashOf(path)).not.toBe(before);
    // The WAL was fully folded in: a further checkpoint has nothing left to copy.
    const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(result!.checkpointed).toBe(result!.log);
  });

  it('leaves a small WAL alone (each checkpoint costs the next save an extra fsync); closing folds it in', () => {
    vi.useFakeTimers();
    const { db, path, before } = freshCheckpointed();
    const checkpointer = new Checkpointer(db, { idleMs: 100, minWrites: 32 });
    for (let n = 0; n < 31; n++) {
      write(db, n);
      checkpointer.noteWrite();
      vi.advanceTimersByTime(5_000);
    }
    expect(hashOf(path)).toBe(before);
    checkpointer.stop();
    db.close();
    expect(hashOf(path)).not.toBe(before);
  });

  it('still checkpoints during a long session that never goes quiet, after the longest delay', () => {
    vi.useFakeTimers();
    const { db, path, before } = freshCheckpointed();
    const checkpointer = new Checkpointer(db, { idleMs: 1500, minWrites: 1, maxDelayMs: 10_000 });
    let changedAt = -1;
    for (let second = 0; second < 15; second++) {
      write(db, second);
      checkpointer.noteWrite();
      vi.advanceTimersByTime(1000);
      if (changedAt < 0 && hashOf(path) !== before) changedAt = second;
    }
    expect(changedAt).toBeGreaterThanOrEqual(9);
    expect(changedAt).toBeLessThanOrEqual(10);
  });

  it('stop() cancels a pending checkpoint and starts the count again; a closed database is left alone', () => {
    vi.useFakeTimers();
    const { db, path, before } = freshCheckpointed();
    const checkpointer = new Checkpointer(db, { idleMs: 100, minWrites: 2 });
    write(db, 1);
    checkpointer.noteWrite();
    write(db, 2);
    checkpointer.noteWrite();
    checkpointer.stop();
    vi.advanceTimersByTime(20_000);
    expect(hashOf(path)).toBe(before);
    checkpointer.noteWrite(); // one write since stop(): below minWrites again
    vi.advanceTimersByTime(20_000);
    expect(hashOf(path)).toBe(before);
    checkpointer.noteWrite();
    db.close();
    expect(() => vi.advanceTimersByTime(200)).not.toThrow();
  });
});
