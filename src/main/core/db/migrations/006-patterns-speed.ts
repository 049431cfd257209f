import type { Migration } from './migration.ts';

// Patterns, faster: the live entries by day number (days since 1970-01-01, an integer
// computed from the calendar day, so no clock time and no DST). Every Patterns query finds its days
// by this number and works out weeks and 7-day windows from it with integer arithmetic, read
// straight from the index, instead of parsing each day's date text again on every query. It also
// carries the columns those queries read, so the wide entry rows are never touched.
export const migration006: Migration = {
  version: 6,
  name: 'patterns-speed',
  up(db) {
    db.exec(`
      CREATE INDEX entries_live_by_day_number ON entries(unixepoch(day) / 86400, peak_urge, self_harm, created_at, day) WHERE deleted_at IS NULL;
    `);
  },
};
