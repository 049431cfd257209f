/*
 * DESIGN NOTE — what Harbor can show while it is locked
 *
 * In a crisis nobody should have to type a passphrase, so the coping box must open while Harbor
 * is locked. What is readable then:
 *   - the person's coping box items (titles, notes, kinds, favourites; hidden items are left out)
 *   - their safety plan (its seven sections and its contacts)
 *   - their cope-ahead plans for today and the days to come (shown in the coping box on their day)
 *   - their hope box's reasons and letters (photos and voice notes only after unlock: they would make the copy large)
 * and never journal text, check-ins, triggers or past uses.
 *
 * Main writes this "locked copy" whenever the box or the plan changes while Harbor is unlocked,
 * and at every unlock. How it is kept depends on the computer and on the person's choice:
 *   - OS keychain available (Electron safeStorage; Linux basic_text counts as none): the copy is
 *     encrypted by the keychain. This is the default there.
 *   - No keychain: the person chooses between "available while locked" (the copy is stored
 *     UNENCRYPTED in the data folder, and the settings say so in those words) and "only after
 *     unlock" (no copy at all). Until they choose, it is "only after unlock", so by default
 *     nothing readable is stored outside the encrypted database.
 * The choice itself lives in the encrypted database (meta table); while locked Harbor simply reads
 * whatever copy exists. The starter box and the urge timer always work, whatever the choice.
 * A copy that cannot be read (damaged, changed, keychain gone) is never fatal: the coping window
 * falls back to the starter box and says why. Where a keychain exists, an unencrypted copy is
 * never used (it was not written by Harbor there); the window and the next unlock say so.
 *
 * Uses of the urge timer made while locked are journal data and are sealed (see pending-uses.ts).
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { contact, copingItem, safetyPlanSectionsSchema } from '../../../shared/contract/coping.ts';
import { copeAheadPlan } from '../../../shared/contract/cope-ahead.ts';
import { hopeWords } from '../../../shared/contract/hope-box.ts';
import { writeFileAtomic } from '../atomic-file.ts';
import type { Keychain } from '../keychain.ts';

export const LOCKED_COPY_FILE = 'coping-locked.json';

const copyData = z.object({
  version: z.literal(1),
  writtenAt: z.number(),
  items: z.array(copingItem),
  safetyPlan: z.object({ sections: safetyPlanSectionsSchema, contacts: z.array(contact), updatedAt: z.number().nullable() }),
  // Copies written before cope-ahead plans existed have none.
  copeAhead: z.array(copeAheadPlan).default([]),
  // Copies written before the hope box existed have none.
  hope: z.object({ items: z.array(hopeWords), afterUnlock: z.number().int().default(0) }).default({ items: [], afterUnlock: 0 }),
});
export type LockedCopy = z.infer<typeof copyData>;
type LockedCopyInput = z.input<typeof copyData>;

const copyFile = z.discriminatedUnion('protection', [
  z.object({ format: z.literal('harbor-coping-copy'), version: z.literal(1), protection: z.literal('keychain'), sealed: z.string() }),
  z.object({ format: z.literal('harbor-coping-copy'), version: z.literal(1), protection: z.literal('unencrypted'), copy: copyData }),
]);

export type CopyProtection = 'keychain' | 'unencrypted';

export type LockedCopyRead =
  | { status: 'ok'; copy: LockedCopy; protection: CopyProtection }
  | { status: 'absent' }
  | { status: 'damaged' }
  | { status: 'keychain-unavailable' }
  /** An unencrypted copy on a computer with a keychain: Harbor never writes one there, so it is not trusted. */
  | { status: 'unsealed' };

/**
 * How long one reading of the copy serves: the coping window asks for the box, the plan and the
 * crisis lines as it shows, and each would otherwise ask the keychain to decrypt the copy again.
 */
const ONE_SHOW_MS = 5_000;

export class LockedCopyStore {
  /** The last reading, with the file's stamp then; never kept longer than one show. */
  private lastRead: { stamp: string; at: number; read: LockedCopyRead } | null = null;
  readonly path: string;
  private readonly keychain: Keychain;

  constructor(dataDir: string, keychain: Keychain) {
    this.path = join(dataDir, LOCKED_COPY_FILE);
    this.keychain = keychain;
  }

  keychainAvailable(): boolean {
    try {
      return this.keychain.isAvailable();
    } catch {
      return false;
    }
  }

  write(copy: LockedCopyInput, protection: CopyProtection): void {
    this.lastRead = null;
    const file =
      protection === 'keychain'
        ? {
            format: 'harbor-coping-copy',
            version: 1,
            protection,
            sealed: this.keychain.encrypt(Buffer.from(JSON.stringify(copy), 'utf8')).toString('base64'),
          }
        : { format: 'harbor-coping-copy', version: 1, protection, copy };
    writeFileAtomic(this.path, JSON.stringify(file) + '\n');
  }

  remove(): void {
    this.lastRead = null;
    rmSync(this.path, { force: true });
  }

  /** Whether the copy on disk is unencrypted where a keychain exists (checked without asking the keychain to decrypt). */
  isUnsealed(): boolean {
    try {
      const file = JSON.parse(readFileSync(this.path, 'utf8')) as { protection?: unknown };
      return file.protection === 'unencrypted' && this.keychainAvailable();
    } catch {
      return false;
    }
  }

  /** The copy as the coping window shows it now: read and decrypted once per show. */
  read(): LockedCopyRead {
    const stamp = this.stamp();
    const now = Date.now();
    if (stamp && this.lastRead?.stamp === stamp && now - this.lastRead.at < ONE_SHOW_MS) return this.lastRead.read;
    const read = this.readFile();
    const kept = stamp ? { stamp, at: now, read } : null;
    this.lastRead = kept;
    // Not held after the show: the plan's words stay in memory no longer than they are needed.
    if (kept) setTimeout(() => this.lastRead === kept && (this.lastRead = null), ONE_SHOW_MS).unref();
    return read;
  }

  /** Changes whenever the file is replaced or written; null when there is no file to look at. */
  private stamp(): string | null {
    try {
      const stat = statSync(this.path, { bigint: true, throwIfNoEntry: false });
      // The keychain's availability too: a reading made with it is not one to reuse without it.
      return stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}:${this.keychainAvailable()}` : null;
    } catch {
      return null;
    }
  }

  private readFile(): LockedCopyRead {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { status: 'absent' } : { status: 'damaged' };
    }
    try {
      const file = copyFile.parse(JSON.parse(text));
      if (file.protection === 'unencrypted') {
        // Where a keychain exists only a copy it sealed is accepted: anyone who can write to the
        // data folder could have put an unencrypted one there (say, with another crisis line).
        if (this.keychainAvailable()) return { status: 'unsealed' };
        return { status: 'ok', copy: file.copy, protection: 'unencrypted' };
      }
      if (!this.keychainAvailable()) return { status: 'keychain-unavailable' };
      const plain = this.keychain.decrypt(Buffer.from(file.sealed, 'base64'));
      return { status: 'ok', copy: copyData.parse(JSON.parse(plain.toString('utf8'))), protection: 'keychain' };
    } catch {
      return { status: 'damaged' };
    }
  }
}
