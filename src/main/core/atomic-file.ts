import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Not on Windows, where symbolic links need rights a normal account does not have. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Writes a whole file so that a crash leaves either the old or the new content, never half.
 * The temp file has an unguessable name and is created fresh (O_EXCL|O_NOFOLLOW): nothing planted
 * beside the file, a symbolic link included, is ever written through. The rename then replaces
 * whatever sits at `path` (a symbolic link itself, not what it points to).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, mode);
  try {
    writeAll(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncDir(dirname(path));
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function fsyncDir(dir: string): void {
  // Makes the rename itself durable. Not possible on Windows; the rename is still atomic there.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, constants.O_RDONLY | (constants.O_DIRECTORY ?? 0));
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
