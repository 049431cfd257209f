import type { Migration } from './migration.ts';

// The person's own "to talk about" list for their next session, carried by the session summary.
export const migration013: Migration = {
  version: 13,
  name: 'talk-about',
  up(db) {
    db.exec(`
      CREATE TABLE talk_about (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        done_at INTEGER,
        created_at INTEGER NOT NULL
      );
    `);
  },
};
