// Failures of the journal's storage (SQLite, the file system), in words a person can act on.
import { dirname, isAbsolute, relative } from 'node:path';
import { HarborError } from '../../../shared/result.ts';

export function describeOpenError(error: unknown, path: string): Error {
  if (error instanceof HarborError) return error;
  return storageError(error, path) ?? (error instanceof Error ? error : new Error(String(error)));
}

export function damagedJournal(path: string): HarborError {
  return new HarborError(
    'database_damaged',
    `Harbor could not read its journal file (${path}). It may be damaged. Nothing was changed; you can restore a backup.`,
  );
}

/**
 * A SQLite or file-system failure of the journal's storage, in words a person can act on; null
 * for anything else. Used at open and (by HarborCore) for failures in the middle of a session,
 * so a damaged page or a full or read-only disk is never reported as "something went wrong".
 */
export function storageError(error: unknown, databasePath: string): HarborError | null {
  if (error instanceof HarborError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const folder = dirname(databasePath);
  if (code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return damagedJournal(databasePath);
    if (code === 'SQLITE_FULL') return diskFull(folder);
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) return readOnly(folder);
    return null;
  }
  // File-system errors count only when they are about a file in the data folder (not, say, a backup folder).
  const at = (error as { path?: unknown }).path;
  if (typeof at !== 'string' || !isInside(folder, at)) return null;
  if (code === 'ENOSPC' || code === 'EDQUOT') return diskFull(folder);
  if (['EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EIO'].includes(code)) return readOnly(folder);
  return null;
}

function readOnly(folder: string): HarborError {
  return new HarborError('read_only', `Harbor cannot write to its data folder ${folder}. Check that the folder is writable, then try again.`);
}

function diskFull(folder: string): HarborError {
  return new HarborError(
    'read_only',
    `The disk that holds Harbor's data folder ${folder} is full. Free some space, then try again. What you saved before is safe.`,
  );
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
