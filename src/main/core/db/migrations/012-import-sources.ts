import type { Migration } from './migration.ts';

// Rows brought in from another app's file, by a key made from the row itself (see
// core/import/source-rows.ts), so importing the same file again adds nothing.
export const migration012: Migration = {
  version: 12,
  name: 'import-sources',
  up(db) {
    db.exec(`
      CREATE TABLE import_sources (
        source_key TEXT PRIMARY KEY,
        day TEXT NOT NULL,
        imported_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
