// Uses of the urge timer made while Harbor is locked. The database is closed then, and a use is
// journal data, so it is never written in plain text: each one is sealed to a public key whose
// private half lives only inside the encrypted database (ephemeral X25519 + HKDF-SHA256 +
// AES-256-GCM). Anyone can add a sealed record; only an unlocked Harbor can read them. At the
// next unlock they are merged into coping_uses in one transaction and the file is deleted.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { copingUse, type CopingUse } from '../../../shared/contract/coping.ts';
import { writeFileAtomic } from '../atomic-file.ts';

export const PENDING_USES_FILE = 'coping-pending.jsonl';
export const PENDING_KEY_FILE = 'coping-pending-key.json';
const INFO = Buffer.from('harbor-coping-pending/1');

export interface SealingKeyPair {
  /** SPKI DER, base64: safe to keep on disk in plain text. */
  publicKey: string;
  /** PKCS#8 DER, base64: kept only inside the encrypted database. */
  privateKey: string;
}

export function generateSealingKeyPair(): SealingKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const sealedRecord = z.object({ v: z.literal(1), epk: b64, iv: b64, tag: b64, data: b64 });
type SealedRecord = z.infer<typeof sealedRecord>;
const keyFile = z.object({ format: z.literal('harbor-coping-pending-key'), version: z.literal(1), publicKey: b64 });

function publicKeyOf(spkiB64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(spkiB64, 'base64'), format: 'der', type: 'spki' });
}

function rawPublic(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' });
}

function deriveKey(shared: Buffer, ephemeral: KeyObject, recipient: KeyObject): Buffer {
  // The salt binds the key to both public keys, so a record cannot be re-addressed.
  const salt = Buffer.concat([rawPublic(ephemeral), rawPublic(recipient)]);
  return Buffer.from(hkdfSync('sha256', shared, salt, INFO, 32));
}

export function seal(plain: Buffer, recipientSpkiB64: string): SealedRecord {
  const recipient = publicKeyOf(recipientSpkiB64);
  const ephemeral = generateKeyPairSync('x25519');
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const key = deriveKey(shared, ephemeral.publicKey, recipient);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(INFO);
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    return {
      v: 1,
      epk: rawPublic(ephemeral.publicKey).toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
  } finally {
    key.fill(0);
    shared.fill(0);
  }
}

/** null when the record was not sealed to this key or was changed. */
export function unseal(record: SealedRecord, privateKeyB64: string): Buffer | null {
  try {
    const privateKey = createPrivateKey({ key: Buffer.from(privateKeyB64, 'base64'), format: 'der', type: 'pkcs8' });
    const recipient = createPublicKey(privateKey);
    const ephemeral = publicKeyOf(record.epk);
    const shared = diffieHellman({ privateKey, publicKey: ephemeral });
    const key = deriveKey(shared, ephemeral, recipient);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(record.iv, 'base64'));
      decipher.setAAD(INFO);
      decipher.setAuthTag(Buffer.from(record.tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(record.data, 'base64')), decipher.final()]);
    } finally {
      key.fill(0);
      shared.fill(0);
    }
  } catch {
    return null;
  }
}

export class PendingUses {
  readonly filePath: string;
  readonly keyPath: string;

  constructor(dataDir: string) {
    this.filePath = join(dataDir, PENDING_USES_FILE);
    this.keyPath = join(dataDir, PENDING_KEY_FILE);
  }

  /** Written at each unlock, so a deleted or damaged key file heals itself. */
  writePublicKey(publicKey: string): void {
    if (this.readPublicKey() === publicKey) return;
    writeFileAtomic(this.keyPath, JSON.stringify({ format: 'harbor-coping-pending-key', version: 1, publicKey }) + '\n');
  }

  readPublicKey(): string | null {
    try {
      const parsed = keyFile.safeParse(JSON.parse(readFileSync(this.keyPath, 'utf8')));
      if (!parsed.success) return null;
      publicKeyOf(parsed.data.publicKey); // Throws when it is not a valid X25519 key.
      return parsed.data.publicKey;
    } catch {
      return null;
    }
  }

  /** Appends one sealed use and makes it durable. False when there is no key to seal to. */
  append(use: CopingUse): boolean {
    const publicKey = this.readPublicKey();
    if (!publicKey) return false;
    const line = JSON.stringify(seal(Buffer.from(JSON.stringify(use), 'utf8'), publicKey)) + '\n';
    const fd = openSync(this.filePath, 'a', 0o600);
    try {
      writeSync(fd, line);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return true;
  }

  /**
   * Every readable use, in the order kept. A torn last line (power cut mid-append), a record
   * sealed to another key or one that was changed is counted in `unreadable`, never thrown.
   */
  readAll(privateKey: string): { uses: CopingUse[]; unreadable: number } {
    let text: string;
    try {
      text = readFileSync(this.filePath, 'utf8');
    } catch {
      return { uses: [], unreadable: 0 };
    }
    const uses: CopingUse[] = [];
    let unreadable = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        unreadable++;
        continue;
      }
      const sealed = sealedRecord.safeParse(record);
      const plain = sealed.success ? unseal(sealed.data, privateKey) : null;
      let use: ReturnType<typeof copingUse.safeParse> | null = null;
      if (plain) {
        try {
          use = copingUse.safeParse(JSON.parse(plain.toString('utf8')));
        } catch {
          use = null;
        }
      }
      if (use?.success) uses.push(use.data);
      else unreadable++;
    }
    return { uses, unreadable };
  }

  clear(): void {
    rmSync(this.filePath, { force: true });
  }
}
