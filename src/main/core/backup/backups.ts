// Encrypted backups: automatic ones in <dataDir>/backups (a day apart, the last 7 kept) and
// "Back up now" into a folder the person chooses. Restore is in restore.ts.
//
// Why VACUUM INTO and not the online backup API: SQLite3 Multiple Ciphers refuses
// sqlite3_backup into a target that is not keyed like the source, and better-sqlite3's
// db.backup() opens the target itself without a key. VACUUM INTO from the open journal writes a
// consistent snapshot (WAL included) encrypted with the same cipher and key.
//
// The page never sees where a backup is: each one it is told about carries an opaque id (a keyed
// hash of its path, valid while Harbor stays unlocked), which later requests use to restore it or
// to show it in the file manager.
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupSummary } from '../../../shared/contract/backup.ts';
import { HarborError } from '../../../shared/result.ts';
import { word } from '../../../shared/vocabulary.ts';
import { writeFileAtomic } from '../atomic-file.ts';
import { parseKeyFile, serializeKeyFile } from '../key-file.ts';
import type { Vault } from '../vault.ts';
import { BACKUP_EXTENSION, encodeBackup, readBackupFile, readBackupManifest } from './backup-file.ts';
import { cannotWrite, checkFolder, freePath, stamp, type FolderWords } from './backup-folder.ts';
import { verifyWithLiveKey } from './backup-database.ts';
import type { BackupDialogPort } from './dialog-port.ts';

export const BACKUPS_FOLDER = 'backups';
/** Automatic backups (and journals kept at a restore) beyond this many are removed, oldest first. */
export const KEEP_AUTOMATIC = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The first check waits a little after unlock, so opening Harbor is never slowed by a backup. */
export const FIRST_CHECK_MS = 30_000;
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** Scratch files (in the backups folder, so every rename stays on one disk). */
const SCRATCH = /^\.(making|incoming|restoring)-[0-9a-f]+\.db(-wal|-shm|-journal)?$/;
/** Ids remembered at most; far more than any list shows. */
const MAX_KNOWN_IDS = 1000;

export interface BackupServiceOptions {
  vault: Vault;
  now(): Date;
  /** Discreet mode: files made by "Back up now" get a neutral name. */
  discreet(): boolean;
  /** The desktop's file dialogs and file manager (core/platform.ts); null in the harness. */
  dialogs: BackupDialogPort | null;
  log(message: string, error: unknown): void;
}

export class BackupService {
  readonly folder: string;
  private readonly options: BackupServiceOptions;
  private readonly dialogs: BackupDialogPort | null;
  private timer: NodeJS.Timeout | null = null;
  private readonly idKey = randomBytes(32);
  /** id → path of every backup the page was told about since the last unlock. */
  private readonly known = new Map<string, string>();

  constructor(options: BackupServiceOptions) {
    this.options = options;
    this.dialogs = options.dialogs;
    this.folder = join(options.vault.dataDir, BACKUPS_FOLDER);
    options.vault.onChange((state) => {
      if (state === 'unlocked') return this.startSchedule();
      this.stopSchedule();
      this.known.clear();
    });
  }

  dialogPort(): BackupDialogPort | null {
    return this.dialogs;
  }

  /** Backups in Harbor's own folder, newest first. Files that are not readable backups are left out. */
  list(): { backups: BackupSummary[]; lastAutomaticAt: number | null } {
    const backups = this.ownBackups().map(({ summary }) => summary);
    const lastAutomaticAt = backups.find((b) => b.kind === 'daily')?.createdAt ?? null;
    return { backups, lastAutomaticAt };
  }

  /**
   * "Back up now". The desktop app asks for the folder in its own dialog (null: the person closed
   * it) and takes no folder from the page; the browser harness, which has no dialog, takes the typed one.
   */
  async backUpNow(typedFolder: string | undefined): Promise<BackupSummary | null> {
    let folder = typedFolder;
    if (this.dialogs) {
      if (folder !== undefined) throw new HarborError('invalid_input', 'Choose the folder for the backup in the dialog.');
      const chosen = await this.dialogs.chooseFolder();
      if (chosen === null) return null;
      folder = chosen;
    }
    if (folder === undefined) throw new HarborError('invalid_input', 'Enter the folder.');
    checkFolder(folder);
    return this.write(folder, 'manual', 'the folder you chose');
  }

  /** Makes the daily backup when the newest one is a day old (or from a clock that has since gone back). */
  runAutomatic(): BackupSummary | null {
    if (this.options.vault.state() !== 'unlocked') return null;
    const newest = this.list().lastAutomaticAt;
    const now = this.options.now().getTime();
    if (newest !== null && now >= newest && now - newest < DAY_MS) return null;
    const made = this.write(this.folder, 'daily', "Harbor's backups folder");
    this.prune('daily');
    return made;
  }

  /** The journal about to be replaced by a restore, kept in Harbor's own folder (the oldest such beyond 7 removed). */
  keepBeforeRestore(): BackupSummary {
    const kept = this.write(this.folder, 'before-restore', "Harbor's backups folder");
    this.prune('before-restore');
    return kept;
  }

  /** The file behind an id the page was given; a plain error when it is not (or no longer) known. */
  pathOf(id: string): string {
    const path = this.known.get(id);
    if (path === undefined) throw new HarborError('not_found', 'That backup is not in the list any more. Look at the list again.');
    return path;
  }

  /** The system's file manager, opened at the backup (the desktop app only). */
  showInFolder(id: string): boolean {
    const path = this.pathOf(id);
    if (!this.dialogs) {
      throw new HarborError('unavailable', 'The browser harness cannot open a folder on this computer. The desktop app can.');
    }
    this.dialogs.showItemInFolder(path);
    return true;
  }

  /** A scratch file in Harbor's own folder (so every rename stays on one disk). */
  scratchPath(kind: 'making' | 'incoming' | 'restoring'): string {
    try {
      mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw cannotWrite("Harbor's backups folder", error);
    }
    return join(this.folder, `.${kind}-${randomBytes(8).toString('hex')}.db`);
  }

  private summaryOf(path: string, fields: Omit<BackupSummary, 'id' | 'fileName'>): BackupSummary {
    const id = createHmac('sha256', this.idKey).update(path).digest('hex').slice(0, 32);
    if (!this.known.has(id) && this.known.size >= MAX_KNOWN_IDS) this.known.clear();
    this.known.set(id, path);
    return { id, fileName: basename(path), ...fields };
  }

  private ownBackups(): { path: string; summary: BackupSummary }[] {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      names = [];
    }
    const found: { path: string; summary: BackupSummary }[] = [];
    for (const fileName of names) {
      if (!fileName.endsWith(BACKUP_EXTENSION) || fileName.startsWith('.')) continue;
      const path = join(this.folder, fileName);
      const manifest = readBackupManifest(path);
      if (!manifest) continue;
      found.push({ path, summary: this.summaryOf(path, { createdAt: manifest.createdAt, kind: manifest.kind, sizeBytes: statSync(path).size }) });
    }
    return found.sort((a, b) => b.summary.createdAt - a.summary.createdAt || b.summary.fileName.localeCompare(a.summary.fileName));
  }

  /** Writes one backup of the open journal into `folder` and reads it back before calling it done. */
  private write(folder: string, kind: BackupSummary['kind'], where: FolderWords): BackupSummary {
    const vault = this.options.vault;
    const db = vault.db;
    const keyFile = parseKeyFile(readFileSync(vault.keyFilePath, 'utf8'));
    if (!keyFile) throw new HarborError('key_file_damaged', 'Harbor cannot read its key file, so it cannot make a backup that opens later.');
    const snapshot = this.scratchPath('making');
    try {
      db.prepare('VACUUM INTO ?').run(snapshot);
      const version = verifyWithLiveKey(db, snapshot);
      const createdAt = this.options.now().getTime();
      const data = encodeBackup(
        // Without this computer's keychain copy: a backup opens only with the passphrase or recovery code.
        { createdAt, kind, schemaVersion: version, keyFile: serializeKeyFile({ ...keyFile, device: null }) },
        readFileSync(snapshot),
      );
      const target = freePath(folder, `${this.namePrefix(kind)}-${stamp(this.options.now())}`);
      try {
        writeFileAtomic(target, data);
      } catch (error) {
        throw cannotWrite(where, error);
      }
      readBackupFile(target); // What is on disk is complete and matches.
      return this.summaryOf(target, { createdAt, kind, sizeBytes: data.length });
    } finally {
      rmSync(snapshot, { force: true });
    }
  }

  private namePrefix(kind: BackupSummary['kind']): string {
    if (kind !== 'manual') return kind;
    return word('backupFile', this.options.discreet());
  }

  private prune(kind: BackupSummary['kind']): void {
    const old = this.ownBackups()
      .filter((b) => b.summary.kind === kind)
      .slice(KEEP_AUTOMATIC);
    for (const backup of old) rmSync(backup.path, { force: true });
  }

  private startSchedule(): void {
    this.stopSchedule();
    this.removeScratch();
    this.timer = setTimeout(() => this.tick(), FIRST_CHECK_MS);
    this.timer.unref?.();
  }

  private stopSchedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private tick(): void {
    this.timer = setTimeout(() => this.tick(), CHECK_EVERY_MS);
    this.timer.unref?.();
    try {
      this.runAutomatic();
    } catch (error) {
      // A full disk should not interrupt the person; the next check tries again.
      this.options.log('Harbor: automatic backup failed', error);
    }
  }

  /** Scratch files left by a crash in the middle of a backup or restore. */
  private removeScratch(): void {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) if (SCRATCH.test(name)) rmSync(join(this.folder, name), { force: true });
  }
}
