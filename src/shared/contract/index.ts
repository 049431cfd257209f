// The one IPC contract: the only place a method is declared. Every method: a zod input schema,
// a zod output schema, whether it needs an unlocked vault, and whether it may write to the
// journal database. Channel names, preload methods, handler signatures, the harness bridge and
// the write marks in main are all derived from this table (see docs/architecture.md).
import type { z } from 'zod';
import type { HarborErrorValue, Result } from '../result.ts';
import { vaultContract } from './vault.ts';
import { journalContract } from './journal.ts';
import { copingContract } from './coping.ts';
import { settingsContract, type Appearance } from './settings.ts';
import { backupContract } from './backup.ts';
import { patternsContract } from './patterns.ts';
import { recoveryContract } from './recovery.ts';
import { importContract } from './import.ts';
import { chainContract } from './chain.ts';
import { summaryContract } from './summary.ts';
import { copeAheadContract } from './cope-ahead.ts';
import { hopeBoxContract } from './hope-box.ts';
import { channelPrefix, eventChannel } from './channels.ts';

export interface MethodSpec {
  /** `open`: answered while locked too; `unlocked`: refused with `locked` until the vault is unlocked. */
  access: 'open' | 'unlocked';
  /** May change the journal database: main notes the write after the call succeeds (WAL checkpoints). */
  writes: boolean;
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  ...vaultContract,
  ...journalContract,
  ...copingContract,
  ...copeAheadContract,
  ...hopeBoxContract,
  ...patternsContract,
  ...recoveryContract,
  ...chainContract,
  ...summaryContract,
  ...settingsContract,
  ...backupContract,
  ...importContract,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type ApiMethod = keyof Contract;
/** Every method name, in the table's order. The preload and the harness bridge get this list at build time. */
export const apiMethods = Object.keys(contract) as ApiMethod[];

export { channelPrefix, eventChannel };
export const channelOf = (method: ApiMethod): string => `${channelPrefix}${method}`;

export type MethodInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends ApiMethod> = z.output<Contract[M]['output']>;

/** Events main pushes to the page. */
export type HarborEvent =
  /** `problem`: Harbor locked because its journal file turned out to be damaged (in words for the person). */
  | { type: 'vault'; state: 'none' | 'locked' | 'unlocked'; problem?: HarborErrorValue }
  /** Harbor is about to lock (menu, suspend, idle): pages save drafts now. */
  | { type: 'before-lock' }
  | { type: 'navigate'; to: string }
  /** Theme, discreet mode or the crisis line changed: every window applies it at once. */
  | { type: 'appearance'; appearance: Appearance };

/** What `window.harbor` is, in the app (preload) and in the browser harness alike. */
export type HarborApi = {
  [M in ApiMethod]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
} & {
  onEvent(listener: (event: HarborEvent) => void): () => void;
};
