// Looking inside a journal database: a backup's, opened with the key from its own key file, and a
// fresh snapshot, checked with the live key before it is called a backup.
import Database from 'better-sqlite3-multiple-ciphers';
import type { JournalSummary } from '../../../shared/contract/backup.ts';
import { HarborError } from '../../../shared/result.ts';
import { applyKey, type Db } from '../db/database.ts';
import { LATEST_VERSION, schemaVersion } from '../db/migrations/index.ts';
import { newerHarbor } from './backup-file.ts';

/** Entry count and newest day of a journal database (any schema version Harbor has had). */
export function journalSummary(db: Db): JournalSummary {
  const queries = [
    'SELECT count(*) AS entries, max(day) AS newest FROM entries WHERE deleted_at IS NULL',
    'SELECT count(*) AS entries, max(day) AS newest FROM entries', // before soft delete existed
  ];
  for (const query of queries) {
    try {
      const row = db.prepare(query).get() as { entries: number; newest: string | null };
      return { entries: row.entries, newestEntry: row.newest };
    } catch {
      // Try the older shape.
    }
  }
  return { entries: 0, newestEntry: null };
}

/** Opens a backup's database with the key from its key file and checks it through. */
export function inspectBackupDatabase(file: string, key: Buffer, name: string): JournalSummary {
  const db = new Database(file, { fileMustExist: true });
  try {
    applyKey(db, key);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new HarborError(
        'database_damaged',
        `The journal in the backup ${name} does not open with the key stored beside it. It may be damaged, or put together from two different backups. Nothing was replaced.`,
      );
    }
    if (schemaVersion(db) > LATEST_VERSION) throw newerHarbor(name);
    let healthy = false;
    try {
      const rows = db.pragma('integrity_check') as { integrity_check: string }[];
      healthy = rows.length === 1 && rows[0]!.integrity_check === 'ok';
    } catch {
      healthy = false;
    }
    if (!healthy) {
      throw new HarborError('database_damaged', `The journal in the backup ${name} is damaged. Nothing was replaced. Try another backup.`);
    }
    return journalSummary(db);
  } finally {
    db.close();
  }
}

/** The fresh snapshot opens with the live key and is whole; returns its schema version. */
export function verifyWithLiveKey(db: Db, snapshot: string): number {
  // ATTACH without KEY uses the main database's key: a snapshot that opens this way has the journal's key.
  db.prepare('ATTACH ? AS backup_check').run(snapshot);
  try {
    const rows = db.pragma('backup_check.integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
      throw new HarborError('database_damaged', 'The backup Harbor just made did not check out, so it was not kept. Your journal is unchanged.');
    }
    return db.pragma('backup_check.user_version', { simple: true }) as number;
  } finally {
    db.exec('DETACH backup_check');
  }
}
