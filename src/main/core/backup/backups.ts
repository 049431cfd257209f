// Encrypted backups: automatic ones in <dataDir>/backups (a day apart, the last 7 kept),
// "Back up now" into a folder the person chooses, and restore.
//
// Why VACUUM INTO and not the online backup API: SQLite3 Multiple Ciphers refuses
// sqlite3_backup into a target that is not keyed like the source, and better-sqlite3's
// db.backup() opens the target itself without a key. VACUUM INTO from the open journal writes a
// consistent snapshot (WAL included) encrypted with the same cipher and key, and
// `VACUUM restored INTO` from the live connection re-encrypts an attached backup with the live
// key, so a restored journal keeps today's passphrase, recovery code and keychain unlock.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { BackupSummary, JournalSummary, restoreRequest } from '../../../shared/contract/backup.ts';
import { HarborError } from '../../../shared/result.ts';
import { writeFileAtomic } from '../atomic-file.ts';
import { applyKey, rawKeyParameter, type Db } from '../db/database.ts';
import {
  normalisePassphrase,
  normaliseRecoveryCode,
  parseKeyFile,
  serializeKeyFile,
  unwrapKey,
  withSecret,
  type KeyFile,
} from '../key-file.ts';
import { LATEST_VERSION, schemaVersion } from '../db/migrations/index.ts';
import type { Vault } from '../vault.ts';
import { BACKUP_EXTENSION, encodeBackup, newerHarbor, readBackupFile, readBackupManifest, readChosenBackup, type BackupManifest } from './backup-file.ts';
import type { BackupDialogPort } from './dialog-port.ts';
import { word } from '../../../shared/vocabulary.ts';

export const BACKUPS_FOLDER = 'backups';
/** Automatic backups (and journals kept at a restore) beyond this many are removed, oldest first. */
export const KEEP_AUTOMATIC = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The first check waits a little after unlock, so opening Harbor is never slowed by a backup. */
export const FIRST_CHECK_MS = 30_000;
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** Scratch files (in the backups folder, so every rename stays on one disk). */
const SCRATCH = /^\.(making|incoming|restoring)-[0-9a-f]+\.db(-wal|-shm|-journal)?$/;

type RestoreRequest = z.output<typeof restoreRequest>;

export interface BackupServiceOptions {
  vault: Vault;
  now(): Date;
  /** Discreet mode: files made by "Back up now" get a neutral name. */
  discreet(): boolean;
  log(message: string, error: unknown): void;
}

interface Prepared {
  staging: string;
  key: Buffer;
  keyFile: KeyFile;
  manifest: BackupManifest;
  summary: JournalSummary;
}

export class BackupService {
  readonly folder: string;
  private readonly options: BackupServiceOptions;
  private dialogs: BackupDialogPort | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(options: BackupServiceOptions) {
    this.options = options;
    this.folder = join(options.vault.dataDir, BACKUPS_FOLDER);
    options.vault.onChange((state) => (state === 'unlocked' ? this.startSchedule() : this.stopSchedule()));
  }

  setDialogPort(port: BackupDialogPort | null): void {
    this.dialogs = port;
  }

  dialogPort(): BackupDialogPort | null {
    return this.dialogs;
  }

  /** Backups in Harbor's own folder, newest first. Files that are not readable backups are left out. */
  list(): { folder: string; backups: BackupSummary[]; lastAutomaticAt: number | null } {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      names = [];
    }
    const backups: BackupSummary[] = [];
    for (const fileName of names) {
      if (!fileName.endsWith(BACKUP_EXTENSION) || fileName.startsWith('.')) continue;
      const path = join(this.folder, fileName);
      const manifest = readBackupManifest(path);
      if (!manifest) continue;
      backups.push({ path, fileName, createdAt: manifest.createdAt, kind: manifest.kind, sizeBytes: statSync(path).size });
    }
    backups.sort((a, b) => b.createdAt - a.createdAt || b.fileName.localeCompare(a.fileName));
    const lastAutomaticAt = backups.find((b) => b.kind === 'daily')?.createdAt ?? null;
    return { folder: this.folder, backups, lastAutomaticAt };
  }

  /** "Back up now" into a folder the person chose. */
  backUpTo(folder: string): BackupSummary {
    checkFolder(folder);
    return this.write(folder, 'manual');
  }

  /** Makes the daily backup when the newest one is a day old (or from a clock that has since gone back). */
  runAutomatic(): BackupSummary | null {
    if (this.options.vault.state() !== 'unlocked') return null;
    const newest = this.list().lastAutomaticAt;
    const now = this.options.now().getTime();
    if (newest !== null && now >= newest && now - newest < DAY_MS) return null;
    const made = this.write(this.folder, 'daily');
    this.prune('daily');
    return made;
  }

  /** What restoring would replace with what, after checking the backup opens and is whole. */
  async preview(
    request: RestoreRequest,
  ): Promise<{ backup: JournalSummary & { createdAt: number }; current: JournalSummary | null; unreadable: string | null }> {
    const prepared = await this.prepare(request);
    try {
      const vault = this.options.vault;
      const situation = this.situation();
      return {
        backup: { ...prepared.summary, createdAt: prepared.manifest.createdAt },
        current: situation === 'unlocked' ? journalSummary(vault.db) : null,
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
        const keptAs = this.write(this.folder, 'before-restore');
        const reencrypted = this.scratchPath('restoring');
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
        this.prune('before-restore');
        return {
          state: 'unlocked',
          keptAs,
          message:
            'Your journal now holds what was in the backup. The journal it replaced is kept as a backup in this list. Your passphrase and recovery code stay the same.',
        };
      }
      // A journal nobody can open is moved aside, never deleted, before the backup takes its place.
      const setAside =
        before === 'unreadable' ? vault.setAsideUnreadable(join(this.folder, `unreadable-${stamp(this.options.now())}`)) : null;
      const keptNote = setAside ? ` The files that could not be opened are kept in ${setAside}.` : '';
      vault.adoptBackup(prepared.keyFile, prepared.staging);
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

  /** Reads, checks and unlocks a backup into a scratch file. Nothing of the live journal is touched. */
  private async prepare(request: RestoreRequest): Promise<Prepared> {
    if (this.situation() === 'locked') {
      throw new HarborError('locked', 'Unlock Harbor first: only someone who can open this journal may replace it with a backup.');
    }
    const { manifest, database } = await readChosenBackup(request.path);
    if (manifest.schemaVersion > LATEST_VERSION) throw newerHarbor(request.path);
    const keyFile = parseKeyFile(manifest.keyFile);
    if (!keyFile) {
      throw new HarborError('database_damaged', `The key inside the backup ${request.path} is damaged, so it cannot be opened. Nothing was replaced.`);
    }
    const key =
      request.secretKind === 'passphrase'
        ? await withSecret(normalisePassphrase(request.secret), (secret) => unwrapKey(keyFile.passphrase, secret, 'passphrase'))
        : await withSecret(normaliseRecoveryCode(request.secret), (secret) => unwrapKey(keyFile.recovery, secret, 'recovery'));
    if (!key) {
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
    const staging = this.scratchPath('incoming');
    try {
      writeFileSync(staging, database, { mode: 0o600 });
      const summary = inspectBackupDatabase(staging, key, request.path);
      return { staging, key, keyFile, manifest, summary };
    } catch (error) {
      discard({ staging, key });
      if (error instanceof HarborError) throw error;
      throw new HarborError('read_only', `Harbor cannot write to ${this.folder} to check the backup. Check the folder's permissions.`);
    }
  }

  /** Writes one backup of the open journal into `folder` and reads it back before calling it done. */
  private write(folder: string, kind: BackupSummary['kind']): BackupSummary {
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
        throw cannotWrite(folder, error);
      }
      readBackupFile(target); // What is on disk is complete and matches.
      return { path: target, fileName: basename(target), createdAt, kind, sizeBytes: data.length };
    } finally {
      rmSync(snapshot, { force: true });
    }
  }

  private namePrefix(kind: BackupSummary['kind']): string {
    if (kind !== 'manual') return kind;
    return word('backupFile', this.options.discreet());
  }

  private prune(kind: BackupSummary['kind']): void {
    const old = this.list()
      .backups.filter((b) => b.kind === kind)
      .slice(KEEP_AUTOMATIC);
    for (const backup of old) rmSync(backup.path, { force: true });
  }

  private scratchPath(kind: 'making' | 'incoming' | 'restoring'): string {
    try {
      mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw cannotWrite(this.folder, error);
    }
    return join(this.folder, `.${kind}-${randomBytes(8).toString('hex')}.db`);
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

/** Entry count and newest day of a journal database (any schema version Harbor has had). */
export function journalSummary(db: Db): JournalSummary {
  const queries = [
    'SELECT count(*) AS entries, max(day) AS newest FROM entries WHERE deleted_at IS NULL',
    'SELECT count(*) AS entries, max(day) AS newest FROM entries', // before soft delete existed
  ];
  for (const query of queries) {
    try {
      const row = db.prepare(query).get() as { entries: number; newest: string | null };
      return { entries: row.entries, newestEntry: row.newest };
    } catch {
      // Try the older shape.
    }
  }
  return { entries: 0, newestEntry: null };
}

/** Opens a backup's database with the key from its key file and checks it through. */
function inspectBackupDatabase(file: string, key: Buffer, shownPath: string): JournalSummary {
  const db = new Database(file, { fileMustExist: true });
  try {
    applyKey(db, key);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new HarborError(
        'database_damaged',
        `The journal in the backup ${shownPath} does not open with the key stored beside it. It may be damaged, or put together from two different backups. Nothing was replaced.`,
      );
    }
    if (schemaVersion(db) > LATEST_VERSION) throw newerHarbor(shownPath);
    let healthy = false;
    try {
      const rows = db.pragma('integrity_check') as { integrity_check: string }[];
      healthy = rows.length === 1 && rows[0]!.integrity_check === 'ok';
    } catch {
      healthy = false;
    }
    if (!healthy) {
      throw new HarborError('database_damaged', `The journal in the backup ${shownPath} is damaged. Nothing was replaced. Try another backup.`);
    }
    return journalSummary(db);
  } finally {
    db.close();
  }
}

/** The fresh snapshot opens with the live key and is whole; returns its schema version. */
function verifyWithLiveKey(db: Db, snapshot: string): number {
  // ATTACH without KEY uses the main database's key: a snapshot that opens this way has the journal's key.
  db.prepare('ATTACH ? AS backup_check').run(snapshot);
  try {
    const rows = db.pragma('backup_check.integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
      throw new HarborError('database_damaged', 'The backup Harbor just made did not check out, so it was not kept. Your journal is unchanged.');
    }
    return db.pragma('backup_check.user_version', { simple: true }) as number;
  } finally {
    db.exec('DETACH backup_check');
  }
}

function discard(prepared: { staging: string; key: Buffer }): void {
  prepared.key.fill(0);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(prepared.staging + suffix, { force: true });
}

function checkFolder(folder: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new HarborError('not_found', `There is no folder at ${folder}. Check the path, or choose another folder.`);
    }
    throw cannotWrite(folder, error);
  }
  if (!isFolder) throw new HarborError('invalid_input', `${folder} is a file, not a folder. Choose a folder for the backup.`);
}

function cannotWrite(folder: string, error: unknown): HarborError {
  if (error instanceof HarborError) return error;
  if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
    return new HarborError('read_only', `There is not enough space in ${folder} for the backup. Free some space or choose another folder.`);
  }
  return new HarborError('read_only', `Harbor cannot write to ${folder}. Choose a folder you can write to, or check its permissions.`);
}

/** A name not taken yet in `folder` (two backups in the same second get -2, -3…). */
function freePath(folder: string, base: string): string {
  for (let n = 1; ; n++) {
    const path = join(folder, `${base}${n === 1 ? '' : `-${n}`}${BACKUP_EXTENSION}`);
    if (!existsSync(path)) return path;
  }
}

/** Local time as 2025-03-14-203005: sorts by name, readable, safe on every file system. */
function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}
