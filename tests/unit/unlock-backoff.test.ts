// The wait between wrong passphrases and recovery codes, and the caps on a key file's scrypt
// settings, through the real core, a real encrypted journal and real files. The clock is a test
// clock: nothing here sleeps.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { KEY_FILE_NAME, keyFileChecksum } from '../../src/main/core/key-file.ts';
import { UNLOCK_ATTEMPTS_FILE, waitAfter } from '../../src/main/core/unlock-attempts.ts';
import type { VaultStatus } from '../../src/shared/contract/vault.ts';
import type { Result } from '../../src/shared/result.ts';
import { runWrongTriesBackoff } from '../reliability/backoff.ts';
import { snapshotFiles } from '../support/files.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const PASSPHRASE = 'quiet harbour evening';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A set-up, locked journal and a clock the test moves by hand. */
async function lockedJournal() {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const clock = { at: Date.parse('2026-03-01T20:00:00Z') };
  const open = () => {
    const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, now: () => new Date(clock.at), log: () => {} });
    cleanups.unshift(() => core.close());
    return core;
  };
  const core = open();
  const created = await core.call('vaultCreate', { passphrase: PASSPHRASE });
  if (!created.ok) throw new Error(created.error.message);
  core.vault.lock();
  return { core, dir: temp.dir, clock, open, recoveryCode: (created.value as { recoveryCode: string }).recoveryCode };
}

async function wrongTries(core: HarborCore): Promise<VaultStatus['wrongTries']> {
  const result = await core.call('vaultStatus', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as VaultStatus).wrongTries;
}

function codeOf(result: Result<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

describe('the wait after wrong passphrases', () => {
  it('grows 1, 2, 4, 8, 16 s, then 30 s from the 10th wrong try on', () => {
    expect([0, 1, 4].map(waitAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 100].map((n) => waitAfter(n) / 1000)).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
  });

  it('5 wrong tries are answered at once; the 6th, even the right passphrase, waits; after the wait the right one opens at once', async () => {
    const { core, clock } = await lockedJournal();
    for (let i = 0; i < 5; i++) expect(codeOf(await core.call('vaultUnlock', { passphrase: `guess ${i}` }))).toBe('wrong_passphrase');
    expect(await wrongTries(core)).toMatchObject({ passphrase: 5, passphraseWaitMs: 1000 });

    const early = await core.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect(early).toMatchObject({ ok: false, error: { code: 'try_later' } });
    if (!early.ok) {
      expect(early.error.message).toMatch(/try again in 1 second\./);
      expect(early.error.message).not.toMatch(/!/);
    }
    // A refused try is not a try: the count stays at 5.
    expect((await wrongTries(core)).passphrase).toBe(5);
    expect(core.vault.state()).toBe('locked');

    clock.at += 999;
    expect(codeOf(await core.call('vaultUnlock', { passphrase: PASSPHRASE }))).toBe('try_later');
    clock.at += 1;
    expect(codeOf(await core.call('vaultUnlock', { passphrase: PASSPHRASE }))).toBe('ok');
    expect(core.vault.state()).toBe('unlocked');
    // The right passphrase starts the count again.
    core.vault.lock();
    expect(await wrongTries(core)).toEqual({ passphrase: 0, passphraseWaitMs: 0, recovery: 0, recoveryWaitMs: 0 });
  });

  it('the status counts the wait down as the clock moves, and says how many tries went wrong', async () => {
    const { core, clock } = await lockedJournal();
    for (let i = 0; i < 3; i++) await core.call('vaultUnlock', { passphrase: `guess ${i}` });
    expect(await wrongTries(core)).toMatchObject({ passphrase: 3, passphraseWaitMs: 0 });
    for (let i = 0; i < 2; i++) await core.call('vaultUnlock', { passphrase: `guess ${i}` });
    clock.at += 1000;
    expect(codeOf(await core.call('vaultUnlock', { passphrase: 'guess 6' }))).toBe('wrong_passphrase');
    expect((await wrongTries(core)).passphraseWaitMs).toBe(2000);
    clock.at += 1500;
    expect((await wrongTries(core)).passphraseWaitMs).toBe(500);
    const refused = await core.call('vaultUnlock', { passphrase: 'guess 7' });
    expect(refused.ok ? '' : refused.error.message).toMatch(/in 1 second\./);
  });

  it('is kept across restarts, in a small file beside the key file that holds only counts and times', async () => {
    const { core, dir, open } = await lockedJournal();
    for (let i = 0; i < 7; i++) {
      const answer = codeOf(await core.call('vaultUnlock', { passphrase: `guess ${i}` }));
      expect(answer).toBe(i < 5 ? 'wrong_passphrase' : 'try_later');
    }
    core.close();
    const restarted = open();
    expect(await wrongTries(restarted)).toMatchObject({ passphrase: 5, passphraseWaitMs: 1000 });
    expect(codeOf(await restarted.call('vaultUnlock', { passphrase: PASSPHRASE }))).toBe('try_later');
    const file = JSON.parse(readFileSync(join(dir, UNLOCK_ATTEMPTS_FILE), 'utf8'));
    expect(file).toEqual({
      format: 'harbor-unlock-attempts',
      version: 1,
      passphrase: { wrong: 5, lastWrongAt: expect.any(Number) },
      recovery: { wrong: 0, lastWrongAt: 0 },
    });
    expect(readFileSync(join(dir, UNLOCK_ATTEMPTS_FILE), 'utf8')).not.toContain('guess');
  });

  it('a burst of 12 tries sent at once gets 5 real tries; the rest wait', async () => {
    const { core } = await lockedJournal();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => core.call('vaultUnlock', { passphrase: `burst ${i}` })));
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'wrong_passphrase')).toHaveLength(5);
    expect(codes.filter((c) => c === 'try_later')).toHaveLength(7);
    expect((await wrongTries(core)).passphrase).toBe(5);
  });

  it('a clock set back does not stretch the wait beyond its length', async () => {
    const { core, clock } = await lockedJournal();
    for (let i = 0; i < 5; i++) await core.call('vaultUnlock', { passphrase: `guess ${i}` });
    clock.at -= 3_600_000; // an hour back
    expect((await wrongTries(core)).passphraseWaitMs).toBe(1000);
  });

  it('a damaged counter file never locks the person out', async () => {
    const { core, dir } = await lockedJournal();
    for (let i = 0; i < 6; i++) await core.call('vaultUnlock', { passphrase: `guess ${i}` });
    writeFileSync(join(dir, UNLOCK_ATTEMPTS_FILE), '{"format": "harbor-unlock-attempts", ]');
    expect(codeOf(await core.call('vaultUnlock', { passphrase: PASSPHRASE }))).toBe('ok');
  });
});

describe('the recovery code has its own count', () => {
  it('wrong passphrases do not hold back the recovery code, and a right code clears both counts', async () => {
    const { core, recoveryCode } = await lockedJournal();
    for (let i = 0; i < 8; i++) await core.call('vaultUnlock', { passphrase: `guess ${i}` });
    expect((await wrongTries(core)).passphraseWaitMs).toBeGreaterThan(0);
    const result = await core.call('vaultUnlockWithRecoveryCode', { recoveryCode, newPassphrase: 'a new passphrase for me' });
    expect(codeOf(result)).toBe('ok');
    core.vault.lock();
    expect(await wrongTries(core)).toEqual({ passphrase: 0, passphraseWaitMs: 0, recovery: 0, recoveryWaitMs: 0 });
    expect(codeOf(await core.call('vaultUnlock', { passphrase: 'a new passphrase for me' }))).toBe('ok');
  });

  it('5 wrong codes make the code wait, while the passphrase still works at once', async () => {
    const { core, clock, recoveryCode } = await lockedJournal();
    const wrong = recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    for (let i = 0; i < 5; i++) {
      expect(codeOf(await core.call('vaultUnlockWithRecoveryCode', { recoveryCode: wrong, newPassphrase: 'whatever words here' }))).toBe('wrong_recovery_code');
    }
    expect(await wrongTries(core)).toMatchObject({ passphrase: 0, recovery: 5, recoveryWaitMs: 1000 });
    const early = await core.call('vaultUnlockWithRecoveryCode', { recoveryCode, newPassphrase: 'whatever words here' });
    expect(early.ok ? '' : early.error.message).toMatch(/recovery codes that did not match.*1 second/);
    clock.at += 1000;
    expect(codeOf(await core.call('vaultUnlock', { passphrase: PASSPHRASE }))).toBe('ok');
  });
});

describe('100 wrong tries', () => {
  it('change no file but the counter, never open Harbor, and each wait is enforced (wrong_tries_backoff_s)', async () => {
    const figures = await runWrongTriesBackoff({ tries: 100 });
    console.info('backoff:', JSON.stringify({ ...figures, waits_s: figures.waits_s.slice(0, 12) }));
    expect(figures.wrong_tries).toBe(100);
    expect(figures.wrong_tries_unlocked).toBe(0);
    expect(figures.files_changed_besides_counter).toEqual([]);
    expect(figures.early_tries).toBe(95);
    expect(figures.early_tries_refused).toBe(95);
    expect(figures.waits_s.slice(0, 11)).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 30, 30]);
    // 1 + 2 + 4 + 8 + 16 before the 6th to 10th tries, then 30 s before each of the 90 after.
    expect(figures.wrong_tries_backoff_s).toBe(31 + 90 * 30);
    expect(figures.wait_kept_across_restart).toBe(true);
    expect(figures.right_passphrase_opened).toBe(true);
  }, 60_000);
});

describe('a key file asking for scrypt settings Harbor never writes', () => {
  const changes: [string, Record<string, number>][] = [
    ['N = 2^21', { N: 2 ** 21 }],
    ['r = 17', { r: 17 }],
    ['p = 5', { p: 5 }],
    ['N = 2^20 and r = 16 (2 GiB)', { N: 2 ** 20, r: 16 }],
    ['N = 2^20, r = 4, p = 4 (32 times the usual work)', { N: 2 ** 20, r: 4, p: 4 }],
    ['N not a power of two', { N: 3000 }],
  ];
  it.each(changes)('%s, checksum recomputed: refused before any work with "has been changed", nothing written', async (_label, kdf) => {
    const { core, dir } = await lockedJournal();
    const keyPath = join(dir, KEY_FILE_NAME);
    const { checksum: _checksum, ...json } = JSON.parse(readFileSync(keyPath, 'utf8'));
    Object.assign(json.passphrase.kdf, kdf);
    writeFileSync(keyPath, JSON.stringify({ ...json, checksum: keyFileChecksum(json) }));
    const before = snapshotFiles(dir);
    const result = await core.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'key_file_damaged' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/has been changed by something other than Harbor/);
      expect(result.error.message).toContain(keyPath);
      expect(result.error.message).toMatch(/Nothing was changed/);
    }
    // No scrypt ran: the counter was not touched (a wrong try would have been counted).
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('the same settings without a matching checksum are also called changed, not damaged', async () => {
    const { core, dir } = await lockedJournal();
    const keyPath = join(dir, KEY_FILE_NAME);
    const json = JSON.parse(readFileSync(keyPath, 'utf8'));
    json.recovery.kdf.N = 2 ** 24;
    writeFileSync(keyPath, JSON.stringify(json));
    const result = await core.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect(result.ok ? '' : result.error.message).toMatch(/has been changed/);
  });
});
