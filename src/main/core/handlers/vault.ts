import type { HandlerGroup } from './types.ts';
import { HarborError } from '../../../shared/result.ts';
import { passphraseWeakness } from '../../../shared/passphrase-strength.ts';

/** Every new passphrase is checked here, at the boundary, whatever the page did. */
function refuseWeak(passphrase: string): void {
  const weakness = passphraseWeakness(passphrase);
  if (weakness) throw new HarborError('invalid_input', weakness);
}

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
  vaultCreate: ({ passphrase }, { vault }) => {
    refuseWeak(passphrase);
    return vault.create(passphrase);
  },
  vaultUnlock: async ({ passphrase }, { vault }) => {
    await vault.unlock(passphrase);
    return vault.status();
  },
  vaultUnlockWithRecoveryCode: async ({ recoveryCode, newPassphrase }, { vault }) => {
    refuseWeak(newPassphrase);
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
    refuseWeak(next);
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
