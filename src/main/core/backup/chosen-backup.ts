// The one backup chosen for a restore, held in main's memory from the choice until the restore,
// and dropped when the person closes the restore or Harbor locks. It arrives as bytes only: from
// the page's file picker in parts, or read by main itself (safe-read.ts) from its own open
// dialog or from its own backups folder. No request ever names a path to read.
import type { ChosenBackup } from '../../../shared/contract/backup.ts';
import { HarborError } from '../../../shared/result.ts';

interface Held {
  name: string;
  total: number;
  parts: Buffer[];
  received: number;
}

export class ChosenBackupFile {
  private held: Held | null = null;

  /** A whole file main read itself. */
  hold(name: string, bytes: Buffer): ChosenBackup {
    this.forget();
    this.held = { name, total: bytes.length, parts: [bytes], received: bytes.length };
    return { name, sizeBytes: bytes.length };
  }

  /** One part from the page's file picker; parts come in order, offset 0 starts a new file. */
  addPart(input: { name: string; totalBytes: number; offset: number; base64: string }): { received: number; complete: boolean; file: ChosenBackup | null } {
    if (input.offset === 0) {
      this.forget();
      this.held = { name: input.name, total: input.totalBytes, parts: [], received: 0 };
    }
    const held = this.held;
    if (!held || held.name !== input.name || held.total !== input.totalBytes || input.offset !== held.received) {
      this.forget();
      throw new HarborError('invalid_input', 'Part of the file went missing on its way. Choose the backup again.');
    }
    const part = Buffer.from(input.base64, 'base64');
    if (held.received + part.length > held.total) {
      this.forget();
      throw new HarborError('invalid_input', 'The file changed while it was being read. Choose the backup again.');
    }
    held.parts.push(part);
    held.received += part.length;
    const complete = held.received === held.total;
    return { received: held.received, complete, file: complete ? { name: held.name, sizeBytes: held.total } : null };
  }

  /** The whole chosen file, or a plain error when there is none (yet). */
  current(): { name: string; bytes: Buffer } {
    const held = this.held;
    if (!held || held.received !== held.total) throw new HarborError('not_found', 'Choose a backup to restore first.');
    if (held.parts.length !== 1) held.parts = [Buffer.concat(held.parts)];
    return { name: held.name, bytes: held.parts[0]! };
  }

  forget(): boolean {
    const had = this.held !== null;
    for (const part of this.held?.parts ?? []) part.fill(0);
    this.held = null;
    return had;
  }
}
