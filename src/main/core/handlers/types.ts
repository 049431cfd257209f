import type { z } from 'zod';
import type { ApiMethod, Contract, MethodOutput } from '../../../shared/contract/index.ts';
import type { Db } from '../db/database.ts';
import type { Vault } from '../vault.ts';
import type { CopingSupport } from '../coping/service.ts';
import type { ExportSupport } from '../recovery/export-port.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import type { BackupService } from '../backup/backups.ts';
import type { BackupRestore } from '../backup/restore.ts';
import type { ImportFiles } from '../import/chosen-file.ts';

/** What every handler may use. `db` throws `locked` when the vault is locked. */
export interface CoreContext {
  readonly vault: Vault;
  readonly db: Db;
  /** The coping box's locked copy, uses kept while locked and the hotkey. */
  readonly coping: CopingSupport;
  /** Where exports are saved: the desktop app's save dialog, or none (the page downloads them). */
  readonly exports: ExportSupport;
  /** App settings (settings.json; never journal content). */
  readonly settings: SettingsStore;
  /** Encrypted backups: the list, "Back up now", the daily one. */
  readonly backups: BackupService;
  /** Restore: the chosen backup, its preview, and the swap. */
  readonly restore: BackupRestore;
  /** The file chosen for import, held between the preview and the import. */
  readonly imports: ImportFiles;
  /** Local wall-clock time; injectable so tests can fix "today". */
  now(): Date;
}

export type Handler<M extends ApiMethod> = (
  input: z.output<Contract[M]['input']>,
  ctx: CoreContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerTable = { [M in ApiMethod]: Handler<M> };
export type HandlerGroup<M extends ApiMethod> = { [K in M]: Handler<K> };
