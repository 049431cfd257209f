// Restore: the chosen backup (held as bytes, see chosen-backup.ts) is checked, opened with the
// secret it was made with, previewed, and then takes the journal's place.
//
// `VACUUM restored INTO` from the live connection re-encrypts an attached backup with the live
// key, so a restored journal keeps today's passphrase, recovery code and keychain unlock.
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { BackupSummary, ChosenBackup, JournalSummary, restoreRequest } from '../../../shared/contract/backup.ts';
import { HarborError } from '../../../shared/result.ts';
import { rawKeyParameter } from '../db/database.ts';
import { normalisePassphrase, normaliseRecoveryCode, parseKeyFile, unwrapKey, withSecret, type KeyFile } from '../key-file.ts';
import { LATEST_VERSION } from '../db/migrations/index.ts';
import { readChosenFile } from '../safe-read.ts';
import type { Vault } from '../vault.ts';
import { newerHarbor, parseBackup, type BackupManifest } from './backup-file.ts';
import { stamp } from './backup-folder.ts';
import { inspectBackupDatabase, journalSummary } from './backup-database.ts';
import type { BackupService } from './backups.ts';
import { ChosenBackupFile } from './chosen-backup.ts';

type RestoreRequest = z.output<typeof restoreRequest>;

interface Prepared {
  staging: string;
  key: Buffer;
  keyFile: KeyFile;
  manifest: BackupManifest;
  summary: JournalSummary;
}

export class BackupRestore {
  private readonly chosen = new ChosenBackupFile();
  private readonly options: { vault: Vault; backups: BackupService; now(): Date };

  constructor(options: { vault: Vault; backups: BackupService; now(): Date }) {
    this.options = options;
    options.vault.onChange((state) => state === 'locked' && this.chosen.forget());
  }

  /** The desktop app's open dialog; main reads the chosen file itself. `supported: false` without one. */
  async chooseWithDialog(open: boolean): Promise<{ supported: boolean; file: ChosenBackup | null }> {
    const port = this.options.backups.dialogPort();
    if (!port || !open) return { supported: port !== null, file: null };
    this.refuseWhileLocked();
    const path = await port.chooseFile();
    if (path === null) return { supported: true, file: null };
    this.chosen.forget();
    return { supported: true, file: this.chosen.hold(basename(path.replaceAll('\\', '/')), await readChosenFile(path)) };
  }

  /** The page's file picker, one part at a time. */
  addPart(input: { name: string; totalBytes: number; offset: number; base64: string }): { received: number; complete: boolean; file: ChosenBackup | null } {
    this.refuseWhileLocked();
    return this.chosen.addPart(input);
  }

  /** One of Harbor's own backups, by the id the list (or "Back up now") gave. */
  async chooseKept(id: string): Promise<ChosenBackup> {
    const path = this.options.backups.pathOf(id);
    this.chosen.forget();
    return this.chosen.hold(basename(path), await readChosenFile(path));
  }

  forget(): boolean {
    return this.chosen.forget();
  }

  /** What restoring would replace with what, after checking the backup opens and is whole. */
  async preview(
    request: RestoreRequest,
  ): Promise<{ backup: JournalSummary & { createdAt: number }; current: JournalSummary | null; unreadable: string | null }> {
    const prepared = await this.prepare(request);
    try {
      const vault = this.options.vault;
      return {
        backup: { ...prepared.summary, createdAt: prepared.manifest.createdAt },
        current: this.situation() === 'unlocked' ? journalSummary(vault.db) : null,
        unreadable: vault.unreadable()?.message ?? null,
      };
    } finally {
      discard(prepared);
    }
  }

  async restore(request: RestoreRequest): Promise<{ state: 'locked' | 'unlocked'; keptAs: BackupSummary | null; message: string }> {
    const vault = this.options.vault;
    const before = this.situation();
    const prepared = await this.prepare(request);
    try {
      // The key derivation above takes a moment; Harbor may have locked meanwhile.
      if (this.situation() !== before) {
        throw new HarborError('conflict', 'Harbor locked while the backup was being checked. Nothing was replaced. Unlock and try again.');
      }
      if (before === 'unlocked') {
        // From here on everything is synchronous: no save can slip in between the copy kept and the swap.
        const keptAs = this.options.backups.keepBeforeRestore();
        const reencrypted = this.options.backups.scratchPath('restoring');
        const db = vault.db;
        const attachKey = rawKeyParameter(prepared.key);
        try {
          db.prepare('ATTACH ? AS restored KEY ?').run(prepared.staging, attachKey);
        } finally {
          attachKey.fill(0);
        }
        try {
          db.prepare('VACUUM restored INTO ?').run(reencrypted);
        } finally {
          db.exec('DETACH restored');
        }
        try {
          vault.replaceDatabase(reencrypted);
        } finally {
          rmSync(reencrypted, { force: true });
        }
        this.chosen.forget();
        return {
          state: 'unlocked',
          keptAs,
          message:
            'Your journal now holds what was in the backup. The journal it replaced is kept as a backup in this list. Your passphrase and recovery code stay the same.',
        };
      }
      // A journal nobody can open is moved aside, never deleted, before the backup takes its place.
      const setAside =
        before === 'unreadable' ? vault.setAsideUnreadable(join(this.options.backups.folder, `unreadable-${stamp(this.options.now())}`)) : null;
      const keptNote = setAside ? ` The files that could not be opened are kept in Harbor's backups folder, in ${basename(setAside)}.` : '';
      vault.adoptBackup(prepared.keyFile, prepared.staging);
      this.chosen.forget();
      if (request.secretKind === 'passphrase') {
        await vault.unlock(request.secret);
        return { state: 'unlocked', keptAs: null, message: `Your journal is back. Unlock it with this passphrase from now on.${keptNote}` };
      }
      return {
        state: 'locked',
        keptAs: null,
        message: `Your journal is back. Unlock it with your recovery code, and choose a new passphrase there.${keptNote}`,
      };
    } finally {
      discard(prepared);
    }
  }

  /**
   * Who may restore: someone who unlocked this journal, or anyone where there is no journal yet
   * or only one that cannot be opened with any passphrase (damaged or missing key file, or a
   * journal that failed its check at unlock).
   */
  private situation(): 'none' | 'locked' | 'unlocked' | 'unreadable' {
    const vault = this.options.vault;
    return vault.unreadable() ? 'unreadable' : vault.state();
  }

  private refuseWhileLocked(): void {
    if (this.situation() === 'locked') {
      throw new HarborError('locked', 'Unlock Harbor first: only someone who can open this journal may replace it with a backup.');
    }
  }

  /** Checks the chosen backup and unlocks it into a scratch file. Nothing of the live journal is touched. */
  private async prepare(request: RestoreRequest): Promise<Prepared> {
    this.refuseWhileLocked();
    const chosen = this.chosen.current();
    const { manifest, database } = parseBackup(chosen.name, chosen.bytes);
    if (manifest.schemaVersion > LATEST_VERSION) throw newerHarbor(chosen.name);
    const keyFile = parseKeyFile(manifest.keyFile);
    if (!keyFile) {
      throw new HarborError('database_damaged', `The key inside the backup ${chosen.name} is damaged, so it cannot be opened. Nothing was replaced.`);
    }
    // Written out before the key derivation, so a lock meanwhile (which drops the chosen bytes) cannot change what is checked.
    const staging = this.options.backups.scratchPath('incoming');
    try {
      writeFileSync(staging, database, { mode: 0o600 });
    } catch {
      discard({ staging, key: Buffer.alloc(0) });
      throw new HarborError('read_only', "Harbor cannot write to its backups folder to check the backup. Check the permissions of Harbor's data folder.");
    }
    const key =
      request.secretKind === 'passphrase'
        ? await withSecret(normalisePassphrase(request.secret), (secret) => unwrapKey(keyFile.passphrase, secret, 'passphrase'))
        : await withSecret(normaliseRecoveryCode(request.secret), (secret) => unwrapKey(keyFile.recovery, secret, 'recovery'));
    if (!key) {
      discard({ staging, key: Buffer.alloc(0) });
      throw request.secretKind === 'passphrase'
        ? new HarborError(
            'wrong_passphrase',
            'That passphrase does not open this backup. Use the passphrase you had when the backup was made, or the recovery code from then. Nothing was replaced.',
          )
        : new HarborError(
            'wrong_recovery_code',
            'That recovery code does not open this backup. Use the recovery code you had when the backup was made, or the passphrase from then. Nothing was replaced.',
          );
    }
    try {
      return { staging, key, keyFile, manifest, summary: inspectBackupDatabase(staging, key, chosen.name) };
    } catch (error) {
      discard({ staging, key });
      throw error;
    }
  }
}

function discard(prepared: { staging: string; key: Buffer }): void {
  prepared.key.fill(0);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(prepared.staging + suffix, { force: true });
}
