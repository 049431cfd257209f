// A stand-in for the OS keychain (Electron safeStorage): AES-256-GCM under a key that lives only
// in this process, so "unlock automatically" can be tested without Electron.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keychain } from '../../src/main/core/keychain.ts';

export interface TestKeychain extends Keychain {
  available: boolean;
  /** Every buffer decrypt() handed out, so tests can check the vault wiped them. */
  readonly handedOut: Buffer[];
}

export function testKeychain(): TestKeychain {
  const secret = randomBytes(32);
  const handedOut: Buffer[] = [];
  return {
    available: true,
    handedOut,
    isAvailable() {
      return this.available;
    },
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const data = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]);
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      const plain = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
      handedOut.push(plain);
      return plain;
    },
  };
}
