// The vault owns the database key: it creates it, wraps it, unwraps it, opens the encrypted
// database with it and forgets it on lock. No other module sees the key.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { HarborError } from '../../shared/result.ts';
import type { VaultStatus } from '../../shared/contract/vault.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { Checkpointer, DATABASE_FILE_NAME, assertPagesReadable, openDatabase, type Db } from './database.ts';
import { closedCleanly, forgetCleanClose, recordCleanClose } from './clean-close.ts';
import type { Keychain } from './keychain.ts';
import { UnlockAttempts, type SecretKind } from './unlock-attempts.ts';
import {
  KEY_FILE_NAME,
  PASSPHRASE_KDF,
  RECOVERY_KDF,
  newRecoveryCode,
  normalisePassphrase,
  normaliseRecoveryCode,
  readKeyFileText,
  sameBytes,
  serializeKeyFile,
  unwrapKey,
  withSecret,
  wrapKey,
  type KeyFile,
} from './key-file.ts';

export type VaultState = VaultStatus['state'];
type Listener = (state: VaultState) => void;

const CREATING_SUFFIX = '.creating';
/** How long after unlock the full page check of a cleanly closed journal waits (the first screen comes first). */
const PAGE_CHECK_DELAY_MS = 1500;

export interface VaultOptions {
  dataDir: string;
  keychain: Keychain;
  /** Tests lower the KDF cost; the app never passes this. */
  kdfCost?: { N: number; r: number; p: number };
  /** The clock for the wait between wrong tries (tests pass their own, so they never sleep). */
  now?: () => number;
}

export class Vault {
  readonly dataDir: string;
  readonly keyFilePath: string;
  readonly databasePath: string;
  private readonly keychain: Keychain;
  private readonly kdfCost: { N: number; r: number; p: number };
  private key: Buffer | null = null;
  private database: Db | null = null;
  private checkpointer: Checkpointer | null = null;
  /** Bumped by every lock, so an unlock whose KDF was still running when Harbor locked does not reopen it. */
  private lockCount = 0;
  /** A key file was read here during this run (so a folder that vanishes later is reported, not taken for "no vault"). */
  private keyFileSeen = false;
  /** Set when the right key met a damaged or missing journal file; see unreadable(). */
  private damagedAtUnlock: HarborError | null = null;
  /** The full page check waiting to run after this unlock (see clean-close.ts), if any. */
  private pageCheck: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<Listener>();
  /** Wrong passphrases and recovery codes in a row, kept across restarts. */
  readonly attempts: UnlockAttempts;
  /** Tries run one after another, so a burst of parallel guesses cannot slip past the wait. */
  private tries: Promise<unknown> = Promise.resolve();

  constructor(options: VaultOptions) {
    this.dataDir = options.dataDir;
    this.keychain = options.keychain;
    this.kdfCost = options.kdfCost ?? PASSPHRASE_KDF;
    this.keyFilePath = join(this.dataDir, KEY_FILE_NAME);
    this.databasePath = join(this.dataDir, DATABASE_FILE_NAME);
    this.attempts = new UnlockAttempts(this.dataDir, options.now ?? Date.now);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(): VaultState {
    if (this.database) return 'unlocked';
    if (this.readKeyFile()) return 'locked';
    // A journal without its key file is not "not set up yet": say what is wrong instead.
    if (existsSync(this.databasePath)) throw missingKeyFile(this.dataDir);
    return 'none';
  }

  /**
   * Why the journal here cannot be opened with any passphrase — its key file is damaged or
   * missing, or the journal itself failed its check at the last unlock — or null when it can.
   * Only then may a backup replace it while locked: nothing readable is lost by doing so.
   */
  unreadable(): HarborError | null {
    if (this.database) return null;
    try {
      this.state();
    } catch (error) {
      if (error instanceof HarborError && error.code === 'key_file_damaged') return error;
      throw error;
    }
    return this.damagedAtUnlock;
  }

  /**
   * Moves an unreadable journal and its key file aside, into backups/unreadable-<time>/, so a
   * backup can take their place. Nothing is deleted: they can still be taken to someone who can help.
   */
  setAsideUnreadable(folder: string): string {
    if (!this.unreadable()) throw new HarborError('conflict', 'This journal opens fine, so Harbor will not move it aside.');
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      for (const name of [KEY_FILE_NAME, DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`, `${DATABASE_FILE_NAME}-shm`]) {
        const from = join(this.dataDir, name);
        if (existsSync(from)) renameSync(from, join(folder, name));
      }
    } catch {
      throw readOnly(this.dataDir);
    }
    this.damagedAtUnlock = null;
    return folder;
  }

  /** Never throws, unlike state(): for callers that only need to know whether the journal is open. */
  isUnlocked(): boolean {
    return this.database !== null;
  }

  status(): VaultStatus {
    const state = this.state();
    const keyFile = state === 'none' ? null : this.readKeyFile();
    const passphrase = state === 'locked' ? this.attempts.view('passphrase') : { wrong: 0, waitMs: 0 };
    const recovery = state === 'locked' ? this.attempts.view('recovery') : { wrong: 0, waitMs: 0 };
    return {
      state,
      autoUnlock: Boolean(keyFile?.device) && this.keychainAvailable(),
      autoUnlockAvailable: this.keychainAvailable(),
      wrongTries: { passphrase: passphrase.wrong, passphraseWaitMs: passphrase.waitMs, recovery: recovery.wrong, recoveryWaitMs: recovery.waitMs },
    };
  }

  /** The open database; every journal handler goes through this. */
  get db(): Db {
    if (!this.database) throw new HarborError('locked', 'Harbor is locked. Unlock it to continue.');
    return this.database;
  }

  /** Call after each write so the WAL is folded back in when things are quiet. */
  noteWrite(): void {
    this.checkpointer?.noteWrite();
  }

  async create(passphrase: string): Promise<{ recoveryCode: string }> {
    this.assertNotSetUp();
    try {
      mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    } catch {
      throw readOnly(this.dataDir);
    }
    const key = randomBytes(32);
    const recoveryCode = newRecoveryCode();
    const keyFile: KeyFile = {
      format: 'harbor-key-file',
      version: 1,
      cipher: 'sqlcipher-4',
      passphrase: await withSecret(normalisePassphrase(passphrase), (secret) => wrapKey(key, secret, this.kdfCost, 'passphrase')),
      recovery: await withSecret(normaliseRecoveryCode(recoveryCode), (secret) => wrapKey(key, secret, RECOVERY_KDF, 'recovery')),
      device: null,
    };
    // Checked again: a second create (a double click) may have finished during the KDF above.
    this.assertNotSetUp();
    // The database is created under a temporary name and only renamed once the key file is
    // safely on disk, so an interrupted setup never leaves a journal nobody can open.
    const creating = this.databasePath + CREATING_SUFFIX;
    rmSync(creating, { force: true });
    try {
      openDatabase(creating, key, { create: true }).close();
      writeFileAtomic(this.keyFilePath, serializeKeyFile(keyFile));
      renameSync(creating, this.databasePath);
    } catch (error) {
      rmSync(creating, { force: true });
      key.fill(0);
      if (error instanceof HarborError) throw error;
      throw readOnly(this.dataDir);
    }
    this.open(key);
    return { recoveryCode };
  }

  async unlock(passphrase: string): Promise<void> {
    // Counted from the request, not from its turn: a lock after pressing Unlock still wins.
    const locks = this.lockCount;
    await this.oneTryAtATime('passphrase', async () => {
      const keyFile = this.requireKeyFile();
      if (this.database) return true;
      const key = await withSecret(normalisePassphrase(passphrase), (secret) => unwrapKey(keyFile.passphrase, secret, 'passphrase'));
      if (!key) return false;
      this.openAfterKdf(key, locks);
      return true;
    });
  }

  async unlockWithRecoveryCode(recoveryCode: string, newPassphrase: string): Promise<void> {
    const locks = this.lockCount;
    await this.oneTryAtATime('recovery', async () => {
      const keyFile = this.requireKeyFile();
      const key = await withSecret(normaliseRecoveryCode(recoveryCode), (secret) => unwrapKey(keyFile.recovery, secret, 'recovery'));
      if (!key) return false;
      try {
        // Wrap first, open second: the open proves the key reads this journal before the passphrase is replaced.
        const passphrase = await withSecret(normalisePassphrase(newPassphrase), (secret) => wrapKey(key, secret, this.kdfCost, 'passphrase'));
        if (this.lockCount !== locks) {
          throw new HarborError('locked', 'Harbor locked while it was unlocking. Enter your recovery code again.');
        }
        this.lock();
        this.open(Buffer.from(key));
        try {
          this.updateKeyFile({ passphrase });
        } catch (error) {
          this.lock(); // The new passphrase was not saved; do not leave Harbor open as if it had been.
          throw error;
        }
      } finally {
        key.fill(0);
      }
      return true;
    });
  }

  /**
   * Runs one try of a secret after the tries before it, refusing it while the wait after wrong
   * tries lasts, and counting its outcome (`attempt` answers whether the secret matched).
   */
  private oneTryAtATime(kind: SecretKind, attempt: () => Promise<boolean>): Promise<void> {
    const run = async () => {
      this.requireKeyFile();
      this.attempts.assertMayTry(kind);
      if (await attempt()) {
        this.attempts.noteRight(kind);
        return;
      }
      this.attempts.noteWrong(kind);
      if (kind === 'passphrase') throw new HarborError('wrong_passphrase', 'That passphrase does not match. Check caps lock and try again.');
      throw new HarborError('wrong_recovery_code', 'That recovery code does not match. Check each group of four and try again.');
    };
    const next = this.tries.then(run, run);
    this.tries = next.catch(() => undefined);
    return next;
  }

  tryAutoUnlock(): boolean {
    if (this.database) return true;
    const keyFile = this.readKeyFile();
    if (!keyFile?.device || !this.keychainAvailable()) return false;
    let key: Buffer;
    try {
      key = this.keychain.decrypt(Buffer.from(keyFile.device, 'base64'));
    } catch {
      return false; // The keychain changed (new OS user, reinstalled system): use the passphrase.
    }
    if (key.length !== 32) {
      key.fill(0);
      return false;
    }
    this.open(key);
    return true;
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const key = await this.keyConfirmedBy(current, 'Your current passphrase does not match. Nothing was changed.');
    try {
      // Only the wrapping changes; the database and its key stay as they are.
      const passphrase = await withSecret(normalisePassphrase(next), (secret) => wrapKey(key, secret, this.kdfCost, 'passphrase'));
      this.updateKeyFile({ passphrase });
    } finally {
      key.fill(0);
    }
  }

  async newRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    const key = await this.keyConfirmedBy(passphrase, 'That passphrase does not match. Your old recovery code still works.');
    try {
      const recoveryCode = newRecoveryCode();
      const recovery = await withSecret(normaliseRecoveryCode(recoveryCode), (secret) => wrapKey(key, secret, RECOVERY_KDF, 'recovery'));
      this.updateKeyFile({ recovery });
      return { recoveryCode };
    } finally {
      key.fill(0);
    }
  }

  setAutoUnlock(enabled: boolean): void {
    this.requireKeyFile();
    const openKey = this.requireKey();
    if (enabled && !this.keychainAvailable()) {
      throw new HarborError(
        'unavailable',
        'This computer has no secure keychain Harbor can use, so it cannot unlock automatically. Your passphrase still works.',
      );
    }
    const device = enabled ? this.keychain.encrypt(openKey).toString('base64') : null;
    this.updateKeyFile({ device });
  }

  /**
   * Restore: swaps in a journal file already encrypted with this vault's key, keeping
   * Harbor unlocked. `replacement` must sit in the data folder, so the swap is one atomic rename;
   * it is opened (and migrated) first, so a file that does not open never replaces the live one.
   */
  replaceDatabase(replacement: string): void {
    const current = this.db;
    const key = Buffer.from(this.requireKey());
    try {
      openDatabase(replacement, key, { create: false }).close();
    } catch (error) {
      key.fill(0);
      throw error;
    }
    this.checkpointer?.stop();
    this.checkpointer = null;
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    this.database = null;
    this.key?.fill(0);
    this.key = null;
    // A leftover WAL of the old file must never be replayed onto the new one.
    rmSync(`${this.databasePath}-wal`, { force: true });
    rmSync(`${this.databasePath}-shm`, { force: true });
    try {
      renameSync(replacement, this.databasePath);
    } finally {
      this.open(key); // The new file, or the old one again when the rename failed.
    }
  }

  /** Restore on a computer where Harbor is not set up yet: the backup's key file and journal become this vault. */
  adoptBackup(keyFile: KeyFile, database: string): void {
    this.assertNotSetUp();
    const creating = this.databasePath + CREATING_SUFFIX;
    try {
      mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
      // Same order as create(): the journal is only renamed into place once its key file is on disk.
      renameSync(database, creating);
      writeFileAtomic(this.keyFilePath, serializeKeyFile({ ...keyFile, device: null }));
      renameSync(creating, this.databasePath);
    } catch {
      rmSync(creating, { force: true });
      throw readOnly(this.dataDir);
    }
  }

  /**
   * Closes the database and overwrites the key in memory. Safe to call when already locked.
   * `problem`: the journal failed its page check, so it is locked as unreadable (no clean-close record).
   */
  lock(problem?: HarborError): void {
    const wasOpen = this.database !== null;
    this.lockCount++;
    this.checkpointer?.stop();
    this.checkpointer = null;
    if (this.pageCheck) clearTimeout(this.pageCheck);
    this.pageCheck = null;
    if (this.database?.open) this.database.close();
    this.database = null;
    this.key?.fill(0);
    this.key = null;
    if (problem) {
      forgetCleanClose(this.databasePath);
      this.damagedAtUnlock = problem;
    } else if (wasOpen) {
      recordCleanClose(this.databasePath);
    }
    if (wasOpen) this.emit('locked');
  }

  /** True while the full page check waits to run after this unlock (the journal was closed cleanly). */
  pageCheckPending(): boolean {
    return this.pageCheck !== null;
  }

  /** Why the journal was last locked as unreadable (its page check failed), or null. */
  problem(): HarborError | null {
    return this.damagedAtUnlock;
  }

  /**
   * Runs the page check that waits after unlock now, if one does. When it finds damage, Harbor
   * locks with the same clear message an unlock would give, and offers restoring a backup.
   */
  checkPagesNow(): void {
    if (!this.pageCheck) return;
    clearTimeout(this.pageCheck);
    this.pageCheck = null;
    if (!this.database) return;
    try {
      assertPagesReadable(this.database, this.databasePath);
    } catch (error) {
      const readOnlyFolder = error instanceof HarborError && error.code === 'read_only';
      this.lock(
        readOnlyFolder
          ? error
          : new HarborError(
              'database_damaged',
              `Harbor checked its journal file (${this.databasePath}) after unlocking and found a part it cannot read: the file may be damaged. ` +
                'Harbor locked it so that nothing more is written to it. You can restore a backup.',
            ),
      );
    }
  }

  /** Opens with a key unwrapped by a slow KDF, unless Harbor was locked (or unlocked) meanwhile. */
  private openAfterKdf(key: Buffer, locksBefore: number): void {
    if (this.database) {
      key.fill(0);
      return;
    }
    if (this.lockCount !== locksBefore) {
      key.fill(0);
      throw new HarborError('locked', 'Harbor locked while it was unlocking. Enter your passphrase again.');
    }
    this.open(key);
  }

  /**
   * A private copy of the open key, after checking `passphrase` unwraps the same key. The copy
   * matters: a lock during the slow KDF that follows overwrites the vault's own key buffer.
   */
  private async keyConfirmedBy(passphrase: string, mismatch: string): Promise<Buffer> {
    const keyFile = this.requireKeyFile();
    const key = Buffer.from(this.requireKey());
    const unwrapped = await withSecret(normalisePassphrase(passphrase), (secret) => unwrapKey(keyFile.passphrase, secret, 'passphrase'));
    const matches = unwrapped !== null && sameBytes(unwrapped, key);
    unwrapped?.fill(0);
    if (!matches) {
      key.fill(0);
      throw new HarborError('wrong_passphrase', mismatch);
    }
    return key;
  }

  private assertNotSetUp(): void {
    if (this.readKeyFile()) throw new HarborError('vault_exists', 'Harbor is already set up here. Unlock it instead.');
    if (existsSync(this.databasePath)) throw missingKeyFile(this.dataDir);
  }

  private open(key: Buffer): void {
    let checkPagesLater: boolean;
    try {
      this.finishInterruptedSetup();
      // Untouched since Harbor closed it cleanly: the full page check can wait until after unlock.
      checkPagesLater = closedCleanly(this.databasePath);
      this.database = openDatabase(this.databasePath, key, { create: false, checkPagesLater });
    } catch (error) {
      key.fill(0);
      if (error instanceof HarborError && error.code === 'database_damaged') this.damagedAtUnlock = error;
      throw error;
    }
    this.damagedAtUnlock = null;
    this.key = key;
    this.checkpointer = new Checkpointer(this.database);
    if (checkPagesLater) {
      this.pageCheck = setTimeout(() => this.checkPagesNow(), PAGE_CHECK_DELAY_MS);
      this.pageCheck.unref();
    }
    this.emit('unlocked');
  }

  private finishInterruptedSetup(): void {
    const creating = this.databasePath + CREATING_SUFFIX;
    if (!existsSync(this.databasePath) && existsSync(creating)) renameSync(creating, this.databasePath);
    if (!existsSync(this.databasePath)) {
      throw new HarborError(
        'database_damaged',
        `Harbor's journal file ${this.databasePath} is missing. Nothing was changed. You can restore a backup.`,
      );
    }
  }

  private keychainAvailable(): boolean {
    try {
      return this.keychain.isAvailable();
    } catch {
      return false;
    }
  }

  private requireKey(): Buffer {
    if (!this.key) throw new HarborError('locked', 'Harbor is locked. Unlock it to continue.');
    return this.key;
  }

  private requireKeyFile(): KeyFile {
    const keyFile = this.readKeyFile();
    if (!keyFile) throw new HarborError('no_vault', 'Harbor is not set up yet. Choose a passphrase to begin.');
    return keyFile;
  }

  /** null when there is no key file; throws a clear error when it exists but is damaged. */
  private readKeyFile(): KeyFile | null {
    let text: string;
    try {
      text = readFileSync(this.keyFilePath, 'utf8');
    } catch (error) {
      // ENOTDIR: the data folder's path runs through a file, so there is no vault here either.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        // Unless this Harbor already used a vault here and the folder itself has gone since (moved,
        // replaced, its drive disconnected): then "not set up yet" would be false and frightening.
        if (this.keyFileSeen && !isFolder(this.dataDir)) {
          throw new HarborError(
            'read_only',
            `Harbor cannot find its data folder ${this.dataDir} any more. It may have been moved, or its drive disconnected. ` +
              'Nothing was changed. Put the folder back or reconnect the drive, then try again.',
          );
        }
        return null;
      }
      throw new HarborError('key_file_damaged', `Harbor cannot read its key file ${this.keyFilePath}. Check the folder's permissions.`);
    }
    const read = readKeyFileText(text);
    if ('problem' in read && read.problem === 'changed') {
      throw new HarborError(
        'key_file_damaged',
        `Harbor's key file ${this.keyFilePath} has been changed by something other than Harbor: it asks for unlock settings ` +
          'Harbor never uses, so Harbor did not try them. Nothing was changed or overwritten. Restore the key file from a backup.',
      );
    }
    if (!('keyFile' in read)) {
      throw new HarborError(
        'key_file_damaged',
        `Harbor's key file ${this.keyFilePath} is damaged, so the journal cannot be unlocked. ` +
          'Nothing was changed or overwritten. Restore the key file from a backup.',
      );
    }
    this.keyFileSeen = true;
    return read.keyFile;
  }

  /**
   * Re-reads the key file and replaces only `change`, all synchronously: two changes whose KDFs
   * overlapped (new passphrase, new recovery code) both land instead of the later undoing the earlier.
   */
  private updateKeyFile(change: Partial<Pick<KeyFile, 'passphrase' | 'recovery' | 'device'>>): void {
    const keyFile = { ...this.requireKeyFile(), ...change };
    try {
      writeFileAtomic(this.keyFilePath, serializeKeyFile(keyFile));
    } catch {
      throw readOnly(this.dataDir);
    }
  }

  private emit(state: VaultState): void {
    for (const listener of this.listeners) listener(state);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readOnly(dir: string): HarborError {
  return new HarborError('read_only', `Harbor cannot write to ${dir}. Choose a folder you can write to, or check its permissions.`);
}

function missingKeyFile(dataDir: string): HarborError {
  return new HarborError(
    'key_file_damaged',
    `A journal file exists in ${dataDir} but its key file ${KEY_FILE_NAME} is missing, so it cannot be unlocked. ` +
      'Nothing was changed. Put the key file back, or restore a backup.',
  );
}
