import type { Migration } from './migration.ts';

// The recovery journey: the phase the person feels they are in (every change kept with
// its day), the notes the phase steps ask for, and relapses. A relapse is a row of data with an
// optional reflection and the plan changes made from it; nothing counts days or resets.
export const migration005: Migration = {
  version: 5,
  name: 'recovery',
  up(db) {
    db.exec(`
      CREATE TABLE recovery_phases (
        id INTEGER PRIMARY KEY,
        phase TEXT NOT NULL CHECK (phase IN ('awareness', 'skills', 'maintenance')),
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        chosen_at INTEGER NOT NULL
      );

      CREATE TABLE recovery_notes (
        key TEXT PRIMARY KEY CHECK (key IN ('why_change', 'values', 'problem_solving')),
        body TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE relapses (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        recorded_at INTEGER NOT NULL,
        vulnerable TEXT NOT NULL DEFAULT '',
        trigger_text TEXT NOT NULL DEFAULT '',
        thoughts TEXT NOT NULL DEFAULT '',
        feelings TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT '',
        next_time TEXT NOT NULL DEFAULT '',
        reflected_at INTEGER
      );
      CREATE INDEX relapses_by_day ON relapses(day);

      CREATE TABLE relapse_plan_changes (
        id INTEGER PRIMARY KEY,
        relapse_id INTEGER NOT NULL REFERENCES relapses(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('warning_sign', 'coping_item')),
        text TEXT NOT NULL,
        coping_item_id INTEGER REFERENCES coping_items(id) ON DELETE SET NULL,
        made_at INTEGER NOT NULL
      );
      CREATE INDEX relapse_plan_changes_by_relapse ON relapse_plan_changes(relapse_id);
    `);
  },
};
