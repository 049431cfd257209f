import type { Migration } from './migration.ts';

// The chain analysis after a lapse: one per lapse note, every part optional. The vulnerabilities
// and the links are short lines kept as JSON arrays (inside the encrypted database like the rest),
// so Patterns can find the ones that recur across lapses with json_each.
export const migration011: Migration = {
  version: 11,
  name: 'chain-analysis',
  up(db) {
    db.exec(`
      CREATE TABLE chain_analyses (
        relapse_id INTEGER PRIMARY KEY REFERENCES relapses(id) ON DELETE CASCADE,
        vulnerabilities TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(vulnerabilities)),
        prompting_event TEXT NOT NULL DEFAULT '',
        links TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(links)),
        what_happened TEXT NOT NULL DEFAULT '',
        consequences TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
      );
    `);
  },
};
