// Encrypted backups and restore, through the handlers, on real encrypted databases in
// temp folders. Every bad backup is checked to replace nothing: the data folder is hashed before
// and after.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { applyKey, DATABASE_FILE_NAME } from '../../src/main/core/db/database.ts';
import { KEY_FILE_NAME, normalisePassphrase, parseKeyFile, unwrapKey } from '../../src/main/core/key-file.ts';
import { LATEST_VERSION } from '../../src/main/core/db/migrations/index.ts';
import { encodeBackup, readBackupFile } from '../../src/main/core/backup/backup-file.ts';
import { FIRST_CHECK_MS, KEEP_AUTOMATIC } from '../../src/main/core/backup/backups.ts';
import type { BackupSummary } from '../../src/shared/contract/backup.ts';
import type { CheckInInput, Entry } from '../../src/shared/contract/journal.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';
import { snapshotFiles } from '../support/files.ts';
import { testKeychain } from '../support/keychain.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.useRealTimers();
  while (cleanups.length) cleanups.pop()!();
});

function tempDir(): string {
  const temp = makeTempDir('harbor-backup-test-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

/** A clock the test moves; evening of 14 March 2025 to start with. */
function clock() {
  let time = new Date(2025, 2, 14, 21, 0).getTime();
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

async function journal(options: { keychain?: ReturnType<typeof testKeychain>; clock?: ReturnType<typeof clock> } = {}) {
  const c = options.clock ?? clock();
  const h = await unlockedCore({ now: c.now, keychain: options.keychain });
  cleanups.push(() => h.cleanup());
  return { ...h, clock: c };
}

type Journal = Awaited<ReturnType<typeof journal>>;

const entries: Record<string, CheckInInput> = {
  '2025-03-10': { mood: 2, peakUrge: 6, selfHarm: 'no', reflection: 'A long Monday, the walk helped', triggers: [{ name: 'Work stress', kind: 'situation' }] },
  '2025-03-12': { mood: 3, emotions: [{ name: 'Anxiety', rating: 4 }], reflection: 'Called my sister' },
  '2025-03-14': { mood: 4, helped: [{ label: 'Cold water on my face', rating: 4 }], reflection: 'A calmer day' },
};

async function seed(h: Journal) {
  for (const [day, checkIn] of Object.entries(entries)) await h.value('journalSaveEntry', { day, checkIn });
}

/** Everything a person could read back, day by day. */
async function readJournal(h: Journal) {
  const days: Record<string, unknown> = {};
  for (const day of ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14']) {
    const got = await h.value<{ entry: Entry | null }>('journalGetDay', { day });
    days[day] = got.entry;
  }
  return days;
}

async function backUp(h: Journal, folder = tempDir()): Promise<BackupSummary> {
  return h.value<BackupSummary>('backupNow', { folder });
}

async function expectRefused(h: Journal, method: 'backupPreviewRestore' | 'backupRestore', input: unknown, code: string, message: RegExp) {
  const result = await h.core.call(method, input);
  expect(result.ok, JSON.stringify(input)).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  }
}

describe('back up now', () => {
  it('writes one encrypted file: no journal text, no keychain copy, and the checksum matches', async () => {
    const keychain = testKeychain();
    const h = await journal({ keychain });
    await h.value('vaultSetAutoUnlock', { enabled: true });
    await seed(h);
    const folder = tempDir();
    const made = await backUp(h, folder);
    expect(made).toMatchObject({ kind: 'manual', fileName: 'harbor-backup-2025-03-14-210000.backup' });
    expect(readdirSync(folder)).toEqual([made.fileName]);
    const bytes = readFileSync(made.path);
    for (const secret of ['walk helped', 'Called my sister', 'Cold water', 'Work stress', 'Anxiety']) {
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    }
    const { manifest, database } = readBackupFile(made.path);
    expect(manifest).toMatchObject({ format: 'harbor-backup', version: 1, kind: 'manual', schemaVersion: LATEST_VERSION });
    expect(parseKeyFile(manifest.keyFile)?.device).toBeNull();
    // It opens with the journal's key, unwrapped by the passphrase, and holds the entries.
    const key = await unwrapKey(parseKeyFile(manifest.keyFile)!.passphrase, normalisePassphrase(TEST_PASSPHRASE), 'passphrase');
    const copy = join(tempDir(), 'copy.db');
    writeFileSync(copy, database);
    const db = new Database(copy);
    applyKey(db, key!);
    expect(db.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 3 });
    db.close();
    // Without the key it is noise.
    const plain = new Database(copy);
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow();
    plain.close();
  });

  it('a second backup in the same second gets its own name; discreet mode names files neutrally', async () => {
    const h = await journal();
    const folder = tempDir();
    const first = await backUp(h, folder);
    const second = await backUp(h, folder);
    expect(second.fileName).toBe('harbor-backup-2025-03-14-210000-2.backup');
    expect(first.fileName).not.toBe(second.fileName);
    await h.value('settingsUpdate', { discreetMode: true });
    expect((await backUp(h, folder)).fileName).toBe('notes-2025-03-14-210000.backup');
  });

  it('a folder that is missing, a file, relative or not writable: a clear message, nothing written', async () => {
    const h = await journal();
    const dir = tempDir();
    const file = join(dir, 'a-file.txt');
    writeFileSync(file, 'not a folder');
    const cases: [string, string, RegExp][] = [
      [join(dir, 'missing'), 'not_found', /There is no folder at .*missing/],
      [file, 'invalid_input', /is a file, not a folder/],
      ['Backups', 'invalid_input', /full path of the folder/],
      ['', 'invalid_input', /Enter the folder/],
    ];
    // Root may write anywhere a chmod allows, so as root use a folder the kernel refuses (sysfs).
    if (process.getuid?.() === 0) {
      if (existsSync('/sys/kernel')) cases.push(['/sys/kernel', 'read_only', /Harbor cannot write to \/sys\/kernel\. Choose a folder you can write to/]);
      else console.log('Skipping the not-writable folder case: running as root without /sys.');
    } else {
      const locked = join(dir, 'read-only');
      mkdirSync(locked, { mode: 0o500 });
      cases.push([locked, 'read_only', /Harbor cannot write to .*read-only\. Choose a folder you can write to/]);
    }
    const before = snapshotFiles(dir);
    for (const [folder, code, message] of cases) {
      const result = await h.core.call('backupNow', { folder });
      expect(result.ok, folder).toBe(false);
      if (!result.ok) {
        expect(result.error.code, folder).toBe(code);
        expect(result.error.message, folder).toMatch(message);
      }
    }
    expect(snapshotFiles(dir)).toEqual(before);
    // Nothing half-made left in Harbor's own folder either.
    expect(readdirSync(join(h.dataDir, 'backups')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('needs an unlocked journal', async () => {
    const h = await journal();
    await h.value('vaultLock');
    const result = await h.core.call('backupNow', { folder: tempDir() });
    expect(result.ok ? null : result.error.code).toBe('locked');
  });
});

describe('restore', () => {
  it('round trip: the preview says what will be replaced, restore brings the content back and keeps the replaced journal', async () => {
    const h = await journal();
    await seed(h);
    const original = await readJournal(h);
    const backup = await backUp(h);

    // Life goes on: one entry deleted, one changed, one added.
    await h.value('journalDeleteEntry', { day: '2025-03-10' });
    await h.value('journalSaveEntry', { day: '2025-03-12', checkIn: { mood: 1, reflection: 'Rewritten later' } });
    h.clock.advance(24 * 60 * 60 * 1000);
    await h.value('journalSaveEntry', { day: '2025-03-15', checkIn: { mood: 3, reflection: 'The next day' } });
    const changed = await readJournal(h);

    const request = { path: backup.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' };
    expect(await h.value('backupPreviewRestore', request)).toEqual({
      backup: { entries: 3, newestEntry: '2025-03-14', createdAt: backup.createdAt },
      current: { entries: 3, newestEntry: '2025-03-15' },
      unreadable: null,
    });
    // A preview replaces nothing.
    expect(await readJournal(h)).toEqual(changed);

    const restored = await h.value<{ state: string; keptAs: BackupSummary; message: string }>('backupRestore', request);
    expect(restored.state).toBe('unlocked');
    expect(restored.message).toMatch(/passphrase and recovery code stay the same/);
    expect(await readJournal(h)).toEqual(original);
    expect((await h.value<{ entry: Entry | null }>('journalGetDay', { day: '2025-03-15' })).entry).toBeNull();

    // The replaced journal is kept, listed, and itself restorable.
    const list = await h.value<{ backups: BackupSummary[] }>('backupList');
    expect(list.backups.map((b) => b.kind)).toEqual(['before-restore']);
    expect(list.backups[0]!.path).toBe(restored.keptAs.path);
    await h.value('backupRestore', { ...request, path: restored.keptAs.path });
    expect(await readJournal(h)).toEqual(changed);

    // The same passphrase still unlocks, and the restored journal is what opens.
    await h.value('vaultLock');
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    expect(await readJournal(h)).toEqual(changed);
  });

  it("restores another journal's backup with its own secret and keeps today's passphrase", async () => {
    const other = await journal();
    await seed(other);
    const otherContent = await readJournal(other);
    await other.value('vaultChangePassphrase', { current: TEST_PASSPHRASE, next: 'a different old passphrase' });
    const backup = await backUp(other);

    const h = await journal();
    await h.value('journalSaveEntry', { day: '2025-03-13', checkIn: { mood: 5, reflection: 'mine' } });
    await expectRefused(h, 'backupRestore', { path: backup.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' }, 'wrong_passphrase', /does not open this backup/);
    await h.value('backupRestore', { path: backup.path, secret: other.recoveryCode.toLowerCase(), secretKind: 'recovery-code' });
    expect(await readJournal(h)).toEqual(otherContent);
    await h.value('vaultLock');
    // The restored journal was re-encrypted with this journal's key: today's passphrase opens it.
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    expect(await readJournal(h)).toEqual(otherContent);
  });

  it('starts a new computer from a backup (no journal there yet)', async () => {
    const h = await journal();
    await seed(h);
    const content = await readJournal(h);
    const backup = await backUp(h);

    const fresh = tempDir();
    const core = new HarborCore({ dataDir: join(fresh, 'Harbor'), keychain: noKeychain, kdfCost: FAST_KDF, log: () => {} });
    cleanups.push(() => core.close());
    const preview = await core.call('backupPreviewRestore', { path: backup.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' });
    expect(preview.ok && (preview.value as { current: unknown }).current).toBeNull();
    const restored = await core.call('backupRestore', { path: backup.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' });
    expect(restored.ok && (restored.value as { state: string }).state).toBe('unlocked');
    const read = await core.call('journalGetDay', { day: '2025-03-12' });
    expect(read.ok && (read.value as { entry: unknown }).entry).toEqual(content['2025-03-12']);
    // A second restore here is an ordinary one now (unlocked), and while locked it is refused.
    core.vault.lock();
    const locked = await core.call('backupRestore', { path: backup.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' });
    expect(locked.ok ? null : locked.error.code).toBe('locked');
  });

  for (const damage of ['key file missing', 'key file garbled', 'journal damaged'] as const) {
    it(`a journal that cannot be opened (${damage}) is moved aside, never deleted, and the backup takes its place while locked`, async () => {
      const h = await journal();
      await seed(h);
      const content = await readJournal(h);
      const backup = await backUp(h);
      await h.value('vaultLock');
      const keyPath = join(h.dataDir, KEY_FILE_NAME);
      const dbPath = join(h.dataDir, DATABASE_FILE_NAME);
      if (damage === 'key file missing') rmSync(keyPath);
      if (damage === 'key file garbled') writeFileSync(keyPath, '{"format": "harbor-key-f');
      if (damage === 'journal damaged') {
        const bytes = readFileSync(dbPath);
        bytes.fill(0x5a, 0, 4096);
        writeFileSync(dbPath, bytes);
        // The right passphrase meets a damaged journal: only then is it known to be unreadable.
        expect((await h.core.call('vaultUnlock', { passphrase: TEST_PASSPHRASE })).ok).toBe(false);
      }
      const damagedBytes = readFileSync(dbPath);
      const request = { path: backup.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' };
      const preview = await h.value<{ current: unknown; unreadable: string | null }>('backupPreviewRestore', request);
      expect(preview.current).toBeNull();
      expect(preview.unreadable).toMatch(/cannot|damaged|missing/);

      const restored = await h.value<{ state: string; message: string }>('backupRestore', request);
      expect(restored.state).toBe('unlocked');
      expect(await readJournal(h)).toEqual(content);
      // The unreadable journal is kept, byte for byte, in the folder the message names.
      const kept = /kept in (\S+)\./.exec(restored.message)?.[1];
      expect(kept).toBeTruthy();
      expect(readFileSync(join(kept!, DATABASE_FILE_NAME))).toEqual(damagedBytes);
    });
  }

  it('a journal that opens is never replaced while locked, even by the right backup', async () => {
    const h = await journal();
    await seed(h);
    const backup = await backUp(h);
    await h.value('vaultLock');
    await expectRefused(h, 'backupRestore', { path: backup.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' }, 'locked', /Unlock Harbor first/);
    // A wrong passphrase at the lock screen does not make a journal "unreadable".
    expect((await h.core.call('vaultUnlock', { passphrase: 'not the passphrase' })).ok).toBe(false);
    await expectRefused(h, 'backupRestore', { path: backup.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' }, 'locked', /Unlock Harbor first/);
  });

  describe('bad backups: a clear message and nothing replaced', () => {
    async function setUp() {
      const h = await journal();
      await seed(h);
      const backup = await backUp(h);
      const dir = tempDir();
      const { manifest, database } = readBackupFile(backup.path);
      const key = (await unwrapKey(parseKeyFile(manifest.keyFile)!.passphrase, normalisePassphrase(TEST_PASSPHRASE), 'passphrase'))!;
      const content = await readJournal(h);
      return { h, backup, dir, manifest, database, key, content };
    }

    function write(dir: string, name: string, data: Buffer | string): string {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    }

    it('every case, for preview and restore alike', async () => {
      const { h, backup, dir, manifest, database, key, content } = await setUp();
      const whole = readFileSync(backup.path);

      // Another journal, encrypted with another key, in the same container as our key file.
      const other = await journal();
      await other.value('journalSaveEntry', { day: '2025-03-11', checkIn: { reflection: 'other' } });
      const otherDatabase = readBackupFile((await backUp(other)).path).database;

      // The same database, but as a newer Harbor would leave it.
      const newer = join(dir, 'newer.db');
      writeFileSync(newer, database);
      const db = new Database(newer);
      applyKey(db, key);
      db.pragma(`user_version = ${LATEST_VERSION + 1}`);
      db.close();

      const { format: _f, version: _v, database: _d, ...fields } = manifest;
      const cases: [string, string, RegExp][] = [
        [write(dir, 'notes.txt', 'Shopping: milk, bread'), 'invalid_input', /is not a Harbor backup/],
        [write(dir, 'empty.backup', ''), 'invalid_input', /is not a Harbor backup/],
        [write(dir, 'harbor.db', readFileSync(h.core.vault.databasePath)), 'invalid_input', /is not a Harbor backup/],
        [write(dir, 'cut-in-header.backup', whole.subarray(0, 10)), 'database_damaged', /incomplete or damaged/],
        [write(dir, 'cut-in-manifest.backup', whole.subarray(0, 200)), 'database_damaged', /incomplete or damaged/],
        [write(dir, 'cut-in-half.backup', whole.subarray(0, Math.floor(whole.length / 2))), 'database_damaged', /incomplete or damaged/],
        [write(dir, 'flipped.backup', Buffer.from(whole.map((b, i) => (i === whole.length - 100 ? b ^ 0xff : b)))), 'database_damaged', /incomplete or damaged/],
        [write(dir, 'newer-schema.backup', encodeBackup({ ...fields, schemaVersion: LATEST_VERSION + 1 }, database)), 'database_too_new', /made by a newer version of Harbor/],
        [write(dir, 'newer-database.backup', encodeBackup(fields, readFileSync(newer))), 'database_too_new', /made by a newer version of Harbor/],
        [write(dir, 'newer-format.backup', Buffer.from(whole.toString('latin1').replace('"version":1', '"version":9'), 'latin1')), 'database_too_new', /newer version of Harbor/],
        [write(dir, 'other-key.backup', encodeBackup(fields, otherDatabase)), 'database_damaged', /does not open with the key stored beside it/],
        [write(dir, 'bad-key-file.backup', encodeBackup({ ...fields, keyFile: '{"format":"harbor-key-file"}' }, database)), 'database_damaged', /key inside the backup .* is damaged/],
        // A folder and a missing file get the same answer: nothing tells what exists at a path.
        [dir, 'invalid_input', /could not read .+ as a backup/],
        [join(dir, 'missing.backup'), 'invalid_input', /could not read missing\.backup as a backup/],
      ];

      const before = snapshotFiles(h.dataDir);
      for (const method of ['backupPreviewRestore', 'backupRestore'] as const) {
        for (const [path, code, message] of cases) {
          await expectRefused(h, method, { path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' }, code, message);
        }
        await expectRefused(h, method, { path: backup.path, secret: 'not my passphrase', secretKind: 'passphrase' }, 'wrong_passphrase', /passphrase does not open this backup/);
        await expectRefused(h, method, { path: backup.path, secret: 'AAAA-BBBB', secretKind: 'recovery-code' }, 'wrong_recovery_code', /recovery code does not open this backup/);
        await expectRefused(h, method, { path: 'backup.backup', secret: TEST_PASSPHRASE, secretKind: 'passphrase' }, 'invalid_input', /full path of the backup file/);
      }
      expect(snapshotFiles(h.dataDir)).toEqual(before);
      expect(await readJournal(h)).toEqual(content);
    });

    it('refused while a journal exists and is locked', async () => {
      const { h, backup } = await setUp();
      await h.value('vaultLock');
      const before = snapshotFiles(h.dataDir);
      for (const method of ['backupPreviewRestore', 'backupRestore'] as const) {
        await expectRefused(h, method, { path: backup.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' }, 'locked', /Unlock Harbor first/);
      }
      expect(snapshotFiles(h.dataDir)).toEqual(before);
    });
  });
});

describe('automatic backups', () => {
  const DAY = 24 * 60 * 60 * 1000;

  it('one a day while Harbor is used, the last 7 kept', async () => {
    const h = await journal();
    await seed(h);
    const made = h.core.backups.runAutomatic();
    expect(made?.kind).toBe('daily');
    expect(h.core.backups.runAutomatic()).toBeNull(); // Not again the same day.
    h.clock.advance(DAY - 60_000);
    expect(h.core.backups.runAutomatic()).toBeNull();
    for (let i = 0; i < 9; i++) {
      h.clock.advance(DAY);
      expect(h.core.backups.runAutomatic()?.kind).toBe('daily');
    }
    const list = await h.value<{ backups: BackupSummary[]; lastAutomaticAt: number }>('backupList');
    expect(list.backups).toHaveLength(KEEP_AUTOMATIC);
    expect(list.lastAutomaticAt).toBe(h.clock.now().getTime());
    expect(list.backups[0]!.createdAt).toBe(h.clock.now().getTime());
    expect(readdirSync(join(h.dataDir, 'backups')).sort()).toEqual(list.backups.map((b) => b.fileName).sort());
    // The newest one restores to what the journal holds now.
    const content = await readJournal(h);
    await h.value('backupRestore', { path: list.backups[0]!.path, secret: TEST_PASSPHRASE, secretKind: 'passphrase' });
    expect(await readJournal(h)).toEqual(content);
  });

  it('runs by itself a little after unlock, and not while locked', async () => {
    const h = await journal();
    await h.value('vaultLock');
    vi.useFakeTimers();
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_MS - 1000);
    expect(existsSync(join(h.dataDir, 'backups'))).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect((await h.value<{ backups: BackupSummary[] }>('backupList')).backups.map((b) => b.kind)).toEqual(['daily']);
    // Locked: the hourly check stops.
    await h.value('vaultLock');
    h.clock.advance(2 * DAY);
    await vi.advanceTimersByTimeAsync(3 * 60 * 60 * 1000);
    expect(readdirSync(join(h.dataDir, 'backups'))).toHaveLength(1);
  });

  it('leaves out files in the folder that are not backups, and cleans scratch left by a crash', async () => {
    const h = await journal();
    h.core.backups.runAutomatic();
    const folder = join(h.dataDir, 'backups');
    writeFileSync(join(folder, 'stray.backup'), 'not one');
    writeFileSync(join(folder, '.making-0123abcd.db'), 'half a snapshot');
    copyFileSync(join(folder, readdirSync(folder).find((n) => n.startsWith('daily-'))!), join(folder, 'copy.txt'));
    expect((await h.value<{ backups: BackupSummary[] }>('backupList')).backups).toHaveLength(1);
    await h.value('vaultLock');
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    expect(existsSync(join(folder, '.making-0123abcd.db'))).toBe(false);
  });
});
