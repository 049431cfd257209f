import type { Migration } from './migration.ts';

// "I self-harmed", noted from the coping window while Harbor was locked. It arrives sealed and is
// merged at unlock into this table, where it waits until the person chooses, from a quiet card,
// to add it to the journal (then relapse_id names the note it became) or to leave it out. It is
// never added on its own. The id is the one the page made, so merging the same record twice adds
// nothing.
export const migration010: Migration = {
  version: 10,
  name: 'locked-lapse-notes',
  up(db) {
    db.exec(`
      CREATE TABLE locked_lapse_notes (
        id TEXT PRIMARY KEY,
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        noted_at INTEGER NOT NULL,
        resolved TEXT CHECK (resolved IN ('added', 'left-out')),
        resolved_at INTEGER,
        relapse_id INTEGER REFERENCES relapses(id) ON DELETE SET NULL
      ) WITHOUT ROWID;
      CREATE INDEX locked_lapse_notes_waiting ON locked_lapse_notes(noted_at) WHERE resolved IS NULL;
    `);
  },
};
