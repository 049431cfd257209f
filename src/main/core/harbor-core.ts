// The transport-free heart of main: one handler table behind one `call` that validates input,
// checks the lock, and turns every failure into an error value. Electron IPC and the browser
// harness are two thin transports over this.
import { apiMethods, contract, type ApiMethod, type HarborEvent } from '../../shared/contract/index.ts';
import { HarborError, fail, ok, type Result } from '../../shared/result.ts';
import { describeIssues } from '../../shared/contract/field-words.ts';
import { handlers } from './handlers/index.ts';
import type { CoreContext, Handler } from './handlers/types.ts';
import { Vault } from './vault.ts';
import { storageError } from './db/storage-errors.ts';
import { CopingSupport } from './coping/service.ts';
import { ExportSupport } from './recovery/export-port.ts';
import { SettingsStore } from './settings/settings-store.ts';
import { withoutDesktop, type Platform } from './platform.ts';
import { AutoLock } from './settings/auto-lock.ts';
import { BackupService } from './backup/backups.ts';
import { BackupRestore } from './backup/restore.ts';
import { ImportFiles } from './import/chosen-file.ts';

export interface HarborCoreOptions {
  dataDir: string;
  /** What this computer offers (core/platform.ts); anything left out is treated as missing. */
  platform?: Partial<Platform>;
  now?: () => Date;
  kdfCost?: { N: number; r: number; p: number };
  /** Where unexpected errors are reported (never to the page). */
  log?: (message: string, error: unknown) => void;
}

const knownMethods = new Set<string>(apiMethods);

/** The longest a lock from outside the page waits for the page to save its drafts and lock. */
export const PAGE_LOCK_WAIT_MS = 1500;

export function isApiMethod(name: string): name is ApiMethod {
  return knownMethods.has(name);
}

export class HarborCore {
  readonly vault: Vault;
  /** Coping box support that outlives a call: locked copy, uses kept while locked, hotkey. */
  readonly coping: CopingSupport;
  /** Exports: through the desktop's save dialog, or without one back to the page as a download. */
  readonly exports: ExportSupport;
  /** App settings; the Electron layer reads discreet mode and lock-on-screen-lock here. */
  readonly settings: SettingsStore;
  /** Encrypted backups, with the desktop's folder and file dialogs where there are some (core/platform.ts). */
  readonly backups: BackupService;
  /** Restore from a backup chosen in the dialog, uploaded by the page, or picked from the list. */
  readonly restore: BackupRestore;
  /** The file chosen for import (through the desktop's open dialog where there is one). Dropped at lock. */
  readonly imports: ImportFiles;
  private readonly autoLock: AutoLock;
  private readonly context: CoreContext;
  private readonly log: (message: string, error: unknown) => void;
  private readonly listeners = new Set<(event: HarborEvent) => void>();

  constructor(options: HarborCoreOptions) {
    const now = options.now ?? (() => new Date());
    const platform: Platform = { ...withoutDesktop, ...options.platform };
    this.exports = new ExportSupport(platform.saveFile);
    this.imports = new ImportFiles(platform.importDialog);
    this.vault = new Vault({ dataDir: options.dataDir, keychain: platform.keychain, kdfCost: options.kdfCost, now: () => now().getTime() });
    const vault = this.vault;
    // Created before the page-event listener below, so an unlock merges uses kept while locked
    // before any page hears "unlocked".
    const settings = new SettingsStore(options.dataDir, platform.settingsFile);
    this.settings = settings;
    const coping = new CopingSupport({
      vault,
      keychain: platform.keychain,
      hotkey: platform.hotkey,
      contactLinks: platform.contactLinks,
      now,
      log: (message, error) => this.log(message, error),
      legacyCrisisLine: { read: () => settings.legacyCrisisLine(), forget: () => settings.forgetLegacyCrisisLine() },
    });
    this.coping = coping;
    this.backups = new BackupService({
      vault,
      now,
      discreet: () => settings.get().discreetMode,
      dialogs: platform.backupDialogs,
      log: (message, error) => this.log(message, error),
    });
    this.restore = new BackupRestore({ vault, backups: this.backups, now });
    this.autoLock = new AutoLock({ minutes: () => settings.get().autoLockMinutes, lock: () => this.lockGracefully() });
    vault.onChange((state) => (state === 'unlocked' ? this.autoLock.start() : this.autoLock.stop()));
    vault.onChange((state) => state !== 'unlocked' && this.imports.forget());
    settings.onChange((current, changed) => {
      if (changed.includes('autoLockMinutes')) this.autoLock.reschedule();
      if (changed.some((key) => key === 'theme' || key === 'discreetMode')) {
        this.emit({ type: 'appearance', appearance: settings.appearance() });
      }
    });
    this.context = {
      vault,
      coping,
      exports: this.exports,
      settings,
      backups: this.backups,
      restore: this.restore,
      imports: this.imports,
      get db() {
        return vault.db;
      },
      now,
    };
    this.log = options.log ?? ((message, error) => console.error(message, error));
    this.vault.onChange((state) => {
      // Locked because the page check after unlock found damage: the page says so at once.
      const problem = state === 'locked' ? this.vault.problem() : null;
      this.emit(problem ? { type: 'vault', state, problem: { code: problem.code, message: problem.message } } : { type: 'vault', state });
    });
  }

  onEvent(listener: (event: HarborEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: HarborEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Never throws: every outcome is a Result. */
  async call(method: string, rawInput: unknown): Promise<Result<unknown>> {
    try {
      if (!isApiMethod(method)) return fail('invalid_input', 'Unknown request.');
      // Any request from a page is use: it postpones auto-lock.
      this.autoLock.noteActivity();
      const spec = contract[method];
      // The lock comes first: while locked, the answer is "locked" whatever was sent.
      if (spec.access === 'unlocked' && this.vault.state() !== 'unlocked') {
        return fail('locked', 'Harbor is locked. Unlock it to continue.');
      }
      const input = rawInput ?? {};
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error, input));
      const handler = handlers[method] as Handler<ApiMethod>;
      const value = await handler(parsed.data as never, this.context);
      // Writes are marked here, from the table, so the WAL is checkpointed once things are quiet.
      if (spec.writes) this.vault.noteWrite();
      return ok(spec.output.parse(value));
    } catch (error) {
      if (error instanceof HarborError) return fail(error.code, error.message);
      this.log(`Harbor: ${method} failed`, error);
      // A damaged page, a full disk or a folder gone read-only: say which, not "something went wrong".
      const storage = storageError(error, this.vault.databasePath);
      if (storage) return fail(storage.code, storage.message);
      return fail('internal', 'Something went wrong inside Harbor. What you wrote before this is safe.');
    }
  }

  /**
   * Locks that start outside the page (menu, tray, OS suspend or screen lock, idle timer). The page
   * hears 'before-lock', saves its drafts and locks itself, the way its Lock button does: that
   * lock is the acknowledgement, so main never cuts a slow save short and never waits longer than
   * the save takes. Only when no page locks within `waitMs` (none open, or one not answering) does
   * main lock on its own; pass 0 when no page that holds drafts is open.
   */
  async lockGracefully(waitMs = PAGE_LOCK_WAIT_MS): Promise<void> {
    if (!this.vault.isUnlocked()) return;
    let stopWaiting = () => {};
    const lockedByPage = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, waitMs);
      const off = this.vault.onChange((state) => state !== 'unlocked' && resolve());
      stopWaiting = () => {
        clearTimeout(timer);
        off();
      };
    });
    this.emit({ type: 'before-lock' });
    await lockedByPage;
    stopWaiting();
    this.vault.lock();
  }

  close(): void {
    this.vault.lock();
  }
}
