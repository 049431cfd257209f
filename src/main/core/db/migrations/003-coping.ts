import type { Migration } from './migration.ts';

// The coping box, urge timer uses and safety plan, on top of 001's tables:
// - coping_items learn which starter item they came from (to match uses logged against the
//   starter box while locked) and when they changed;
// - coping_uses get a stable id made by the page (so a use kept while locked merges exactly once),
//   the planned minutes, how the timer ended, and whether it was kept while locked;
// - a new journal starts with the starter box. A migration never changes once shipped, so the box
//   is written out here; coping/starter.ts (the box shown while locked) reads it from here, and a
//   different starter box would come with a migration of its own.
export const STARTER_BOX_AT_VERSION_3: readonly {
  key: string;
  kind: 'sensory' | 'distraction' | 'release' | 'soothing';
  title: string;
}[] = [
  { key: 'ice', kind: 'sensory', title: 'Hold an ice cube' },
  { key: 'sour-spicy', kind: 'sensory', title: 'Taste something very sour or spicy' },
  { key: 'film', kind: 'distraction', title: 'Watch a film' },
  { key: 'puzzle', kind: 'distraction', title: 'Do a hard puzzle' },
  { key: 'hobby', kind: 'distraction', title: 'Spend time on a focused hobby' },
  { key: 'write-anger', kind: 'release', title: 'Write about the anger' },
  { key: 'poem', kind: 'release', title: 'Write a poem' },
  { key: 'exercise', kind: 'release', title: 'Do some intense exercise' },
  { key: 'bath', kind: 'soothing', title: 'Take a warm bath' },
  { key: 'music', kind: 'soothing', title: 'Listen to soothing music' },
  { key: 'lotion', kind: 'soothing', title: 'Use a lotion that smells nice' },
];

export const migration003: Migration = {
  version: 3,
  name: 'coping',
  up(db) {
    db.exec(`
      ALTER TABLE coping_items ADD COLUMN starter_key TEXT;
      ALTER TABLE coping_items ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE coping_items ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
      CREATE UNIQUE INDEX coping_items_by_starter ON coping_items(starter_key) WHERE starter_key IS NOT NULL;
      CREATE INDEX coping_items_by_position ON coping_items(kind, position);

      ALTER TABLE coping_uses ADD COLUMN uuid TEXT;
      ALTER TABLE coping_uses ADD COLUMN minutes_planned INTEGER CHECK (minutes_planned BETWEEN 1 AND 120);
      ALTER TABLE coping_uses ADD COLUMN outcome TEXT CHECK (outcome IN ('eased', 'time-up', 'stopped'));
      ALTER TABLE coping_uses ADD COLUMN kept_while_locked INTEGER NOT NULL DEFAULT 0 CHECK (kept_while_locked IN (0, 1));
      CREATE UNIQUE INDEX coping_uses_by_uuid ON coping_uses(uuid) WHERE uuid IS NOT NULL;
    `);
    const existing = db.prepare('SELECT count(*) AS n FROM coping_items').get() as { n: number };
    if (existing.n > 0) return;
    const insert = db.prepare(
      'INSERT INTO coping_items (kind, title, note, position, starter_key, created_at, updated_at) VALUES (?, ?, \'\', ?, ?, ?, ?)',
    );
    const now = Date.now();
    STARTER_BOX_AT_VERSION_3.forEach((item, index) => insert.run(item.kind, item.title, index, item.key, now, now));
  },
};
