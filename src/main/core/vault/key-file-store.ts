// The key file on disk (harbor.key.json): read it, refuse it clearly when damaged or changed, and
// replace parts of it atomically. It holds only wrapped keys; the open key never passes through here.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HarborError } from '../../../shared/result.ts';
import { writeFileAtomic } from '../atomic-file.ts';
import { KEY_FILE_NAME, readKeyFileText, serializeKeyFile, type KeyFile } from '../key-file.ts';

export class KeyFileStore {
  readonly path: string;
  private readonly dataDir: string;
  /** A key file was read here during this run (so a folder that vanishes later is reported, not taken for "no vault"). */
  private seen = false;

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    this.path = join(dataDir, KEY_FILE_NAME);
  }

  /** null when there is no key file; throws a clear error when it exists but is damaged. */
  read(): KeyFile | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      // ENOTDIR: the data folder's path runs through a file, so there is no vault here either.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        // Unless this Harbor already used a vault here and the folder itself has gone since (moved,
        // replaced, its drive disconnected): then "not set up yet" would be false and frightening.
        if (this.seen && !isFolder(this.dataDir)) {
          throw new HarborError(
            'read_only',
            `Harbor cannot find its data folder ${this.dataDir} any more. It may have been moved, or its drive disconnected. ` +
              'Nothing was changed. Put the folder back or reconnect the drive, then try again.',
          );
        }
        return null;
      }
      throw new HarborError('key_file_damaged', `Harbor cannot read its key file ${this.path}. Check the folder's permissions.`);
    }
    const read = readKeyFileText(text);
    if ('problem' in read && read.problem === 'changed') {
      throw new HarborError(
        'key_file_damaged',
        `Harbor's key file ${this.path} has been changed by something other than Harbor: it asks for unlock settings ` +
          'Harbor never uses, so Harbor did not try them. Nothing was changed or overwritten. Restore the key file from a backup.',
      );
    }
    if (!('keyFile' in read)) {
      throw new HarborError(
        'key_file_damaged',
        `Harbor's key file ${this.path} is damaged, so the journal cannot be unlocked. ` +
          'Nothing was changed or overwritten. Restore the key file from a backup.',
      );
    }
    this.seen = true;
    return read.keyFile;
  }

  /** The key file, or `no_vault` when Harbor is not set up here. */
  require(): KeyFile {
    const keyFile = this.read();
    if (!keyFile) throw new HarborError('no_vault', 'Harbor is not set up yet. Choose a passphrase to begin.');
    return keyFile;
  }

  /** Writes a whole key file (setup, adopting a backup). Errors are left to the caller. */
  write(keyFile: KeyFile): void {
    writeFileAtomic(this.path, serializeKeyFile(keyFile));
  }

  /**
   * Re-reads the key file and replaces only `change`, all synchronously: two changes whose KDFs
   * overlapped (new passphrase, new recovery code) both land instead of the later undoing the earlier.
   */
  update(change: Partial<Pick<KeyFile, 'passphrase' | 'recovery' | 'device'>>): void {
    const keyFile = { ...this.require(), ...change };
    try {
      this.write(keyFile);
    } catch {
      throw readOnly(this.dataDir);
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function readOnly(dir: string): HarborError {
  return new HarborError('read_only', `Harbor cannot write to ${dir}. Choose a folder you can write to, or check its permissions.`);
}

export function missingKeyFile(dataDir: string): HarborError {
  return new HarborError(
    'key_file_damaged',
    `A journal file exists in ${dataDir} but its key file ${KEY_FILE_NAME} is missing, so it cannot be unlocked. ` +
      'Nothing was changed. Put the key file back, or restore a backup.',
  );
}
