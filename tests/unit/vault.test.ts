// The vault against real encrypted databases in temp folders: setup, unlock, wrong secrets,
// passphrase and recovery-code changes, damaged files, auto-unlock, and the races between a
// slow KDF and a lock.
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain, type Keychain } from '../../src/main/core/keychain.ts';
import { KEY_FILE_NAME, keyFileChecksum, normaliseRecoveryCode, type KeyFile } from '../../src/main/core/key-file.ts';
import { DATABASE_FILE_NAME } from '../../src/main/core/db/database.ts';
import { UNLOCK_ATTEMPTS_FILE } from '../../src/main/core/unlock-attempts.ts';
import type { Result } from '../../src/shared/result.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';
import { listFiles, snapshotFiles } from '../support/files.ts';
import { testKeychain } from '../support/keychain.ts';

const PASSPHRASE = 'quiet harbour evening';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function newCore(options: { dir?: string; keychain?: Keychain; kdfCost?: { N: number; r: number; p: number }; now?: () => Date } = {}) {
  let dir = options.dir;
  if (!dir) {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    dir = temp.dir;
  }
  const core = new HarborCore({ dataDir: dir, platform: { keychain: options.keychain ?? noKeychain }, kdfCost: options.kdfCost ?? FAST_KDF, now: options.now, log: () => {} });
  cleanups.unshift(() => core.close());
  return { core, vault: core.vault, dir };
}

async function setUp(options: Parameters<typeof newCore>[0] = {}, passphrase = PASSPHRASE) {
  const made = newCore(options);
  const created = await made.core.call('vaultCreate', { passphrase });
  if (!created.ok) throw new Error(created.error.message);
  return { ...made, recoveryCode: (created.value as { recoveryCode: string }).recoveryCode };
}

function expectError(result: Result<unknown>, code: string): string {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error.message;
}

/**
 * After lock: the database and key file are there, and nothing transient is (-wal, -shm, a
 * half-made database, a temp file). Other features may keep their own files beside them.
 */
function expectOnlyRestingFiles(dir: string) {
  const files = listFiles(dir);
  expect(files).toEqual(expect.arrayContaining([DATABASE_FILE_NAME, KEY_FILE_NAME]));
  expect(files.filter((f) => /-wal$|-shm$|-journal$|\.creating$|\.tmp-/.test(f))).toEqual([]);
}

function readKeyFileJson(dir: string): KeyFile & { checksum: string } {
  return JSON.parse(readFileSync(join(dir, KEY_FILE_NAME), 'utf8'));
}

/** Proves the database opened with the key really is the journal: a row written earlier reads back. */
function writeMarker(core: HarborCore, value: string) {
  core.vault.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('test-marker', ?)").run(value);
}
function readMarker(core: HarborCore): string | undefined {
  return (core.vault.db.prepare("SELECT value FROM meta WHERE key = 'test-marker'").get() as { value: string } | undefined)?.value;
}

describe('setup and unlock', () => {
  it('creates an unlocked vault, then locks (no WAL left) and unlocks', async () => {
    const { core, dir } = await setUp();
    expect(await core.call('vaultStatus', {})).toEqual({
      ok: true,
      value: { state: 'unlocked', autoUnlock: false, autoUnlockAvailable: false, wrongTries: { passphrase: 0, passphraseWaitMs: 0, recovery: 0, recoveryWaitMs: 0 } },
    });
    writeMarker(core, 'kept');
    expect((await core.call('vaultLock', {})).ok).toBe(true);
    expectOnlyRestingFiles(dir);
    if (process.platform !== 'win32') expect(statSync(join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(await core.call('vaultStatus', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(() => core.vault.db).toThrow(/locked/i);

    expect(await core.call('vaultUnlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(readMarker(core)).toBe('kept');
  });

  it('a second core on the same folder sees the vault as locked and unlocks it with the passphrase', async () => {
    const first = await setUp();
    writeMarker(first.core, 'from the first run');
    first.core.close();
    const second = newCore({ dir: first.dir });
    expect(await second.core.call('vaultStatus', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect((await second.core.call('vaultUnlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect(readMarker(second.core)).toBe('from the first run');
  });

  it('refuses a second setup over an existing vault and changes nothing', async () => {
    const { core, dir } = await setUp();
    core.vault.lock();
    const before = snapshotFiles(dir);
    expectError(await core.call('vaultCreate', { passphrase: 'another passphrase' }), 'vault_exists');
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('says the same thing for a wrong passphrase 20 times in a row (each after its wait) and changes no file but the try counter', async () => {
    let now = Date.parse('2026-03-01T20:00:00Z');
    const { core, dir } = await setUp({ now: () => new Date(now) });
    core.vault.lock();
    const before = snapshotFiles(dir);
    const messages = new Set<string>();
    for (let attempt = 0; attempt < 20; attempt++) {
      now += 30_000; // past the longest wait, so every try is a real try
      messages.add(expectError(await core.call('vaultUnlock', { passphrase: `not it ${attempt}` }), 'wrong_passphrase'));
    }
    expect(messages.size).toBe(1);
    expect([...messages][0]).toMatch(/passphrase does not match/);
    const { [UNLOCK_ATTEMPTS_FILE]: counter, ...after } = snapshotFiles(dir);
    expect(after).toEqual(before);
    expect(counter).toBeDefined();
    expect(core.vault.state()).toBe('locked');
    now += 30_000;
    expect((await core.call('vaultUnlock', { passphrase: PASSPHRASE })).ok).toBe(true);
  });

  it('accepts a 1,000-character passphrase and refuses one over the limit at the contract', async () => {
    const long = 'a quiet place '.repeat(80).slice(0, 1000);
    expect(long).toHaveLength(1000);
    const { core } = await setUp({}, long);
    core.vault.lock();
    expectError(await core.call('vaultUnlock', { passphrase: long.slice(0, 999) }), 'wrong_passphrase');
    expect((await core.call('vaultUnlock', { passphrase: long })).ok).toBe(true);

    const fresh = newCore();
    expectError(await fresh.core.call('vaultCreate', { passphrase: 'x'.repeat(1025) }), 'invalid_input');
    expect(fresh.vault.state()).toBe('none');
  });

  it('normalises Unicode with NFC: set up with a composed é, unlock with e + combining accent', async () => {
    const composed = 'caf\u00e9 au lait \u00e9t\u00e9';
    const decomposed = 'cafe\u0301 au lait e\u0301te\u0301';
    expect(composed).not.toBe(decomposed);
    expect(decomposed.normalize('NFC')).toBe(composed);
    const { core } = await setUp({}, composed);
    core.vault.lock();
    expectError(await core.call('vaultUnlock', { passphrase: 'cafe au lait ete' }), 'wrong_passphrase');
    expect((await core.call('vaultUnlock', { passphrase: decomposed })).ok).toBe(true);
  });

  it('rejects empty, short, mismatched and malformed passphrases at the contract, before anything is written', async () => {
    const { core, dir } = newCore();
    const bad: unknown[] = [
      {},
      { passphrase: '' },
      { passphrase: 'short' },
      { passphrase: 'long enough words', confirm: 'long enough word' },
      { passphrase: 12345678 },
      { passphrase: 'long enough words', extra: true },
    ];
    for (const input of bad) {
      const message = expectError(await core.call('vaultCreate', input), 'invalid_input');
      expect(message).not.toMatch(/ZodError|\[object|undefined\b.*undefined/);
    }
    expect(expectError(await core.call('vaultCreate', { passphrase: 'short' }), 'invalid_input')).toMatch(/at least 8 characters/);
    expect(expectError(await core.call('vaultCreate', { passphrase: 'long enough words', confirm: 'other' }), 'invalid_input')).toMatch(/do not match/);
    expect(expectError(await core.call('vaultCreate', {}), 'invalid_input')).toBe('Your passphrase is missing.');
    expect(listFiles(dir)).toEqual([]);
    expect((await core.call('vaultCreate', { passphrase: 'long enough words', confirm: 'long enough words' })).ok).toBe(true);
  });

  it('two setups at once (a double click) leave one working vault whose recovery code works', async () => {
    const { core, dir } = newCore();
    const results = await Promise.all([
      core.call('vaultCreate', { passphrase: 'first choice words' }),
      core.call('vaultCreate', { passphrase: 'second choice words' }),
    ]);
    const succeeded = results.filter((r) => r.ok);
    expect(succeeded).toHaveLength(1);
    expectError(results.find((r) => !r.ok)!, 'vault_exists');
    const winner = results[0]!.ok ? 'first choice words' : 'second choice words';
    const code = (succeeded[0]!.value as { recoveryCode: string }).recoveryCode;
    writeMarker(core, 'one vault');
    core.vault.lock();
    expectOnlyRestingFiles(dir);
    expect((await core.call('vaultUnlock', { passphrase: winner })).ok).toBe(true);
    core.vault.lock();
    expect((await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: code, newPassphrase: 'after the double click' })).ok).toBe(true);
    expect(readMarker(core)).toBe('one vault');
  });

  it('two unlocks at once open one database; lock then leaves no WAL behind', async () => {
    const { core, dir } = await setUp();
    core.vault.lock();
    const results = await Promise.all([core.call('vaultUnlock', { passphrase: PASSPHRASE }), core.call('vaultUnlock', { passphrase: PASSPHRASE })]);
    expect(results.every((r) => r.ok)).toBe(true);
    writeMarker(core, 'x');
    core.vault.lock();
    // A second, leaked connection would keep -wal and -shm alive after lock.
    expectOnlyRestingFiles(dir);
  });

  it('a lock that arrives while the passphrase KDF runs wins: Harbor stays locked', async () => {
    const { core } = await setUp();
    core.vault.lock();
    const unlocking = core.call('vaultUnlock', { passphrase: PASSPHRASE });
    core.vault.lock(); // e.g. the computer went to sleep right after the person pressed Enter
    expectError(await unlocking, 'locked');
    expect(core.vault.state()).toBe('locked');
  });
});

describe('lock', () => {
  it('closes the database handle and overwrites the key buffer', async () => {
    const keychain = testKeychain();
    const { core } = await setUp({ keychain });
    expect((await core.call('vaultSetAutoUnlock', { enabled: true })).ok).toBe(true);
    core.vault.lock();
    expect(core.vault.tryAutoUnlock()).toBe(true);
    // The vault keeps the very buffer the keychain handed out; we can reach it from here.
    const key = keychain.handedOut.at(-1)!;
    expect(key).toHaveLength(32);
    expect(key.some((byte) => byte !== 0)).toBe(true);
    const db = core.vault.db;
    expect(db.open).toBe(true);

    expect((await core.call('vaultLock', {})).ok).toBe(true);
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(db.open).toBe(false);
    expect(() => core.vault.db).toThrow(/locked/i);
    expect(core.vault.state()).toBe('locked');
  });

  it('is safe to call when already locked or never set up', async () => {
    const { core } = newCore();
    expect(await core.call('vaultLock', {})).toMatchObject({ ok: true, value: { state: 'none' } });
    const set = await setUp();
    set.vault.lock();
    set.vault.lock();
    expect(set.vault.state()).toBe('locked');
  });
});

describe('changing the passphrase', () => {
  it('re-wraps the key only: the old passphrase stops working, the new one works, the database file is not rewritten', async () => {
    const { core, dir } = await setUp();
    writeMarker(core, 'before the change');
    core.vault.lock(); // folds the WAL into the database file
    const dbPath = join(dir, DATABASE_FILE_NAME);
    const dbBefore = snapshotFiles(dir)[DATABASE_FILE_NAME];
    const keyBefore = readFileSync(join(dir, KEY_FILE_NAME), 'utf8');
    const dbMtime = statSync(dbPath).mtimeMs;

    expect((await core.call('vaultUnlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect(await core.call('vaultChangePassphrase', { current: PASSPHRASE, next: 'a new calm passphrase' })).toEqual({ ok: true, value: { changed: true } });
    expect(snapshotFiles(dir)[DATABASE_FILE_NAME]).toBe(dbBefore);
    core.vault.lock();
    expect(snapshotFiles(dir)[DATABASE_FILE_NAME]).toBe(dbBefore);
    expect(statSync(dbPath).mtimeMs).toBe(dbMtime);
    const keyAfter = readKeyFileJson(dir);
    expect(readFileSync(join(dir, KEY_FILE_NAME), 'utf8')).not.toBe(keyBefore);
    // Only the passphrase wrapping changed; the recovery wrapping is byte-identical.
    expect(keyAfter.recovery).toEqual(JSON.parse(keyBefore).recovery);

    expectError(await core.call('vaultUnlock', { passphrase: PASSPHRASE }), 'wrong_passphrase');
    expect((await core.call('vaultUnlock', { passphrase: 'a new calm passphrase' })).ok).toBe(true);
    expect(readMarker(core)).toBe('before the change');
  });

  it('refuses a wrong current passphrase and changes nothing', async () => {
    const { core, dir } = await setUp();
    const before = readFileSync(join(dir, KEY_FILE_NAME));
    expectError(await core.call('vaultChangePassphrase', { current: 'not my passphrase', next: 'a new calm passphrase' }), 'wrong_passphrase');
    expect(readFileSync(join(dir, KEY_FILE_NAME)).equals(before)).toBe(true);
  });

  it('needs an unlocked vault', async () => {
    const { core } = await setUp();
    core.vault.lock();
    expectError(await core.call('vaultChangePassphrase', { current: PASSPHRASE, next: 'a new calm passphrase' }), 'locked');
  });

  it('a lock at any moment during a change never leaves a key file that opens nothing', async () => {
    // The change runs two KDFs; a lock (sleep, screen lock) may land in either. Whatever the
    // outcome, the passphrase the person was told about must open the journal.
    const cost = { N: 2 ** 14, r: 8, p: 1 };
    for (const delayMs of [0, 2, 8, 16, 24, 40, 70]) {
      const { core } = await setUp({ kdfCost: cost });
      writeMarker(core, `delay ${delayMs}`);
      const next = `changed after ${delayMs} ms`;
      const changing = core.call('vaultChangePassphrase', { current: PASSPHRASE, next });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      core.vault.lock();
      const outcome = await changing;
      const works = outcome.ok ? next : PASSPHRASE;
      const unlocked = await core.call('vaultUnlock', { passphrase: works });
      expect(unlocked.ok, `delay ${delayMs}: ${JSON.stringify(unlocked)}`).toBe(true);
      expect(readMarker(core)).toBe(`delay ${delayMs}`);
      core.close();
    }
  });

  it('a new passphrase and a new recovery code requested together both land', async () => {
    const { core } = await setUp();
    const [changed, renewed] = await Promise.all([
      core.call('vaultChangePassphrase', { current: PASSPHRASE, next: 'both at once words' }),
      core.call('vaultNewRecoveryCode', { passphrase: PASSPHRASE }),
    ]);
    expect(changed.ok && renewed.ok).toBe(true);
    core.vault.lock();
    expect((await core.call('vaultUnlock', { passphrase: 'both at once words' })).ok).toBe(true);
    core.vault.lock();
    const code = (renewed as { ok: true; value: { recoveryCode: string } }).value.recoveryCode;
    expect((await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: code, newPassphrase: 'after both words' })).ok).toBe(true);
  });
});

describe('recovery code', () => {
  it('unlocks and sets a new passphrase; the old passphrase stops working', async () => {
    const { core, recoveryCode } = await setUp();
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    writeMarker(core, 'recovered');
    core.vault.lock();
    expect(await core.call('vaultUnlockWithRecoveryCode', { recoveryCode, newPassphrase: 'brand new passphrase' })).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(readMarker(core)).toBe('recovered');
    core.vault.lock();
    expectError(await core.call('vaultUnlock', { passphrase: PASSPHRASE }), 'wrong_passphrase');
    expect((await core.call('vaultUnlock', { passphrase: 'brand new passphrase' })).ok).toBe(true);
  });

  it('refuses a wrong code with the same message each time and changes nothing', async () => {
    const { core, dir, recoveryCode } = await setUp();
    core.vault.lock();
    const before = snapshotFiles(dir);
    const wrong = recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const first = expectError(await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: wrong, newPassphrase: 'whatever words here' }), 'wrong_recovery_code');
    const second = expectError(await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: 'nonsense', newPassphrase: 'whatever words here' }), 'wrong_recovery_code');
    expect(second).toBe(first);
    const { [UNLOCK_ATTEMPTS_FILE]: _counter, ...after } = snapshotFiles(dir);
    expect(after).toEqual(before);
    expect((await core.call('vaultUnlock', { passphrase: PASSPHRASE })).ok).toBe(true);
  });

  it('is read as people retype it: lower case, spaces, O for 0, I and L for 1', () => {
    const canonical = normaliseRecoveryCode('0123-ABCD-1111-0000');
    for (const typed of ['0123-abcd-1111-0000', 'O123 abcd IlLi oOoO', ' 0123abcd11110000 ', '0123 - ABCD - 1111 - 0000']) {
      expect(normaliseRecoveryCode(typed).equals(canonical), typed).toBe(true);
    }
    expect(normaliseRecoveryCode('0123-ABCD-1111-0001').equals(canonical)).toBe(false);
  });

  it('unlocks with a code typed in lower case, with spaces instead of dashes and O instead of 0', async () => {
    const { core } = await setUp();
    // Make sure the code has a 0 and a 1 to mistype (a fresh code lacks them about half the time).
    let code = '';
    for (let i = 0; i < 40 && !(code.includes('0') && code.includes('1')); i++) {
      code = ((await core.call('vaultNewRecoveryCode', { passphrase: PASSPHRASE })) as { ok: true; value: { recoveryCode: string } }).value.recoveryCode;
    }
    expect(code).toMatch(/0/);
    expect(code).toMatch(/1/);
    const typed = code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'O').replaceAll('1', 'l');
    core.vault.lock();
    expect((await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: typed, newPassphrase: 'typed by hand words' })).ok).toBe(true);
  });

  it('a new recovery code replaces the old one; a wrong passphrase keeps the old one', async () => {
    const { core, recoveryCode: oldCode } = await setUp();
    const before = readFileSync(join(core.vault.dataDir, KEY_FILE_NAME));
    expectError(await core.call('vaultNewRecoveryCode', { passphrase: 'not my passphrase' }), 'wrong_passphrase');
    expect(readFileSync(join(core.vault.dataDir, KEY_FILE_NAME)).equals(before)).toBe(true);

    const renewed = await core.call('vaultNewRecoveryCode', { passphrase: PASSPHRASE });
    expect(renewed.ok).toBe(true);
    const newCode = (renewed as { ok: true; value: { recoveryCode: string } }).value.recoveryCode;
    expect(newCode).not.toBe(oldCode);
    core.vault.lock();
    expectError(await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: oldCode, newPassphrase: 'whatever words here' }), 'wrong_recovery_code');
    expect((await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: newCode, newPassphrase: 'whatever words here' })).ok).toBe(true);
  });
});

describe('damaged or missing files', () => {
  async function lockedVault() {
    const made = await setUp();
    made.vault.lock();
    const keyPath = join(made.dir, KEY_FILE_NAME);
    return { ...made, keyPath, keyText: readFileSync(keyPath, 'utf8') };
  }

  function flipBitInBase64(text: string): string {
    const bytes = Buffer.from(text, 'base64');
    bytes[5]! ^= 0x04;
    return bytes.toString('base64');
  }

  const damages: [string, (text: string) => string][] = [
    ['truncated', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['empty', () => ''],
    ['garbled JSON', () => '{"format": "harbor-key-file", "version": 1, ]]]'],
    ['valid JSON with the wrong fields', () => JSON.stringify({ format: 'harbor-key-file', version: 1, passphrase: 'abc' })],
    ['valid JSON that is not an object', () => '[1, 2, 3]'],
    ['a bit flipped in the wrapped key', (text) => {
      const json = JSON.parse(text);
      json.passphrase.data = flipBitInBase64(json.passphrase.data);
      return JSON.stringify(json, null, 2);
    }],
    ['a bit flipped in the salt', (text) => {
      const json = JSON.parse(text);
      json.passphrase.kdf.salt = flipBitInBase64(json.passphrase.kdf.salt);
      return JSON.stringify(json, null, 2);
    }],
    ['a raw byte changed', (text) => {
      const at = text.indexOf('"tag": "') + 10;
      return text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    }],
    ['a wrapped key of the wrong length (checksum recomputed)', (text) => {
      const { checksum: _checksum, ...json } = JSON.parse(text);
      json.passphrase.data = Buffer.alloc(31).toString('base64');
      return JSON.stringify({ ...json, checksum: keyFileChecksum(json) });
    }],
    ['an impossible scrypt cost (checksum recomputed)', (text) => {
      const { checksum: _checksum, ...json } = JSON.parse(text);
      json.passphrase.kdf.N = 1000; // not a power of two
      return JSON.stringify({ ...json, checksum: keyFileChecksum(json) });
    }],
    ['a memory-hungry scrypt cost (checksum recomputed)', (text) => {
      const { checksum: _checksum, ...json } = JSON.parse(text);
      json.passphrase.kdf.N = 2 ** 22;
      json.passphrase.kdf.r = 32; // 16 GiB
      return JSON.stringify({ ...json, checksum: keyFileChecksum(json) });
    }],
  ];

  it.each(damages)('a key file with %s: a clear error naming the file, nothing overwritten', async (_label, damage) => {
    const { core, dir, keyPath, keyText } = await lockedVault();
    const damaged = damage(keyText);
    expect(damaged).not.toBe(keyText);
    writeFileSync(keyPath, damaged);
    const before = snapshotFiles(dir);

    for (const result of [
      await core.call('vaultUnlock', { passphrase: PASSPHRASE }),
      await core.call('vaultStatus', {}),
      await core.call('vaultCreate', { passphrase: 'start over words' }),
      await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: 'AAAA', newPassphrase: 'start over words' }),
      await core.call('vaultTryAutoUnlock', {}),
    ]) {
      const message = expectError(result, 'key_file_damaged');
      expect(message).toContain(keyPath);
      expect(message).toMatch(/Nothing was changed/);
    }
    expect(snapshotFiles(dir)).toEqual(before);
    expect(readFileSync(keyPath, 'utf8')).toBe(damaged);

    // Putting the good file back makes everything work again.
    writeFileSync(keyPath, keyText);
    expect((await core.call('vaultUnlock', { passphrase: PASSPHRASE })).ok).toBe(true);
  });

  it('a missing database next to a key file: a clear error naming the file, nothing created', async () => {
    const { core, dir } = await lockedVault();
    rmSync(join(dir, DATABASE_FILE_NAME));
    const before = snapshotFiles(dir);
    const message = expectError(await core.call('vaultUnlock', { passphrase: PASSPHRASE }), 'database_damaged');
    expect(message).toContain(join(dir, DATABASE_FILE_NAME));
    expect(message).toMatch(/missing/);
    expectError(await core.call('vaultCreate', { passphrase: 'start over words' }), 'vault_exists');
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('a database whose key file is missing is not replaced by a new setup', async () => {
    const { core, dir, keyPath } = await lockedVault();
    rmSync(keyPath);
    const before = snapshotFiles(dir);
    // Not "set up Harbor": the journal is there, and the person is told what is missing.
    expect(expectError(await core.call('vaultStatus', {}), 'key_file_damaged')).toContain(KEY_FILE_NAME);
    const message = expectError(await core.call('vaultCreate', { passphrase: 'start over words' }), 'key_file_damaged');
    expect(message).toContain(KEY_FILE_NAME);
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('a damaged database: a clear error, the files stay as they were', async () => {
    const { core, dir } = await lockedVault();
    const dbPath = join(dir, DATABASE_FILE_NAME);
    const bytes = readFileSync(dbPath);
    bytes.fill(0x5a, 0, 4096); // the first page, which holds the salt and the schema
    writeFileSync(dbPath, bytes);
    const before = snapshotFiles(dir);
    expectError(await core.call('vaultUnlock', { passphrase: PASSPHRASE }), 'database_damaged');
    expect(snapshotFiles(dir)).toEqual(before);
    expect(core.vault.state()).toBe('locked');
  });
});

describe('interrupted setup', () => {
  it('a database left under its temporary name after the key file was written is picked up at unlock', async () => {
    const { core, dir } = await setUp();
    writeMarker(core, 'made during setup');
    core.vault.lock();
    renameSync(join(dir, DATABASE_FILE_NAME), join(dir, DATABASE_FILE_NAME + '.creating'));
    expect(await core.call('vaultStatus', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect((await core.call('vaultUnlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect(readMarker(core)).toBe('made during setup');
    core.vault.lock();
    expectOnlyRestingFiles(dir);
  });

  it('a half-made database without a key file (setup stopped earlier) is cleared by the next setup', async () => {
    const { core, dir } = newCore();
    writeFileSync(join(dir, DATABASE_FILE_NAME + '.creating'), 'half written');
    expect(await core.call('vaultStatus', {})).toMatchObject({ ok: true, value: { state: 'none' } });
    expect((await core.call('vaultCreate', { passphrase: PASSPHRASE })).ok).toBe(true);
    core.vault.lock();
    expectOnlyRestingFiles(dir);
    expect((await core.call('vaultUnlock', { passphrase: PASSPHRASE })).ok).toBe(true);
  });
});

describe('a data folder Harbor cannot write to', () => {
  it('setup says so clearly and leaves nothing behind', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    let dataDir: string;
    if (process.getuid?.() === 0) {
      // Running as root, chmod does not stop writes. A folder "inside" a regular file cannot be
      // created or written by anyone, root included, which is the same failure for Harbor.
      const file = join(temp.dir, 'a-file');
      writeFileSync(file, 'not a folder');
      dataDir = join(file, 'harbor');
      console.info('vault.test: running as root, so the read-only folder is a path under a regular file');
    } else {
      dataDir = join(temp.dir, 'read-only');
      mkdirSync(dataDir);
      chmodSync(dataDir, 0o500);
      cleanups.unshift(() => chmodSync(dataDir, 0o700));
    }
    const { core } = newCore({ dir: dataDir });
    const message = expectError(await core.call('vaultCreate', { passphrase: PASSPHRASE }), 'read_only');
    expect(message).toContain(dataDir);
    expect(core.vault.state()).toBe('none');
    expect(listFiles(temp.dir).filter((f) => !f.startsWith('a-file'))).toEqual([]);
  });

});

describe('automatic unlock through the OS keychain', () => {
  it('enable → lock → tryAutoUnlock opens the journal; disable turns it off', async () => {
    const keychain = testKeychain();
    const { core, dir } = await setUp({ keychain });
    writeMarker(core, 'auto');
    expect(await core.call('vaultSetAutoUnlock', { enabled: true })).toMatchObject({ ok: true, value: { autoUnlock: true, autoUnlockAvailable: true } });
    const device = readKeyFileJson(dir).device!;
    expect(Buffer.from(device, 'base64').length).toBeGreaterThan(32); // sealed, not the raw key
    core.vault.lock();
    expect(await core.call('vaultTryAutoUnlock', {})).toMatchObject({ ok: true, value: { state: 'unlocked', autoUnlock: true } });
    expect(readMarker(core)).toBe('auto');

    expect(await core.call('vaultSetAutoUnlock', { enabled: false })).toMatchObject({ ok: true, value: { autoUnlock: false } });
    expect(readKeyFileJson(dir).device).toBeNull();
    core.vault.lock();
    expect(await core.call('vaultTryAutoUnlock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it('without a usable keychain, turning it on is refused with `unavailable`', async () => {
    const { core, dir } = await setUp();
    const before = readFileSync(join(dir, KEY_FILE_NAME));
    const message = expectError(await core.call('vaultSetAutoUnlock', { enabled: true }), 'unavailable');
    expect(message).toMatch(/passphrase still works/);
    expect(readFileSync(join(dir, KEY_FILE_NAME)).equals(before)).toBe(true);

    const keychain = testKeychain();
    keychain.available = false; // e.g. Linux with the basic_text backend
    const other = await setUp({ keychain });
    expectError(await other.core.call('vaultSetAutoUnlock', { enabled: true }), 'unavailable');
  });

  it('a keychain that went away or changed falls back to the passphrase without an error', async () => {
    const keychain = testKeychain();
    const { core, dir } = await setUp({ keychain });
    expect((await core.call('vaultSetAutoUnlock', { enabled: true })).ok).toBe(true);
    core.close();

    keychain.available = false;
    const gone = newCore({ dir, keychain });
    expect(await gone.core.call('vaultTryAutoUnlock', {})).toMatchObject({ ok: true, value: { state: 'locked', autoUnlock: false } });

    const otherMachine = newCore({ dir, keychain: testKeychain() }); // cannot decrypt what another keychain sealed
    expect(await otherMachine.core.call('vaultTryAutoUnlock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect((await otherMachine.core.call('vaultUnlock', { passphrase: PASSPHRASE })).ok).toBe(true);
  });
});
