import type { Migration } from './migration.ts';

// Cope-ahead plans: a day the person expects to be hard, what might happen, the skills they will
// use and the people they will tell. Skills and people are short JSON lists (read back through
// the contract's schema), since they are only ever read and written with their plan.
export const migration014: Migration = {
  version: 14,
  name: 'cope-ahead',
  up(db) {
    db.exec(`
      CREATE TABLE cope_ahead_plans (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        name TEXT NOT NULL,
        might_happen TEXT NOT NULL DEFAULT '',
        skills TEXT NOT NULL DEFAULT '[]',
        people TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX cope_ahead_plans_day ON cope_ahead_plans(day);
    `);
  },
};
