// The vault owns the database key: it creates it, wraps it, unwraps it, opens the encrypted
// database with it and forgets it on lock. No other module sees the key.
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { HarborError } from '../../shared/result.ts';
import type { VaultStatus } from '../../shared/contract/vault.ts';
import { DATABASE_FILE_NAME, openDatabase, type Db } from './db/database.ts';
import { Checkpointer } from './db/checkpointer.ts';
import { WaitingPageCheck, pageProblem } from './vault/page-check.ts';
import { closedCleanly, forgetCleanClose, recordCleanClose } from './clean-close.ts';
import { keychainUsable, type Keychain } from './keychain.ts';
import { UnlockAttempts } from './unlock-attempts.ts';
import {
  PASSPHRASE_KDF,
  newRecoveryCode,
  sameBytes,
  unwrapWithPassphrase,
  unwrapWithRecoveryCode,
  wrapWithPassphrase,
  wrapWithRecoveryCode,
  type KeyFile,
} from './key-file.ts';
import { KeyFileStore, missingKeyFile } from './vault/key-file-store.ts';
import { adoptJournal, createJournal, finishInterruptedSetup, makeDataFolder, moveJournalAside, swapJournal } from './vault/journal-files.ts';

export type VaultState = VaultStatus['state'];
type Listener = (state: VaultState) => void;


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
  private readonly keyFiles: KeyFileStore;
  /** Bumped by every lock, so an unlock whose KDF was still running when Harbor locked does not reopen it. */
  private lockCount = 0;
  /** Set when the right key met a damaged or missing journal file; see unreadable(). */
  private damagedAtUnlock: HarborError | null = null;
  /** The full page check waiting to run after this unlock (see clean-close.ts), if any. */
  private readonly pageCheck = new WaitingPageCheck();
  private readonly listeners = new Set<Listener>();
  /** Wrong passphrases and recovery codes in a row, kept across restarts. */
  readonly attempts: UnlockAttempts;

  constructor(options: VaultOptions) {
    this.dataDir = options.dataDir;
    this.keychain = options.keychain;
    this.kdfCost = options.kdfCost ?? PASSPHRASE_KDF;
    this.keyFiles = new KeyFileStore(this.dataDir);
    this.keyFilePath = this.keyFiles.path;
    this.databasePath = join(this.dataDir, DATABASE_FILE_NAME);
    this.attempts = new UnlockAttempts(this.dataDir, options.now ?? Date.now);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(): VaultState {
    if (this.database) return 'unlocked';
    if (this.keyFiles.read()) return 'locked';
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
    moveJournalAside(this.dataDir, folder);
    this.damagedAtUnlock = null;
    return folder;
  }

  /** Never throws, unlike state(): for callers that only need to know whether the journal is open. */
  isUnlocked(): boolean {
    return this.database !== null;
  }

  status(): VaultStatus {
    const state = this.state();
    const keyFile = state === 'none' ? null : this.keyFiles.read();
    const passphrase = state === 'locked' ? this.attempts.view('passphrase') : { wrong: 0, waitMs: 0 };
    const recovery = state === 'locked' ? this.attempts.view('recovery') : { wrong: 0, waitMs: 0 };
    return {
      state,
      autoUnlock: Boolean(keyFile?.device) && keychainUsable(this.keychain),
      autoUnlockAvailable: keychainUsable(this.keychain),
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
    makeDataFolder(this.dataDir);
    const key = randomBytes(32);
    const recoveryCode = newRecoveryCode();
    const keyFile: KeyFile = {
      format: 'harbor-key-file',
      version: 1,
      cipher: 'sqlcipher-4',
      passphrase: await wrapWithPassphrase(key, passphrase, this.kdfCost),
      recovery: await wrapWithRecoveryCode(key, recoveryCode),
      device: null,
    };
    // Checked again: a second create (a double click) may have finished during the KDF above.
    this.assertNotSetUp();
    // The database is created under a temporary name and only renamed once the key file is
    // safely on disk, so an interrupted setup never leaves a journal nobody can open.
    try {
      createJournal(this.dataDir, this.databasePath, key, this.keyFiles, keyFile);
    } catch (error) {
      key.fill(0);
      throw error;
    }
    this.open(key);
    return { recoveryCode };
  }

  async unlock(passphrase: string): Promise<void> {
    // Counted from the request, not from its turn: a lock after pressing Unlock still wins.
    const locks = this.lockCount;
    await this.attempts.oneAtATime('passphrase', () => this.keyFiles.require(), async () => {
      const keyFile = this.keyFiles.require();
      if (this.database) return true;
      const key = await unwrapWithPassphrase(keyFile, passphrase);
      if (!key) return false;
      this.openAfterKdf(key, locks);
      return true;
    });
  }

  async unlockWithRecoveryCode(recoveryCode: string, newPassphrase: string): Promise<void> {
    const locks = this.lockCount;
    await this.attempts.oneAtATime('recovery', () => this.keyFiles.require(), async () => {
      const keyFile = this.keyFiles.require();
      const key = await unwrapWithRecoveryCode(keyFile, recoveryCode);
      if (!key) return false;
      try {
        // Wrap first, open second: the open proves the key reads this journal before the passphrase is replaced.
        const passphrase = await wrapWithPassphrase(key, newPassphrase, this.kdfCost);
        if (this.lockCount !== locks) {
          throw new HarborError('locked', 'Harbor locked while it was unlocking. Enter your recovery code again.');
        }
        this.lock();
        this.open(Buffer.from(key));
        try {
          this.keyFiles.update({ passphrase });
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

  tryAutoUnlock(): boolean {
    if (this.database) return true;
    const keyFile = this.keyFiles.read();
    if (!keyFile?.device || !keychainUsable(this.keychain)) return false;
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
      const passphrase = await wrapWithPassphrase(key, next, this.kdfCost);
      this.keyFiles.update({ passphrase });
    } finally {
      key.fill(0);
    }
  }

  async newRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    const key = await this.keyConfirmedBy(passphrase, 'That passphrase does not match. Your old recovery code still works.');
    try {
      const recoveryCode = newRecoveryCode();
      const recovery = await wrapWithRecoveryCode(key, recoveryCode);
      this.keyFiles.update({ recovery });
      return { recoveryCode };
    } finally {
      key.fill(0);
    }
  }

  setAutoUnlock(enabled: boolean): void {
    this.keyFiles.require();
    const openKey = this.requireKey();
    if (enabled && !keychainUsable(this.keychain)) {
      throw new HarborError(
        'unavailable',
        'This computer has no secure keychain Harbor can use, so it cannot unlock automatically. Your passphrase still works.',
      );
    }
    const device = enabled ? this.keychain.encrypt(openKey).toString('base64') : null;
    this.keyFiles.update({ device });
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
    current.pragma('wal_checkpoint(TRUNCATE)');
    this.close();
    try {
      swapJournal(this.databasePath, replacement);
    } finally {
      this.open(key); // The new file, or the old one again when the rename failed.
    }
  }

  /** Restore on a computer where Harbor is not set up yet: the backup's key file and journal become this vault. */
  adoptBackup(keyFile: KeyFile, database: string): void {
    this.assertNotSetUp();
    adoptJournal(this.dataDir, this.databasePath, database, this.keyFiles, keyFile);
  }

  /**
   * Closes the database and overwrites the key in memory. Safe to call when already locked.
   * `problem`: the journal failed its page check, so it is locked as unreadable (no clean-close record).
   */
  lock(problem?: HarborError): void {
    const wasOpen = this.database !== null;
    this.lockCount++;
    this.close();
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
    return this.pageCheck.pending();
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
    if (!this.pageCheck.take() || !this.database) return;
    const problem = pageProblem(this.database, this.databasePath);
    if (problem) this.lock(problem);
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
    const keyFile = this.keyFiles.require();
    const key = Buffer.from(this.requireKey());
    const unwrapped = await unwrapWithPassphrase(keyFile, passphrase);
    const matches = unwrapped !== null && sameBytes(unwrapped, key);
    unwrapped?.fill(0);
    if (!matches) {
      key.fill(0);
      throw new HarborError('wrong_passphrase', mismatch);
    }
    return key;
  }

  private assertNotSetUp(): void {
    if (this.keyFiles.read()) throw new HarborError('vault_exists', 'Harbor is already set up here. Unlock it instead.');
    if (existsSync(this.databasePath)) throw missingKeyFile(this.dataDir);
  }

  private open(key: Buffer): void {
    let checkPagesLater: boolean;
    try {
      finishInterruptedSetup(this.databasePath);
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
    if (checkPagesLater) this.pageCheck.schedule(() => this.checkPagesNow());
    this.emit('unlocked');
  }

  private requireKey(): Buffer {
    if (!this.key) throw new HarborError('locked', 'Harbor is locked. Unlock it to continue.');
    return this.key;
  }

  /** Stops the checkpointer and any waiting page check, closes the database and overwrites the key. */
  private close(): void {
    this.checkpointer?.stop();
    this.checkpointer = null;
    this.pageCheck.cancel();
    if (this.database?.open) this.database.close();
    this.database = null;
    this.key?.fill(0);
    this.key = null;
  }

  private emit(state: VaultState): void {
    for (const listener of this.listeners) listener(state);
  }
}
