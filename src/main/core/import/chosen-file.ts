// The one file chosen for import, held in main's memory between the preview and the import and
// dropped when Harbor locks or the person closes the import. It arrives as bytes: from the page's
// file picker in parts, or read by main itself from the path its own open dialog returned.
import { MAX_IMPORT_BYTES, type StagedImportFile } from '../../../shared/contract/import.ts';
import { HarborError } from '../../../shared/result.ts';
import { readChosenFile } from '../safe-read.ts';

export interface ImportDialogPort {
  /** The file the person chose in the system's open dialog, or null when they closed it. */
  chooseFile(): Promise<string | null>;
}

interface Held {
  name: string;
  bytes: Buffer;
  received: number;
}

export class ImportFiles {
  private readonly port: ImportDialogPort | null;
  private held: Held | null = null;

  /** `port`: the desktop's open dialog (core/platform.ts); null in the harness. */
  constructor(port: ImportDialogPort | null) {
    this.port = port;
  }

  hasDialog(): boolean {
    return this.port !== null;
  }

  /** Main's own dialog; null when the person closed it. */
  async choose(): Promise<StagedImportFile | null> {
    if (!this.port) return null;
    const path = await this.port.chooseFile();
    if (path === null) return null;
    const bytes = await readChosenFile(path, MAX_IMPORT_BYTES, 'import');
    const name = path.split(/[\\/]/).pop() ?? 'the file';
    this.held = { name, bytes, received: bytes.length };
    return { name, sizeBytes: bytes.length };
  }

  addBytes(input: { name: string; totalBytes: number; offset: number; base64: string }): { received: number; complete: boolean; file: StagedImportFile | null } {
    if (input.offset === 0) this.held = { name: input.name, bytes: Buffer.alloc(input.totalBytes), received: 0 };
    const held = this.held;
    if (!held || held.name !== input.name || held.bytes.length !== input.totalBytes || input.offset !== held.received) {
      this.held = null;
      throw new HarborError('invalid_input', 'Part of the file went missing on its way. Choose the file again.');
    }
    const part = Buffer.from(input.base64, 'base64');
    if (held.received + part.length > held.bytes.length) {
      this.held = null;
      throw new HarborError('invalid_input', 'The file changed while it was being read. Choose it again.');
    }
    part.copy(held.bytes, held.received);
    held.received += part.length;
    const complete = held.received === held.bytes.length;
    return { received: held.received, complete, file: complete ? { name: held.name, sizeBytes: held.bytes.length } : null };
  }

  /** The whole chosen file, or a plain error when there is none (yet). */
  current(): { name: string; bytes: Buffer } {
    const held = this.held;
    if (!held || held.received !== held.bytes.length) {
      throw new HarborError('not_found', 'Choose a file to import first.');
    }
    return { name: held.name, bytes: held.bytes };
  }

  forget(): boolean {
    const had = this.held !== null;
    this.held?.bytes.fill(0);
    this.held = null;
    return had;
  }
}
