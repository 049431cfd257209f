// The one IPC contract. Every method: a zod input schema, a zod output schema, and whether it
// needs an unlocked vault. Channel names, preload methods, handler signatures and the
// harness bridge are all derived from this table.
import type { z } from 'zod';
import type { HarborErrorValue, Result } from '../result.ts';
import { vaultContract } from './vault.ts';
import { journalContract } from './journal.ts';
import { copingContract } from './coping.ts';
import { settingsContract, type Appearance } from './settings.ts';
import { backupContract } from './backup.ts';
import { patternsContract } from './patterns.ts';
import { recoveryContract } from './recovery.ts';
import { apiMethods, channelPrefix, eventChannel, type ApiMethod } from './methods.ts';

export interface MethodSpec {
  access: 'open' | 'unlocked';
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  ...vaultContract,
  ...journalContract,
  ...copingContract,
  ...patternsContract,
  ...recoveryContract,
  ...settingsContract,
  ...backupContract,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;

// The preload carries only the names (no zod); these two lines keep both lists identical.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<keyof Contract, ApiMethod> = true;
void namesMatch;

export { apiMethods, channelPrefix, eventChannel, type ApiMethod };
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
