// Method names only, so the preload can expose them without bundling zod.
// contract/index.ts fails to compile if this list and the contract ever differ.
export const apiMethods = [
  'vaultStatus',
  'vaultCreate',
  'vaultUnlock',
  'vaultUnlockWithRecoveryCode',
  'vaultTryAutoUnlock',
  'vaultLock',
  'vaultChangePassphrase',
  'vaultNewRecoveryCode',
  'vaultSetAutoUnlock',
] as const;

export type ApiMethod = (typeof apiMethods)[number];
