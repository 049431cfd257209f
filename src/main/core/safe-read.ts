// Reading a file someone handed to Harbor (a backup to restore, a file to import): only a regular file, never
// through a symbolic link, never more than a cap, and without blocking the process while it
// reads, so a FIFO, a device like /dev/zero, a folder or a huge sparse file is refused at once
// and Harbor keeps answering meanwhile.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_BACKUP_BYTES } from '../../shared/contract/backup.ts';
import { HarborError } from '../../shared/result.ts';

export const MAX_CHOSEN_FILE_BYTES = MAX_BACKUP_BYTES;
const CHUNK = 4 * 1024 * 1024;
/** Not defined on Windows, where neither FIFOs nor symbolic links can be handed over this way. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0) | (constants.O_NOCTTY ?? 0);

/** `path` comes only from main itself (its own dialog, its own backups folder), never from a request. */
export async function readChosenFile(path: string, maxBytes = MAX_CHOSEN_FILE_BYTES, purpose: 'backup' | 'import' = 'backup'): Promise<Buffer> {
  const name = basename(path.replaceAll('\\', '/'));
  const cannotRead = (file: string) => (purpose === 'backup' ? cannotReadBackup(file) : cannotReadImport(file));
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch {
    throw cannotRead(name);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size > maxBytes) throw cannotRead(name);
    const data = Buffer.alloc(stat.size);
    let done = 0;
    while (done < data.length) {
      const { bytesRead } = await handle.read(data, done, Math.min(CHUNK, data.length - done), done);
      if (bytesRead === 0) break; // Shrank while being read: what is there is checked as it is.
      done += bytesRead;
    }
    return data.subarray(0, done);
  } catch {
    throw cannotRead(name);
  } finally {
    await handle.close();
  }
}

/**
 * One answer for every refusal (missing, not allowed, a folder, a link, a device, too large), and
 * only the chosen name in it: nothing tells whether some other path exists or what it is.
 */
function cannotReadBackup(name: string): HarborError {
  return new HarborError(
    'invalid_input',
    `Harbor could not read ${name} as a backup. Choose the backup file itself (a file ending in .backup). Nothing was replaced.`,
  );
}

function cannotReadImport(name: string): HarborError {
  return new HarborError(
    'invalid_input',
    `Harbor could not read ${name} to import. Choose the file itself (a .csv, .json or .daylio file of at most 32 MB). Nothing was imported.`,
  );
}
