// Names and folders for backup files: when a name is free, what a folder that cannot be written
// is called in a message (never its path: messages reach the page).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HarborError } from '../../../shared/result.ts';
import { BACKUP_EXTENSION } from './backup-file.ts';

/** How a message names the folder: Harbor's own, or the one the person chose. */
export type FolderWords = "Harbor's backups folder" | 'the folder you chose';

/** A typed folder (the browser harness) must exist and be a folder. */
export function checkFolder(folder: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new HarborError('not_found', 'There is no folder at that path. Check the path, or choose another folder.');
    }
    throw cannotWrite('the folder you chose', error);
  }
  if (!isFolder) throw new HarborError('invalid_input', 'That path is a file, not a folder. Choose a folder for the backup.');
}

export function cannotWrite(folder: FolderWords, error: unknown): HarborError {
  if (error instanceof HarborError) return error;
  if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
    return new HarborError('read_only', `There is not enough space in ${folder} for the backup. Free some space or choose another folder.`);
  }
  return new HarborError('read_only', `Harbor cannot write to ${folder}. Choose a folder you can write to, or check its permissions.`);
}

/** A name not taken yet in `folder` (two backups in the same second get -2, -3…). */
export function freePath(folder: string, base: string): string {
  for (let n = 1; ; n++) {
    const path = join(folder, `${base}${n === 1 ? '' : `-${n}`}${BACKUP_EXTENSION}`);
    if (!existsSync(path)) return path;
  }
}

/** Local time as 2025-03-14-203005: sorts by name, readable, safe on every file system. */
export function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}
