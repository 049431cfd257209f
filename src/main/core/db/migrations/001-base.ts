import type { Migration } from './migration.ts';

// The base schema from docs/design.md. Later migrations extend it in new numbered files.
export const migration001: Migration = {
  version: 1,
  name: 'base',
  up(db) {
    db.exec(`
      CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL UNIQUE CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        mood INTEGER CHECK (mood BETWEEN 1 AND 5),
        peak_urge INTEGER CHECK (peak_urge BETWEEN 0 AND 10),
        self_harm TEXT CHECK (self_harm IN ('yes', 'no', 'unsaid')),
        text TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE entry_emotions (
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        emotion TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 5),
        PRIMARY KEY (entry_id, emotion)
      ) WITHOUT ROWID;
      CREATE TABLE triggers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('situation', 'thought', 'feeling')),
        UNIQUE (name COLLATE NOCASE, kind)
      );
      CREATE TABLE entry_triggers (
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        trigger_id INTEGER NOT NULL REFERENCES triggers(id) ON DELETE CASCADE,
        PRIMARY KEY (entry_id, trigger_id)
      ) WITHOUT ROWID;
      CREATE INDEX entry_triggers_by_trigger ON entry_triggers(trigger_id, entry_id);
      CREATE TABLE coping_items (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('sensory', 'distraction', 'release', 'soothing', 'own')),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        note TEXT NOT NULL DEFAULT '',
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE coping_uses (
        id INTEGER PRIMARY KEY,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        urge_before INTEGER CHECK (urge_before BETWEEN 0 AND 10),
        urge_after INTEGER CHECK (urge_after BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX coping_uses_by_start ON coping_uses(started_at);
      CREATE TABLE coping_use_items (
        use_id INTEGER NOT NULL REFERENCES coping_uses(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES coping_items(id) ON DELETE CASCADE,
        PRIMARY KEY (use_id, item_id)
      ) WITHOUT ROWID;
      CREATE TABLE safety_plan (
        section TEXT PRIMARY KEY CHECK (section IN (
          'warning_signs', 'alone', 'distractions', 'helpers', 'professionals', 'safer_surroundings', 'reasons'
        )),
        body TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        section TEXT NOT NULL CHECK (section IN ('distractions', 'helpers', 'professionals')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        reach TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
