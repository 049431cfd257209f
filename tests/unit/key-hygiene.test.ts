// The database key never travels as a JavaScript string: SQLite gets it as bytes (db.key with a
// Buffer, and a Buffer bound as the KEY of an ATTACH), the buffers are overwritten afterwards, and
// lock overwrites the vault's own copy. Real encrypted databases in temp folders.
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyKey, openDatabase, rawKeyParameter } from '../../src/main/core/db/database.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  while (cleanups.length) cleanups.pop()!();
});

function tempDir(): string {
  const temp = makeTempDir('harbor-key-hygiene-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

/** The vault's open key, read for this test only (nothing else can reach it). */
function openKeyOf(core: { vault: unknown }): Buffer {
  return (core.vault as unknown as { key: Buffer }).key;
}

describe('the key as bytes', () => {
  it("rawKeyParameter writes SQLCipher's x'…' form byte by byte", () => {
    const key = randomBytes(32);
    expect(rawKeyParameter(key).equals(Buffer.from(`x'${key.toString('hex')}'`, 'latin1'))).toBe(true);
  });

  it('a journal made with the old PRAGMA key text opens with the key as bytes, and the other way round', () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const legacy = new Database(join(dir, 'legacy.db'));
    legacy.pragma(`cipher='sqlcipher'`);
    legacy.pragma('legacy=4');
    legacy.pragma(`key="x'${key.toString('hex')}'"`);
    legacy.exec("CREATE TABLE kept (text); INSERT INTO kept VALUES ('written before')");
    legacy.close();
    const reopened = new Database(join(dir, 'legacy.db'));
    applyKey(reopened, key);
    expect(reopened.prepare('SELECT text FROM kept').pluck().get()).toBe('written before');
    reopened.close();

    const made = openDatabase(join(dir, 'new.db'), key, { create: true });
    made.close();
    const viaText = new Database(join(dir, 'new.db'));
    viaText.pragma(`cipher='sqlcipher'`);
    viaText.pragma('legacy=4');
    viaText.pragma(`key="x'${key.toString('hex')}'"`);
    expect(viaText.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    viaText.close();
  });

  it('ATTACH … KEY takes a bound Buffer: the right key reads the file, a wrong one is refused', () => {
    const dir = tempDir();
    const mainKey = randomBytes(32);
    const otherKey = randomBytes(32);
    const other = new Database(join(dir, 'other.db'));
    applyKey(other, otherKey);
    other.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('attached')");
    other.close();
    const db = new Database(join(dir, 'main.db'));
    cleanups.unshift(() => db.close());
    applyKey(db, mainKey);
    db.prepare('ATTACH ? AS other KEY ?').run(join(dir, 'other.db'), rawKeyParameter(otherKey));
    expect(db.prepare('SELECT x FROM other.t').pluck().get()).toBe('attached');
    db.exec('DETACH other');
    expect(() => db.prepare('ATTACH ? AS wrong KEY ?').run(join(dir, 'other.db'), rawKeyParameter(randomBytes(32)))).toThrow(/not a database/i);
  });

  it('db.rekey takes a Buffer too (Harbor does not rekey: a new passphrase only re-wraps the key)', () => {
    const dir = tempDir();
    const [first, second] = [randomBytes(32), randomBytes(32)];
    const db = new Database(join(dir, 'r.db'));
    applyKey(db, first);
    db.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('kept')");
    const raw = rawKeyParameter(second);
    db.rekey(raw);
    raw.fill(0);
    db.close();
    const reopened = new Database(join(dir, 'r.db'));
    applyKey(reopened, second);
    expect(reopened.prepare('SELECT x FROM t').pluck().get()).toBe('kept');
    reopened.close();
  });
});

describe('no string holds the key', () => {
  it('through setup, lock, unlock, a backup and a restore, no SQL text or bound string contains the key', async () => {
    const h = await unlockedCore();
    cleanups.push(h.cleanup);
    const key = Buffer.from(openKeyOf(h.core));
    const hex = key.toString('hex');
    const texts: string[] = [];
    const keyBuffers: Buffer[] = [];
    const proto = Database.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['pragma', 'exec', 'prepare']) {
      const original = proto[method]!;
      vi.spyOn(proto, method as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
        texts.push(...args.filter((a): a is string => typeof a === 'string'));
        return original.apply(this, args);
      } as never);
    }
    const keyOriginal = proto.key!;
    vi.spyOn(proto, 'key' as never).mockImplementation(function (this: unknown, raw: Buffer) {
      keyBuffers.push(raw);
      return keyOriginal.call(this, raw);
    } as never);
    const statementProto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
    const runOriginal = statementProto.run!;
    vi.spyOn(statementProto, 'run' as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
      texts.push(...args.filter((a): a is string => typeof a === 'string'));
      return runOriginal.apply(this, args);
    } as never);

    await h.value('journalSaveEntry', { day: '2025-03-14', checkIn: { mood: 3, reflection: 'A walk by the water.' } });
    expect((await h.core.call('vaultLock', {})).ok).toBe(true);
    expect((await h.core.call('vaultUnlock', { passphrase: TEST_PASSPHRASE })).ok).toBe(true);
    const { made } = await h.value<{ made: { id: string } }>('backupNow', { folder: tempDir() });
    await h.value('backupChooseKept', { id: made.id });
    await h.value('backupRestore', { secret: TEST_PASSPHRASE, secretKind: 'passphrase' });

    expect(keyBuffers.length).toBeGreaterThanOrEqual(2);
    // Every buffer handed to SQLite was overwritten once SQLite had it.
    for (const raw of keyBuffers) expect(raw.every((byte) => byte === 0)).toBe(true);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((text) => text.toLowerCase().includes(hex))).toEqual([]);
  });

  it('lock overwrites the open key with zeros and lets go of the database', async () => {
    const h = await unlockedCore();
    cleanups.push(h.cleanup);
    const key = openKeyOf(h.core);
    const db = h.core.vault.db;
    expect(key.some((byte) => byte !== 0)).toBe(true);
    h.core.vault.lock();
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(db.open).toBe(false);
    expect(openKeyOf(h.core)).toBeNull();
  });
});
