/**
 * The OS keychain, as the core sees it. The Electron layer implements it with safeStorage;
 * tests use an in-memory one. Linux's `basic_text` backend must report itself unavailable.
 */
export interface Keychain {
  isAvailable(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export const noKeychain: Keychain = {
  isAvailable: () => false,
  encrypt: () => {
    throw new Error('No keychain on this computer');
  },
  decrypt: () => {
    throw new Error('No keychain on this computer');
  },
};

/** Whether the keychain can be used now; a keychain that throws while asked is not. */
export function keychainUsable(keychain: Keychain): boolean {
  try {
    return keychain.isAvailable();
  } catch {
    return false;
  }
}
