import type { HandlerGroup } from './types.ts';

type VaultMethod =
  | 'vaultStatus'
  | 'vaultCreate'
  | 'vaultUnlock'
  | 'vaultUnlockWithRecoveryCode'
  | 'vaultTryAutoUnlock'
  | 'vaultLock'
  | 'vaultChangePassphrase'
  | 'vaultNewRecoveryCode'
  | 'vaultSetAutoUnlock'
  | 'vaultUnlockNotices';

export const vaultHandlers: HandlerGroup<VaultMethod> = {
  vaultStatus: (_input, { vault }) => vault.status(),
  vaultCreate: ({ passphrase }, { vault }) => vault.create(passphrase),
  vaultUnlock: async ({ passphrase }, { vault }) => {
    await vault.unlock(passphrase);
    return vault.status();
  },
  vaultUnlockWithRecoveryCode: async ({ recoveryCode, newPassphrase }, { vault }) => {
    await vault.unlockWithRecoveryCode(recoveryCode, newPassphrase);
    return vault.status();
  },
  vaultTryAutoUnlock: (_input, { vault }) => {
    vault.tryAutoUnlock();
    return vault.status();
  },
  vaultLock: (_input, { vault }) => {
    vault.lock();
    return vault.status();
  },
  vaultChangePassphrase: async ({ current, next }, { vault }) => {
    await vault.changePassphrase(current, next);
    return { changed: true as const };
  },
  vaultNewRecoveryCode: ({ passphrase }, { vault }) => vault.newRecoveryCode(passphrase),
  vaultSetAutoUnlock: ({ enabled }, { vault }) => {
    vault.setAutoUnlock(enabled);
    return vault.status();
  },
  vaultUnlockNotices: (_input, { coping }) => ({ notices: coping.takeUnlockNotices() }),
};
