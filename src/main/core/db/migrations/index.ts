// Numbered migrations, applied in one transaction; the schema version is PRAGMA user_version.
import type Database from 'better-sqlite3-multiple-ciphers';
import { HarborError } from '../../../../shared/result.ts';
import { migration001 } from './001-base.ts';
import { migration002 } from './002-journal.ts';
import { migration003 } from './003-coping.ts';
import { migration004 } from './004-patterns.ts';
import { migration005 } from './005-recovery.ts';
import { migration006 } from './006-patterns-speed.ts';
import { migration007 } from './007-patterns-by-day.ts';
import { migration008 } from './008-day-record.ts';
import { migration009 } from './009-urge-ratings.ts';
import { migration010 } from './010-locked-lapse-notes.ts';
import { migration011 } from './011-chain-analysis.ts';
import { migration012 } from './012-import-sources.ts';
import { migration013 } from './013-talk-about.ts';
import { migration014 } from './014-cope-ahead.ts';
import { migration015 } from './015-urge-wave-marks.ts';
import { migration016 } from './016-crisis-line-labels.ts';
import { migration017 } from './017-hope-box.ts';
import { migration018 } from './018-hope-voice-notes.ts';
import type { Migration } from './migration.ts';

export type { Migration };

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017, migration018];

export const LATEST_VERSION = migrations.length;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a journal written by a newer Harbor, before anything has been written to it. */
export function assertNotTooNew(db: Database.Database, list: readonly Migration[] = migrations): void {
  const current = schemaVersion(db);
  if (current > list.length) {
    throw new HarborError(
      'database_too_new',
      `This journal was last opened by a newer version of Harbor (schema ${current}; this one knows ${list.length}). ` +
        'Nothing was changed. Install the newer Harbor to open it.',
    );
  }
}

/** `list` is for tests (a migration that fails); the app always uses `migrations`. */
export function migrate(db: Database.Database, target?: number, list: readonly Migration[] = migrations): void {
  assertNotTooNew(db, list);
  const current = schemaVersion(db);
  const to = target ?? list.length;
  if (current >= to) return;
  db.transaction(() => {
    for (const m of list) {
      if (m.version > current && m.version <= to) m.up(db);
    }
    db.pragma(`user_version = ${to}`);
  })();
}
