// The backup file: one file a person can copy to a USB stick and back.
//   8 bytes  "HARBORBK"
//   4 bytes  manifest length (big-endian)
//   manifest JSON: format, version, when, schema version, the key file, and the database's size and SHA-256
//   the database, byte for byte, encrypted with the journal's key (SQLCipher, like the live file)
// The manifest is not secret: the key file in it holds the key only wrapped by the passphrase and
// the recovery code. The checksum tells a cut-off copy from a wrong passphrase.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { backupKinds } from '../../../shared/contract/backup.ts';
import { HarborError } from '../../../shared/result.ts';

const MAGIC = Buffer.from('HARBORBK', 'ascii');
const HEADER_BYTES = MAGIC.length + 4;
const MAX_MANIFEST_BYTES = 256 * 1024;
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.backup';

export const manifestSchema = z.object({
  format: z.literal('harbor-backup'),
  version: z.number().int().min(1),
  createdAt: z.number().int(),
  kind: z.enum(backupKinds),
  schemaVersion: z.number().int().min(0),
  keyFile: z.string().max(64 * 1024),
  database: z.object({ bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function encodeBackup(manifest: Omit<BackupManifest, 'format' | 'version' | 'database'>, database: Buffer): Buffer {
  const full: BackupManifest = {
    format: 'harbor-backup',
    version: BACKUP_FORMAT_VERSION,
    ...manifest,
    database: { bytes: database.length, sha256: sha256(database) },
  };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json, database]);
}

const notABackup = (name: string) =>
  new HarborError('invalid_input', `${name} is not a Harbor backup. Nothing was replaced. Choose a file Harbor made with "Back up now" or one from its automatic backups.`);

const incomplete = (name: string) =>
  new HarborError(
    'database_damaged',
    `The backup ${name} is incomplete or damaged (it may have been cut off while it was copied). Nothing was replaced. Try another copy of it, or another backup.`,
  );

function parseManifest(name: string, header: Buffer, json: Buffer): BackupManifest {
  if (header.length < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) throw notABackup(name);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    throw incomplete(name);
  }
  // A newer Harbor may add fields or change the format; say so rather than "damaged".
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) throw newerHarbor(name);
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) throw incomplete(name);
  return manifest.data;
}

export function newerHarbor(name: string): HarborError {
  return new HarborError(
    'database_too_new',
    `The backup ${name} was made by a newer version of Harbor. Nothing was replaced. Install the newer Harbor to restore it.`,
  );
}

/** One of Harbor's own backups, just written: checked whole. Throws a person-readable HarborError. */
export function readBackupFile(path: string): { manifest: BackupManifest; database: Buffer } {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    throw unreadable(basename(path), error);
  }
  return parseBackup(basename(path), data);
}

/** The whole backup, checked: right format, complete, checksum matches. Messages name the file by `name` only, never a path. */
export function parseBackup(name: string, data: Buffer): { manifest: BackupManifest; database: Buffer } {
  if (data.length < HEADER_BYTES) {
    const start = data.subarray(0, Math.min(data.length, MAGIC.length));
    throw start.length > 0 && MAGIC.subarray(0, start.length).equals(start) ? incomplete(name) : notABackup(name);
  }
  const length = data.readUInt32BE(MAGIC.length);
  if (!data.subarray(0, MAGIC.length).equals(MAGIC)) throw notABackup(name);
  if (length > MAX_MANIFEST_BYTES) throw incomplete(name);
  if (data.length < HEADER_BYTES + length) throw incomplete(name);
  const manifest = parseManifest(name, data.subarray(0, HEADER_BYTES), data.subarray(HEADER_BYTES, HEADER_BYTES + length));
  const database = data.subarray(HEADER_BYTES + length);
  if (database.length !== manifest.database.bytes || sha256(database) !== manifest.database.sha256) throw incomplete(name);
  return { manifest, database };
}

/** Only the manifest (for listing backups without reading whole files); null when the file is not a readable backup. */
export function readBackupManifest(path: string): BackupManifest | null {
  let fd: number;
  try {
    // Non-blocking, no links: a FIFO or a link planted in the backups folder is skipped, never waited on.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    const header = Buffer.alloc(HEADER_BYTES);
    if (readSync(fd, header, 0, HEADER_BYTES, 0) < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const length = header.readUInt32BE(MAGIC.length);
    if (length > MAX_MANIFEST_BYTES) return null;
    const json = Buffer.alloc(length);
    if (readSync(fd, json, 0, length, HEADER_BYTES) < length) return null;
    return parseManifest(basename(path), header, json);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function unreadable(name: string, error: unknown): HarborError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new HarborError('not_found', `The backup ${name} is not there any more.`);
  return new HarborError('read_only', `Harbor cannot read the backup ${name}. Check that you are allowed to open it.`);
}
