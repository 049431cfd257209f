// Uses of the urge timer made while Harbor is locked, and notes that self-harm happened made from
// the locked coping window. The database is closed then, and both are journal data, so they are
// never written in plain text: each one is sealed to a public key whose
// private half lives only inside the encrypted database (ephemeral X25519 + HKDF-SHA256 +
// AES-256-GCM). Anyone can add a sealed record; only an unlocked Harbor can read them. At the
// next unlock they are merged into coping_uses in one transaction and the file is deleted; records
// that cannot be read are moved to coping-pending.unreadable.jsonl, never deleted. The file is
// capped (the newest 500 uses or 2 MB), and its first line then counts the older ones dropped.
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
import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { copingUse, type CopingUse } from '../../../shared/contract/coping.ts';
import { day } from '../../../shared/contract/journal.ts';
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

/**
 * "I self-harmed", noted while locked: when, and the journal day it belongs to. Nothing else: the
 * person is asked after unlock whether to add it to the journal.
 */
export const pendingLapseNote = z
  .object({ kind: z.literal('lapse-note'), id: z.uuid(), notedAt: z.number().int().positive(), day })
  .strict();
export type PendingLapseNote = z.infer<typeof pendingLapseNote>;
export type PendingRecord = CopingUse | PendingLapseNote;

/** At most this many uses are kept while locked, and at most this many bytes; the newest win. */
export const PENDING_MAX_USES = 500;
export const PENDING_MAX_BYTES = 2 * 1024 * 1024;
/** Records that could not be read at unlock are moved here, never deleted. */
export const PENDING_UNREADABLE_FILE = 'coping-pending.unreadable.jsonl';
/** The first line, when older uses had to make room: how many were dropped (a count, nothing else). */
const droppedLine = z.object({ v: z.literal(1), dropped: z.number().int().min(0) }).strict();

export interface PendingRead {
  uses: CopingUse[];
  lapseNotes: PendingLapseNote[];
  /** The lines that could not be read (torn, changed, or sealed to another key), as they were. */
  unreadable: string[];
  /** Older uses dropped to keep within the caps while locked. */
  dropped: number;
  /** The file was far over the cap (not written by Harbor): only its newest part was read. */
  oversized: boolean;
}

export class PendingUses {
  readonly filePath: string;
  readonly keyPath: string;
  readonly unreadablePath: string;

  constructor(dataDir: string) {
    this.filePath = join(dataDir, PENDING_USES_FILE);
    this.keyPath = join(dataDir, PENDING_KEY_FILE);
    this.unreadablePath = join(dataDir, PENDING_UNREADABLE_FILE);
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

  /**
   * Appends one sealed record (a use or a lapse note) and makes it durable. False when there is no key to seal to. When the
   * file would pass the caps, the oldest uses make room and the file says how many went.
   */
  append(record: PendingRecord): boolean {
    const publicKey = this.readPublicKey();
    if (!publicKey) return false;
    const line = JSON.stringify(seal(Buffer.from(JSON.stringify(record), 'utf8'), publicKey)) + '\n';
    const kept = this.readLines();
    const records = kept.lines;
    // A file far over the cap was not written by Harbor: it is left whole for unlock to move aside.
    if (kept.oversized || (records.length + 1 <= PENDING_MAX_USES && kept.bytes + line.length <= PENDING_MAX_BYTES)) {
      const fd = openSync(this.filePath, 'a', 0o600);
      try {
        writeSync(fd, line);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return true;
    }
    let bytes = records.reduce((n, r) => n + r.length + 1, 0) + line.length;
    let dropped = kept.dropped;
    while (records.length > 0 && (records.length + 1 > PENDING_MAX_USES || bytes > PENDING_MAX_BYTES)) {
      bytes -= records.shift()!.length + 1;
      dropped++;
    }
    const header = JSON.stringify({ v: 1, dropped }) + '\n';
    writeFileAtomic(this.filePath, header + records.map((r) => r + '\n').join('') + line);
    return true;
  }

  /**
   * Every readable use, in the order kept. A torn last line (power cut mid-append), a record
   * sealed to another key or one that was changed is returned in `unreadable`, never thrown.
   */
  readAll(privateKey: string): PendingRead {
    const { lines, dropped, oversized } = this.readLines();
    const uses: CopingUse[] = [];
    const lapseNotes: PendingLapseNote[] = [];
    const unreadable: string[] = [];
    for (const line of lines) {
      const record = openRecord(line, privateKey);
      if (!record) unreadable.push(line);
      else if ('kind' in record) lapseNotes.push(record);
      else uses.push(record);
    }
    return { uses, lapseNotes, unreadable, dropped, oversized };
  }

  /** Keeps unreadable records beside the journal, private to the account, appended to any kept before. */
  setAside(lines: string[]): void {
    if (lines.length === 0) return;
    const fd = openSync(this.unreadablePath, 'a', 0o600);
    try {
      writeSync(fd, lines.map((line) => line + '\n').join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** A file far over the cap is not deleted either: it is moved aside whole, under a name that says why. */
  moveOversizedAside(stamp: number): string {
    const target = join(dirname(this.filePath), `coping-pending.oversized-${stamp}.jsonl`);
    renameSync(this.filePath, target);
    return target;
  }

  clear(): void {
    rmSync(this.filePath, { force: true });
  }

  /** The record lines, the dropped count, and the byte size; a huge file is read only from its end. */
  private readLines(): { lines: string[]; dropped: number; bytes: number; oversized: boolean } {
    let fd: number;
    try {
      fd = openSync(this.filePath, 'r');
    } catch {
      return { lines: [], dropped: 0, bytes: 0, oversized: false };
    }
    let text: string;
    let oversized: boolean;
    try {
      const size = fstatSync(fd).size;
      // Harbor never lets the file grow past the cap; a file twice as large was not written by it.
      oversized = size > 2 * PENDING_MAX_BYTES;
      const start = oversized ? size - PENDING_MAX_BYTES : 0;
      const buffer = Buffer.alloc(size - start);
      readSync(fd, buffer, 0, buffer.length, start);
      text = buffer.toString('utf8');
      if (oversized) text = text.slice(text.indexOf('\n') + 1); // the first line read is cut
    } finally {
      closeSync(fd);
    }
    let dropped = 0;
    const lines: string[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const header = lines.length === 0 && dropped === 0 ? parseDropped(line) : null;
      if (header !== null) dropped = header;
      else lines.push(line);
    }
    return { lines, dropped, bytes: Buffer.byteLength(text), oversized };
  }
}

function parseDropped(line: string): number | null {
  try {
    const parsed = droppedLine.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data.dropped : null;
  } catch {
    return null;
  }
}

function openRecord(line: string, privateKey: string): PendingRecord | null {
  try {
    const sealed = sealedRecord.safeParse(JSON.parse(line));
    const plain = sealed.success ? unseal(sealed.data, privateKey) : null;
    if (!plain) return null;
    const parsed: unknown = JSON.parse(plain.toString('utf8'));
    const note = pendingLapseNote.safeParse(parsed);
    if (note.success) return note.data;
    const use = copingUse.safeParse(parsed);
    return use.success ? use.data : null;
  } catch {
    return null;
  }
}
