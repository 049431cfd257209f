export const vaultMethods = [
  'vaultStatus',
  'vaultCreate',
  'vaultUnlock',
  'vaultUnlockWithRecoveryCode',
  'vaultTryAutoUnlock',
  'vaultLock',
  'vaultChangePassphrase',
  'vaultNewRecoveryCode',
  'vaultSetAutoUnlock',
  'vaultUnlockNotices',
] as const;
