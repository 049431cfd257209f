// Encrypted backups through the handlers, on real encrypted databases in temp folders: "Back up now"
// into a chosen folder, and the daily ones in Harbor's own folder. Restore is in backup-restore*.test.ts.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyKey } from '../../src/main/core/db/database.ts';
import { normalisePassphrase, parseKeyFile, unwrapKey } from '../../src/main/core/key-file.ts';
import { LATEST_VERSION } from '../../src/main/core/db/migrations/index.ts';
import { readBackupFile } from '../../src/main/core/backup/backup-file.ts';
import { FIRST_CHECK_MS, KEEP_AUTOMATIC } from '../../src/main/core/backup/backups.ts';
import type { BackupSummary } from '../../src/shared/contract/backup.ts';
import { backUp, drainCleanups, journal, readJournal, seed, tempDir, withPassphrase } from '../support/backup-journal.ts';
import { TEST_PASSPHRASE } from '../support/core.ts';
import { snapshotFiles } from '../support/files.ts';
import { testKeychain } from '../support/keychain.ts';

afterEach(drainCleanups);

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
    // The page learns the name and an opaque id, never where the file is.
    expect(Object.keys(made).sort()).toEqual(['createdAt', 'fileName', 'id', 'kind', 'path', 'sizeBytes']);
    expect(made.id).toMatch(/^[0-9a-f]{32}$/);
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
      [join(dir, 'missing'), 'not_found', /There is no folder at that path/],
      [file, 'invalid_input', /is a file, not a folder/],
      ['Backups', 'invalid_input', /full path of the folder/],
      ['', 'invalid_input', /Enter the folder/],
    ];
    // Root may write anywhere a chmod allows, so as root use a folder the kernel refuses (sysfs).
    if (process.getuid?.() === 0) {
      if (existsSync('/sys/kernel')) cases.push(['/sys/kernel', 'read_only', /Harbor cannot write to the folder you chose\. Choose a folder you can write to/]);
      else console.log('Skipping the not-writable folder case: running as root without /sys.');
    } else {
      const locked = join(dir, 'read-only');
      mkdirSync(locked, { mode: 0o500 });
      cases.push([locked, 'read_only', /Harbor cannot write to the folder you chose\. Choose a folder you can write to/]);
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
    await h.value('backupChooseKept', { id: list.backups[0]!.id });
    await h.value('backupRestore', withPassphrase);
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
