import { safeStorage } from 'electron';
import type { Keychain } from '../core/keychain.ts';

/** The OS keychain through Electron safeStorage. Linux `basic_text` is plain obfuscation, so it counts as none. */
export const electronKeychain: Keychain = {
  isAvailable() {
    if (!safeStorage.isEncryptionAvailable()) return false;
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return false;
    return true;
  },
  // safeStorage takes and returns only strings, so the key is a JavaScript string here for a
  // moment, and only when "unlock automatically" is on (README: "What Harbor can promise about memory").
  encrypt: (plain) => safeStorage.encryptString(plain.toString('hex')),
  decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'hex'),
};
