import type { Migration } from './migration.ts';

// Patterns aggregates check-ins by day range. Every Patterns query reads only live
// entries (deleted_at IS NULL) by day, and from them only these columns (plus the rowid, which
// every index carries): this partial index answers them without touching the wide entry rows,
// whose reflection text would otherwise be read (and decrypted) for each day.
export const migration004: Migration = {
  version: 4,
  name: 'patterns',
  up(db) {
    db.exec(`
      CREATE INDEX entries_live_for_patterns ON entries(day, peak_urge, self_harm, created_at) WHERE deleted_at IS NULL;
    `);
  },
};
