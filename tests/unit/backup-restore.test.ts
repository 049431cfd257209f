// Restore, through the handlers, on real encrypted databases in temp folders: the backup arrives as
// bytes (the page's file picker, uploaded in parts), is read by main from its own open dialog, or is
// one of Harbor's own backups named by the list's id. No request names a path to read.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backUp, cleanups, drainCleanups, expectRefused, journal, readJournal, restoreFrom, seed, tempDir, withPassphrase } from '../support/backup-journal.ts';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { DATABASE_FILE_NAME } from '../../src/main/core/db/database.ts';
import { KEY_FILE_NAME } from '../../src/main/core/key-file.ts';
import { backupDialogs } from '../../src/main/electron/backup-dialogs.ts';
import type { BackupSummary } from '../../src/shared/contract/backup.ts';
import type { Entry } from '../../src/shared/contract/journal.ts';
import { uploadBackup, uploadBytes } from '../support/backup-upload.ts';
import { TEST_PASSPHRASE } from '../support/core.ts';
import { FAST_KDF } from '../support/temp-dir.ts';

afterEach(drainCleanups);

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

    // Nothing chosen yet: nothing to preview.
    await expectRefused(h, 'backupPreviewRestore', withPassphrase, 'not_found', /Choose a backup to restore first/);
    expect(await restoreFrom(h, 'backupPreviewRestore', backup.path)).toEqual({
      backup: { entries: 3, newestEntry: '2025-03-14', createdAt: backup.createdAt },
      current: { entries: 3, newestEntry: '2025-03-15' },
      unreadable: null,
    });
    // A preview replaces nothing.
    expect(await readJournal(h)).toEqual(changed);

    const restored = await h.value<{ state: string; keptAs: BackupSummary; message: string }>('backupRestore', withPassphrase);
    expect(restored.state).toBe('unlocked');
    expect(restored.message).toMatch(/passphrase and recovery code stay the same/);
    expect(await readJournal(h)).toEqual(original);
    expect((await h.value<{ entry: Entry | null }>('journalGetDay', { day: '2025-03-15' })).entry).toBeNull();
    // The chosen file is dropped once restored.
    await expectRefused(h, 'backupRestore', withPassphrase, 'not_found', /Choose a backup to restore first/);

    // The replaced journal is kept, listed, and itself restorable, by the id the list gives.
    const list = await h.value<{ backups: BackupSummary[] }>('backupList');
    expect(list.backups.map((b) => b.kind)).toEqual(['before-restore']);
    expect(list.backups[0]!.id).toBe(restored.keptAs.id);
    expect(await h.value('backupChooseKept', { id: restored.keptAs.id })).toEqual({ file: { name: restored.keptAs.fileName, sizeBytes: restored.keptAs.sizeBytes } });
    await h.value('backupRestore', withPassphrase);
    expect(await readJournal(h)).toEqual(changed);

    // The same passphrase still unlocks, and the restored journal is what opens.
    await h.value('vaultLock');
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    expect(await readJournal(h)).toEqual(changed);
  });

  it('an id the list never gave, or one from before a lock, names nothing', async () => {
    const h = await journal();
    const made = await backUp(h);
    for (const id of ['0123456789abcdef0123456789abcdef', 'ff']) {
      await expect(h.core.call('backupChooseKept', { id })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    // A path, or anything but the hex the list gives, is not even an id.
    for (const id of [made.path, made.fileName, '../backups', '']) {
      await expect(h.core.call('backupChooseKept', { id })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    await h.value('vaultLock');
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    await expect(h.core.call('backupChooseKept', { id: made.id })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('no request takes a path to restore from', async () => {
    const h = await journal();
    const backup = await backUp(h);
    for (const method of ['backupPreviewRestore', 'backupRestore'] as const) {
      await expectRefused(h, method, { path: backup.path, ...withPassphrase }, 'invalid_input', /.+/);
    }
    await expect(h.core.call('backupChooseFile', { path: backup.path })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // In the harness there is no dialog: asking for one opens nothing.
    expect(await h.value('backupChooseFile', {})).toEqual({ supported: false, file: null });
  });

  it('the desktop dialog: main reads the chosen file itself, and only its name reaches the page', async () => {
    let answer: string | null = null;
    const shown: string[] = [];
    const h = await journal({
      backupDialogs: backupDialogs({
        dialog: { showOpenDialog: (async () => (answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] })) as never },
        shell: { showItemInFolder: (path: string) => void shown.push(path) },
        window: () => null,
        defaultFolder: () => tempDir(),
      }),
    });
    await seed(h);
    const content = await readJournal(h);
    // "Back up now" asks the same dialog for a folder.
    const folder = tempDir();
    answer = folder;
    const { made } = await h.value<{ made: BackupSummary }>('backupNow', {});
    const backup = { ...made, path: join(folder, made.fileName) };
    await h.value('journalSaveEntry', { day: '2025-03-14', checkIn: { mood: 1, reflection: 'changed' } });
    answer = backup.path;
    expect(await h.value('backupChooseFile', {})).toEqual({ supported: true, file: { name: basename(backup.path), sizeBytes: backup.sizeBytes } });
    await h.value('backupRestore', withPassphrase);
    expect(await readJournal(h)).toEqual(content);
    answer = null;
    expect(await h.value('backupChooseFile', {})).toEqual({ supported: true, file: null });
    // "Show in folder": main opens the file manager at the file behind the id.
    expect(await h.value('backupShowInFolder', { id: backup.id })).toEqual({ shown: true });
    expect(shown).toEqual([backup.path]);
  });

  it('the browser harness cannot show a folder, and says so', async () => {
    const h = await journal();
    const backup = await backUp(h);
    await expectRefused(h, 'backupShowInFolder', { id: backup.id }, 'unavailable', /browser harness cannot open a folder/);
  });

  it('a file uploaded in several parts is put back together; parts out of order are refused', async () => {
    const h = await journal();
    await seed(h);
    const content = await readJournal(h);
    const backup = await backUp(h);
    // Sent in many small parts, as a slow page might: main puts them back together in order.
    const bytes = readFileSync(backup.path);
    const size = 10_000;
    let last: unknown = null;
    for (let offset = 0; offset < bytes.length; offset += size) {
      last = await h.value('backupAddBytes', { name: 'parts.backup', totalBytes: bytes.length, offset, base64: bytes.subarray(offset, offset + size).toString('base64') });
    }
    expect(bytes.length).toBeGreaterThan(3 * size);
    expect(last).toEqual({ received: bytes.length, complete: true, file: { name: 'parts.backup', sizeBytes: bytes.length } });
    expect((await h.value<{ backup: { entries: number } }>('backupPreviewRestore', withPassphrase)).backup.entries).toBe(3);

    const part = bytes.subarray(0, 1024).toString('base64');
    expect((await h.core.call('backupAddBytes', { name: 'a.backup', totalBytes: 4096, offset: 0, base64: part })).ok).toBe(true);
    await expect(h.core.call('backupAddBytes', { name: 'a.backup', totalBytes: 4096, offset: 2048, base64: part })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/went missing on its way/) },
    });
    await expectRefused(h, 'backupRestore', withPassphrase, 'not_found', /Choose a backup to restore first/);
    await restoreFrom(h, 'backupRestore', backup.path);
    expect(await readJournal(h)).toEqual(content);
  });

  it("restores another journal's backup with its own secret and keeps today's passphrase", async () => {
    const other = await journal();
    await seed(other);
    const otherContent = await readJournal(other);
    await other.value('vaultChangePassphrase', { current: TEST_PASSPHRASE, next: 'a different old passphrase' });
    const backup = await backUp(other);

    const h = await journal();
    await h.value('journalSaveEntry', { day: '2025-03-13', checkIn: { mood: 5, reflection: 'mine' } });
    await uploadBackup(h.core, backup.path);
    await expectRefused(h, 'backupRestore', withPassphrase, 'wrong_passphrase', /does not open this backup/);
    // A wrong secret keeps the chosen file: the person tries again without choosing it again.
    await h.value('backupRestore', { secret: other.recoveryCode.toLowerCase(), secretKind: 'recovery-code' });
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
    const core = new HarborCore({ dataDir: join(fresh, 'Harbor'), platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
    cleanups.push(() => core.close());
    const preview = await restoreFrom<{ current: unknown }>({ core }, 'backupPreviewRestore', backup.path);
    expect(preview.current).toBeNull();
    const restored = await core.call('backupRestore', withPassphrase);
    expect(restored.ok && (restored.value as { state: string }).state).toBe('unlocked');
    const read = await core.call('journalGetDay', { day: '2025-03-12' });
    expect(read.ok && (read.value as { entry: unknown }).entry).toEqual(content['2025-03-12']);
    // A second restore here is an ordinary one now (unlocked), and while locked it is refused, the upload too.
    core.vault.lock();
    const bytes = readFileSync(backup.path);
    const upload = await uploadBytes(core, 'again.backup', bytes);
    expect(upload.ok ? null : upload.error.code).toBe('locked');
    const locked = await core.call('backupRestore', withPassphrase);
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
      const preview = await restoreFrom<{ current: unknown; unreadable: string | null }>(h, 'backupPreviewRestore', backup.path);
      expect(preview.current).toBeNull();
      expect(preview.unreadable).toMatch(/cannot|damaged|missing/);

      const restored = await h.value<{ state: string; message: string }>('backupRestore', withPassphrase);
      expect(restored.state).toBe('unlocked');
      expect(await readJournal(h)).toEqual(content);
      // The unreadable journal is kept, byte for byte, in the folder the message names (by name, not path).
      const kept = /in Harbor's backups folder, in (unreadable-[0-9-]+)\./.exec(restored.message)?.[1];
      expect(kept).toBeTruthy();
      expect(readFileSync(join(h.dataDir, 'backups', kept!, DATABASE_FILE_NAME))).toEqual(damagedBytes);
    });
  }

  it('a journal that opens is never replaced while locked, even by the right backup', async () => {
    const h = await journal();
    await seed(h);
    const backup = await backUp(h);
    await uploadBackup(h.core, backup.path);
    await h.value('vaultLock');
    // The chosen file was dropped at the lock, and nothing new can be handed over.
    await expectRefused(h, 'backupRestore', withPassphrase, 'locked', /Unlock Harbor first/);
    const upload = await uploadBytes(h.core, 'x.backup', readFileSync(backup.path));
    expect(upload.ok ? null : upload.error.code).toBe('locked');
    // A wrong passphrase at the lock screen does not make a journal "unreadable".
    expect((await h.core.call('vaultUnlock', { passphrase: 'not the passphrase' })).ok).toBe(false);
    await expectRefused(h, 'backupRestore', withPassphrase, 'locked', /Unlock Harbor first/);
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    await expectRefused(h, 'backupRestore', withPassphrase, 'not_found', /Choose a backup to restore first/);
  });
});
