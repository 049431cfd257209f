// When the journal's full page check runs: before unlock for a file that may have changed outside
// Harbor (no clean-close record, a crash, a copy, a write), just after unlock for a file exactly as
// Harbor closed it. Real encrypted files; the damage cases are in reliability-damaged-files.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { DATABASE_FILE_NAME } from '../../src/main/core/db/database.ts';
import { CLEAN_CLOSE_SUFFIX, closedCleanly } from '../../src/main/core/clean-close.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const PASSPHRASE = 'quiet harbour evening';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function coreAt(dir: string): HarborCore {
  const core = new HarborCore({ dataDir: dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
  cleanups.unshift(() => core.close());
  return core;
}

async function call(core: HarborCore, method: string, input: unknown) {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** A set-up journal with one check-in, locked cleanly. */
async function lockedJournal(): Promise<string> {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const core = coreAt(temp.dir);
  await call(core, 'vaultCreate', { passphrase: PASSPHRASE });
  await call(core, 'journalSaveEntry', { day: '2025-05-01', checkIn: { mood: 3, reflection: 'A walk by the river.' } });
  core.close();
  return temp.dir;
}

/** Unlocks and says whether the full page check was left for after unlock. */
async function unlockAndSeeWhenChecked(dir: string): Promise<'after unlock' | 'at unlock'> {
  const core = coreAt(dir);
  await call(core, 'vaultUnlock', { passphrase: PASSPHRASE });
  const when = core.vault.pageCheckPending() ? 'after unlock' : 'at unlock';
  core.vault.checkPagesNow();
  expect(core.vault.isUnlocked(), 'a healthy journal stays open after its check').toBe(true);
  core.close();
  return when;
}

describe('the journal page check and the clean-close record', () => {
  it('a clean lock records the file; the next unlock opens at once and checks just after, with nothing lost', async () => {
    const dir = await lockedJournal();
    const dbPath = join(dir, DATABASE_FILE_NAME);
    expect(existsSync(dbPath + CLEAN_CLOSE_SUFFIX)).toBe(true);
    expect(closedCleanly(dbPath)).toBe(true);
    expect(await unlockAndSeeWhenChecked(dir)).toBe('after unlock');
    const core = coreAt(dir);
    await call(core, 'vaultUnlock', { passphrase: PASSPHRASE });
    const history = (await call(core, 'journalHistory', {})) as { entries: { day: string }[] };
    expect(history.entries.map((e) => e.day)).toEqual(['2025-05-01']);
  });

  it('without a record (a journal from before it, or a restored one) the check runs before unlock', async () => {
    const dir = await lockedJournal();
    const dbPath = join(dir, DATABASE_FILE_NAME);
    writeFileSync(dbPath + CLEAN_CLOSE_SUFFIX, 'not a record');
    expect(closedCleanly(dbPath)).toBe(false);
    expect(await unlockAndSeeWhenChecked(dir)).toBe('at unlock');
    // That session locked cleanly, so the one after may check later again.
    expect(await unlockAndSeeWhenChecked(dir)).toBe('after unlock');
  });

  it('after a crash (saves left in the -wal, no clean lock) the check runs before unlock', async () => {
    const dir = await lockedJournal();
    const core = coreAt(dir);
    await call(core, 'vaultUnlock', { passphrase: PASSPHRASE });
    await call(core, 'journalSaveEntry', { day: '2025-05-02', checkIn: { mood: 4, reflection: 'Tea with Sam.' } });
    // A power cut now: the folder as it is, copied before any close.
    const crashed = makeTempDir();
    cleanups.push(crashed.cleanup);
    cpSync(dir, crashed.dir, { recursive: true });
    core.close();
    expect(await unlockAndSeeWhenChecked(crashed.dir)).toBe('at unlock');
    const after = coreAt(crashed.dir);
    await call(after, 'vaultUnlock', { passphrase: PASSPHRASE });
    const history = (await call(after, 'journalHistory', {})) as { entries: { day: string }[] };
    expect(history.entries.map((e) => e.day).sort()).toEqual(['2025-05-01', '2025-05-02']);
  });

  it('a copied folder (another file, same bytes) and a file written outside Harbor are checked before unlock', async () => {
    const dir = await lockedJournal();
    const copy = makeTempDir();
    cleanups.push(copy.cleanup);
    cpSync(dir, copy.dir, { recursive: true, preserveTimestamps: true });
    expect(await unlockAndSeeWhenChecked(copy.dir)).toBe('at unlock');

    const dbPath = join(dir, DATABASE_FILE_NAME);
    writeFileSync(dbPath, readFileSync(dbPath)); // The same bytes, written back by some tool.
    expect(await unlockAndSeeWhenChecked(dir)).toBe('at unlock');
  });
});
