// Numbered migrations, applied in one transaction; the schema version is PRAGMA user_version.
import type Database from 'better-sqlite3-multiple-ciphers';
import { HarborError } from '../../../shared/result.ts';
import { migration001 } from './001-base.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const migrations: readonly Migration[] = [migration001];

export const LATEST_VERSION = migrations.length;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database.Database, target = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new HarborError(
      'database_too_new',
      `This journal was last opened by a newer version of Harbor (schema ${current}; this one knows ${LATEST_VERSION}). ` +
        'Nothing was changed. Install the newer Harbor to open it.',
    );
  }
  if (current >= target) return;
  db.transaction(() => {
    for (const m of migrations) {
      if (m.version > current && m.version <= target) m.up(db);
    }
    db.pragma(`user_version = ${target}`);
  })();
}
