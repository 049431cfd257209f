// Method names and channel names only, so the preload can expose them without bundling zod.
// contract/index.ts fails to compile if this list and the contract ever differ.
import { vaultMethods } from './methods/vault.ts';
import { journalMethods } from './methods/journal.ts';
import { copingMethods } from './methods/coping.ts';
import { backupMethods, settingsMethods } from './methods/settings.ts';
import { patternsMethods } from './methods/patterns.ts';
import { recoveryMethods } from './methods/recovery.ts';

export const apiMethods = [
  ...vaultMethods,
  ...journalMethods,
  ...copingMethods,
  ...patternsMethods,
  ...recoveryMethods,
  ...settingsMethods,
  ...backupMethods,
] as const;
export type ApiMethod = (typeof apiMethods)[number];

export const channelPrefix = 'harbor:';
export const eventChannel = 'harbor:event';
