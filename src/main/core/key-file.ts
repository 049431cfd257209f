// The key file holds the database key, only ever wrapped (AES-256-GCM) by keys derived from
// the passphrase and from the recovery code, and optionally by the OS keychain.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';

const scrypt = promisify(scryptCb) as (
  secret: Buffer,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

export const KEY_FILE_NAME = 'harbor.key.json';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
/** Base64 that decodes to exactly `bytes` bytes (a damaged file must not reach the cipher). */
const b64Bytes = (bytes: number) => b64.refine((text) => Buffer.from(text, 'base64').length === bytes);

/**
 * The most a key file may ask of unlock, checked before any work. Harbor itself writes N = 2^17,
 * r = 8, p = 1 (and less for the recovery code); anything past these caps was written by
 * something else, and trying it could cost seconds and gigabytes.
 */
export const SCRYPT_CAPS = {
  N: 2 ** 20,
  r: 16,
  p: 4,
  /** scrypt needs ~128·N·r bytes. */
  memoryBytes: 512 * 1024 * 1024,
  /** N·r·p is what the time grows with: 8 times Harbor's own cost, about 3 s on a slow computer. */
  work: 2 ** 23,
} as const;

const scryptParams = z
  .object({
    name: z.literal('scrypt'),
    N: z.number().int().min(1024).max(SCRYPT_CAPS.N),
    r: z.number().int().min(1).max(SCRYPT_CAPS.r),
    p: z.number().int().min(1).max(SCRYPT_CAPS.p),
    salt: b64Bytes(16),
  })
  .refine(({ N }) => (N & (N - 1)) === 0, 'N must be a power of two')
  .refine(({ N, r }) => 128 * N * r <= SCRYPT_CAPS.memoryBytes, 'scrypt memory too high')
  .refine(({ N, r, p }) => N * r * p <= SCRYPT_CAPS.work, 'scrypt cost too high');
export type ScryptParams = z.infer<typeof scryptParams>;

const wrapped = z.object({ kdf: scryptParams, iv: b64Bytes(12), tag: b64Bytes(16), data: b64Bytes(32) });
export type WrappedKey = z.infer<typeof wrapped>;

export const keyFileSchema = z.object({
  format: z.literal('harbor-key-file'),
  version: z.literal(1),
  cipher: z.literal('sqlcipher-4'),
  passphrase: wrapped,
  recovery: wrapped,
  /** The key encrypted by the OS keychain (Electron safeStorage), when the person turned that on. */
  device: b64.nullable(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

// A SHA-256 of the other fields. AES-GCM cannot tell a flipped bit from a wrong passphrase; this
// can, so a damaged key file is reported as damaged instead of "wrong passphrase" forever.
export function keyFileChecksum(fields: unknown): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function serializeKeyFile(keyFile: KeyFile): string {
  const body = keyFileSchema.parse(keyFile);
  return JSON.stringify({ ...body, checksum: keyFileChecksum(body) }, null, 2) + '\n';
}

/** The key file's content, or null when it is not a complete, undamaged Harbor key file. */
export function parseKeyFile(text: string): KeyFile | null {
  const read = readKeyFileText(text);
  return 'keyFile' in read ? read.keyFile : null;
}

/**
 * The key file's content, or what is wrong with it: `changed` when its scrypt settings are ones
 * Harbor never writes (beyond the caps, or impossible), whatever its checksum says; `damaged` for
 * anything else that is not a complete, undamaged key file.
 */
export function readKeyFileText(text: string): { keyFile: KeyFile } | { problem: 'damaged' | 'changed' } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'damaged' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { problem: 'damaged' };
  const { checksum, ...fields } = parsed as Record<string, unknown>;
  if (hasForeignKdf(fields)) return { problem: 'changed' };
  if (typeof checksum !== 'string' || checksum !== keyFileChecksum(fields)) return { problem: 'damaged' };
  const result = keyFileSchema.strict().safeParse(fields);
  return result.success ? { keyFile: result.data } : { problem: 'damaged' };
}

/** Whether a wrapping's scrypt numbers are present but outside what Harbor accepts. */
function hasForeignKdf(fields: Record<string, unknown>): boolean {
  return [fields.passphrase, fields.recovery].some((wrapping) => {
    const kdf = (wrapping as { kdf?: Record<string, unknown> } | null)?.kdf;
    if (!kdf || typeof kdf !== 'object') return false;
    const numbers = ['N', 'r', 'p'].map((name) => kdf[name]);
    if (!numbers.every((n) => typeof n === 'number')) return false;
    return !scryptParams.safeParse({ ...kdf, salt: Buffer.alloc(16).toString('base64') }).success;
  });
}

/** ~0.33 s on the 2-core reference machine (N=2^17, 128 MiB); see `npm run bench`. */
export const PASSPHRASE_KDF = { N: 2 ** 17, r: 8, p: 1 } as const;
/** The recovery code carries 160 random bits, so a cheaper KDF loses nothing. */
export const RECOVERY_KDF = { N: 2 ** 14, r: 8, p: 1 } as const;

export function normalisePassphrase(passphrase: string): Buffer {
  // NFC so that the same passphrase typed on another keyboard or OS derives the same key.
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/** Runs `use` with a secret's bytes, then overwrites them, whatever happened. */
export async function withSecret<T>(secret: Buffer, use: (secret: Buffer) => Promise<T>): Promise<T> {
  try {
    return await use(secret);
  } finally {
    secret.fill(0);
  }
}

async function derive(secret: Buffer, params: ScryptParams): Promise<Buffer> {
  // The caps above are checked when the key file is read; this second check guards every other caller.
  if (!scryptParams.safeParse(params).success) throw new Error('scrypt parameters outside the caps');
  return scrypt(secret, Buffer.from(params.salt, 'base64'), 32, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r + 16 * 1024 * 1024,
  });
}

export async function wrapKey(
  dbKey: Buffer,
  secret: Buffer,
  cost: { N: number; r: number; p: number },
  label: string,
): Promise<WrappedKey> {
  const kdf: ScryptParams = { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
  const kek = await derive(secret, kdf);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(Buffer.from(`harbor-key-file/1/${label}`));
    const data = Buffer.concat([cipher.update(dbKey), cipher.final()]);
    return { kdf, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
  } finally {
    kek.fill(0);
  }
}

/** Returns the database key, or null when the secret is wrong (the GCM tag does not verify). */
export async function unwrapKey(wrappedKey: WrappedKey, secret: Buffer, label: string): Promise<Buffer | null> {
  const kek = await derive(secret, wrappedKey.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrappedKey.iv, 'base64'));
    decipher.setAAD(Buffer.from(`harbor-key-file/1/${label}`));
    decipher.setAuthTag(Buffer.from(wrappedKey.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrappedKey.data, 'base64')), decipher.final()]);
    return key.length === 32 ? key : null;
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

// Recovery codes: 160 bits in Crockford base32, shown as 8 groups of 4 characters.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryCode(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Accepts the code as people retype it: any case, spaces or dashes, O for 0, I and L for 1. */
export function normaliseRecoveryCode(code: string): Buffer {
  const cleaned = code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return Buffer.from(cleaned, 'utf8');
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The database key wrapped by a passphrase; the passphrase's bytes are overwritten after. */
export function wrapWithPassphrase(key: Buffer, passphrase: string, cost: { N: number; r: number; p: number }): Promise<WrappedKey> {
  return withSecret(normalisePassphrase(passphrase), (secret) => wrapKey(key, secret, cost, 'passphrase'));
}

export function wrapWithRecoveryCode(key: Buffer, recoveryCode: string): Promise<WrappedKey> {
  return withSecret(normaliseRecoveryCode(recoveryCode), (secret) => wrapKey(key, secret, RECOVERY_KDF, 'recovery'));
}

/** The database key, or null when the passphrase does not match. */
export function unwrapWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer | null> {
  return withSecret(normalisePassphrase(passphrase), (secret) => unwrapKey(keyFile.passphrase, secret, 'passphrase'));
}

export function unwrapWithRecoveryCode(keyFile: KeyFile, recoveryCode: string): Promise<Buffer | null> {
  return withSecret(normaliseRecoveryCode(recoveryCode), (secret) => unwrapKey(keyFile.recovery, secret, 'recovery'));
}
