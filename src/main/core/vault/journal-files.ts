// The journal file's moves on disk, in the order that never leaves a journal nobody can open:
// a new or adopted journal is renamed into place only once its key file is written.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HarborError } from '../../../shared/result.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../db/database.ts';
import { KEY_FILE_NAME, type KeyFile } from '../key-file.ts';
import { readOnly, type KeyFileStore } from './key-file-store.ts';

const CREATING_SUFFIX = '.creating';

/** Creates an empty encrypted journal and its key file. Throws `read_only` when the folder cannot be written. */
export function createJournal(dataDir: string, databasePath: string, key: Buffer, keyFiles: KeyFileStore, keyFile: KeyFile): void {
  const creating = databasePath + CREATING_SUFFIX;
  rmSync(creating, { force: true });
  try {
    openDatabase(creating, key, { create: true }).close();
    keyFiles.write(keyFile);
    renameSync(creating, databasePath);
  } catch (error) {
    rmSync(creating, { force: true });
    if (error instanceof HarborError) throw error;
    throw readOnly(dataDir);
  }
}

/** Restore where Harbor is not set up yet: the backup's journal and key file become this vault's. */
export function adoptJournal(dataDir: string, databasePath: string, database: string, keyFiles: KeyFileStore, keyFile: KeyFile): void {
  const creating = databasePath + CREATING_SUFFIX;
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // Same order as createJournal(): the journal is only renamed into place once its key file is on disk.
    renameSync(database, creating);
    keyFiles.write({ ...keyFile, device: null });
    renameSync(creating, databasePath);
  } catch {
    rmSync(creating, { force: true });
    throw readOnly(dataDir);
  }
}

/** A setup stopped after its key file was written: the journal under its temporary name takes its place. */
export function finishInterruptedSetup(databasePath: string): void {
  const creating = databasePath + CREATING_SUFFIX;
  if (!existsSync(databasePath) && existsSync(creating)) renameSync(creating, databasePath);
  if (!existsSync(databasePath)) {
    throw new HarborError('database_damaged', `Harbor's journal file ${databasePath} is missing. Nothing was changed. You can restore a backup.`);
  }
}

/** Moves the journal, its WAL and its key file into `folder` (nothing is deleted). */
export function moveJournalAside(dataDir: string, folder: string): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    for (const name of [KEY_FILE_NAME, DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`, `${DATABASE_FILE_NAME}-shm`]) {
      const from = join(dataDir, name);
      if (existsSync(from)) renameSync(from, join(folder, name));
    }
  } catch {
    throw readOnly(dataDir);
  }
}

/** Swaps `replacement` in as the journal. A leftover WAL of the old file must never be replayed onto the new one. */
export function swapJournal(databasePath: string, replacement: string): void {
  rmSync(`${databasePath}-wal`, { force: true });
  rmSync(`${databasePath}-shm`, { force: true });
  renameSync(replacement, databasePath);
}

/** The data folder, private to this account. Throws `read_only` when it cannot be made. */
export function makeDataFolder(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch {
    throw readOnly(dataDir);
  }
}
