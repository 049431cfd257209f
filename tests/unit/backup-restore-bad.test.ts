// Restore refuses what it cannot use, in the person's words, naming only the chosen file, and
// replaces nothing: every bad backup is checked to leave the data folder exactly as it was.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { backUp, drainCleanups, expectRefused, journal, readJournal, seed, tempDir, withPassphrase } from '../support/backup-journal.ts';
import { applyKey } from '../../src/main/core/db/database.ts';
import { normalisePassphrase, parseKeyFile, unwrapKey } from '../../src/main/core/key-file.ts';
import { LATEST_VERSION } from '../../src/main/core/db/migrations/index.ts';
import { encodeBackup, readBackupFile } from '../../src/main/core/backup/backup-file.ts';
import { backupDialogs } from '../../src/main/electron/backup-dialogs.ts';
import { uploadBackup, uploadBytes } from '../support/backup-upload.ts';
import { TEST_PASSPHRASE } from '../support/core.ts';
import { snapshotFiles } from '../support/files.ts';

afterEach(drainCleanups);

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
      [write(dir, 'notes.txt', 'Shopping: milk, bread'), 'invalid_input', /^notes\.txt is not a Harbor backup/],
      [write(dir, 'harbor.db', readFileSync(h.core.vault.databasePath)), 'invalid_input', /is not a Harbor backup/],
      [write(dir, 'cut-in-header.backup', whole.subarray(0, 10)), 'database_damaged', /incomplete or damaged/],
      [write(dir, 'cut-in-manifest.backup', whole.subarray(0, 200)), 'database_damaged', /incomplete or damaged/],
      [write(dir, 'cut-in-half.backup', whole.subarray(0, Math.floor(whole.length / 2))), 'database_damaged', /incomplete or damaged/],
      [write(dir, 'flipped.backup', Buffer.from(whole.map((b, i) => (i === whole.length - 100 ? b ^ 0xff : b)))), 'database_damaged', /incomplete or damaged/],
      [write(dir, 'newer-schema.backup', encodeBackup({ ...fields, schemaVersion: LATEST_VERSION + 1 }, database)), 'database_too_new', /made by a newer version of Harbor/],
      [write(dir, 'newer-database.backup', encodeBackup(fields, readFileSync(newer))), 'database_too_new', /made by a newer version of Harbor/],
      [write(dir, 'newer-format.backup', Buffer.from(whole.toString('latin1').replace('"version":1', '"version":9'), 'latin1')), 'database_too_new', /newer version of Harbor/],
      [write(dir, 'other-key.backup', encodeBackup(fields, otherDatabase)), 'database_damaged', /does not open with the key stored beside it/],
      [write(dir, 'bad-key-file.backup', encodeBackup({ ...fields, keyFile: '{"format":"harbor-key-file"}' }, database)), 'database_damaged', /key inside the backup bad-key-file\.backup is damaged/],
    ];

    const before = snapshotFiles(h.dataDir);
    for (const method of ['backupPreviewRestore', 'backupRestore'] as const) {
      for (const [path, code, message] of cases) {
        await uploadBackup(h.core, path);
        await expectRefused(h, method, withPassphrase, code, message);
      }
      await uploadBackup(h.core, backup.path);
      await expectRefused(h, method, { secret: 'not my passphrase', secretKind: 'passphrase' }, 'wrong_passphrase', /passphrase does not open this backup/);
      await expectRefused(h, method, { secret: 'AAAA-BBBB', secretKind: 'recovery-code' }, 'wrong_recovery_code', /recovery code does not open this backup/);
    }
    // An empty file is refused as it arrives.
    const empty = await uploadBytes(h.core, 'empty.backup', Buffer.alloc(0));
    expect(empty.ok ? null : empty.error.message).toMatch(/That file is empty, so it is not a backup/);
    expect(snapshotFiles(h.dataDir)).toEqual(before);
    expect(await readJournal(h)).toEqual(content);
  });

  it('through the desktop dialog, a folder and a missing file get the same answer, naming only that file', async () => {
    const dir = tempDir();
    let answer = '';
    const h = await journal({
      backupDialogs: backupDialogs({
        dialog: { showOpenDialog: (async () => ({ canceled: false, filePaths: [answer] })) as never },
        shell: { showItemInFolder: () => {} },
        window: () => null,
        defaultFolder: () => dir,
      }),
    });
    mkdirSync(join(dir, 'folder.backup'));
    const messages = new Set<string>();
    for (const name of ['folder.backup', 'missing.backup']) {
      answer = join(dir, name);
      const result = await h.core.call('backupChooseFile', {});
      expect(result.ok ? null : result.error.code).toBe('invalid_input');
      const message = result.ok ? '' : result.error.message;
      expect(message).toMatch(new RegExp(`^Harbor could not read ${name.replace('.', '\\.')} as a backup`));
      expect(message).not.toContain(dir);
      messages.add(message.replace(name, 'NAME'));
    }
    expect(messages.size).toBe(1);
  });

  it('refused while a journal exists and is locked', async () => {
    const { h, backup } = await setUp();
    await h.value('vaultLock');
    const before = snapshotFiles(h.dataDir);
    for (const method of ['backupPreviewRestore', 'backupRestore'] as const) {
      await expectRefused(h, method, withPassphrase, 'locked', /Unlock Harbor first/);
    }
    const upload = await uploadBytes(h.core, basename(backup.path), readFileSync(backup.path));
    expect(upload.ok ? null : upload.error.code).toBe('locked');
    expect(snapshotFiles(h.dataDir)).toEqual(before);
  });
});
