// The clean-close record: what the journal file looked like to the file system (size, inode,
// change and modification times, to the nanosecond) right after Harbor closed it cleanly.
//
// When the file still looks exactly like that at the next unlock, and there is no -wal with
// unsaved frames (what a crash leaves), nothing outside Harbor has touched it since: no copy, no
// truncation, no tool writing into it — any write, even one that puts the times back, moves the
// change time, and a copied or restored file has another inode. Its full page check can then run
// after unlock instead of before it. Anything else (no record, another file, a crash) gets the
// full check before anything is written. Damage below the file system (a failing disk) keeps the
// record; the check after unlock finds it, and SQLCipher's per-page HMAC refuses such a page the
// moment anything reads or writes it.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

export const CLEAN_CLOSE_SUFFIX = '.closed';

interface FileIdentity {
  size: string;
  ino: string;
  dev: string;
  mtimeNs: string;
  ctimeNs: string;
}

function identityOf(path: string): FileIdentity | null {
  try {
    const s = statSync(path, { bigint: true });
    return { size: String(s.size), ino: String(s.ino), dev: String(s.dev), mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs) };
  } catch {
    return null;
  }
}

/** Records the closed journal's identity. Never throws: without a record the next unlock checks in full. */
export function recordCleanClose(databasePath: string): void {
  try {
    const identity = identityOf(databasePath);
    // No fsync: the journal is already on disk, and a record lost or cut short by a power cut only
    // means the next unlock checks in full first. Locking stays as quick as before.
    if (identity && !walHoldsFrames(databasePath)) writeFileSync(databasePath + CLEAN_CLOSE_SUFFIX, JSON.stringify(identity), { mode: 0o600 });
  } catch {
    // A folder gone read-only: the next unlock simply runs the full check first.
  }
}

/** Forgets the record (the file is about to change hands, or failed its check). Never throws. */
export function forgetCleanClose(databasePath: string): void {
  try {
    rmSync(databasePath + CLEAN_CLOSE_SUFFIX, { force: true });
  } catch {
    // Nothing to do: a stale record never matches a changed file.
  }
}

/** True when the journal file is exactly as Harbor left it at its last clean close. */
export function closedCleanly(databasePath: string): boolean {
  let recorded: unknown;
  try {
    recorded = JSON.parse(readFileSync(databasePath + CLEAN_CLOSE_SUFFIX, 'utf8'));
  } catch {
    return false;
  }
  const now = identityOf(databasePath);
  if (!now || walHoldsFrames(databasePath) || typeof recorded !== 'object' || recorded === null) return false;
  return (Object.keys(now) as (keyof FileIdentity)[]).every((key) => (recorded as Record<string, unknown>)[key] === now[key]);
}

/** A -wal with anything in it: frames a crash left behind (a clean close removes or empties it). */
function walHoldsFrames(databasePath: string): boolean {
  try {
    return statSync(`${databasePath}-wal`).size > 0;
  } catch {
    return false;
  }
}
