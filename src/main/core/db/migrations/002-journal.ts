import type { Migration } from './migration.ts';

// The evening journal: soft delete, DBT diary-card extras, "what helped", prompt
// answers, drafts, the person's emotion list, case-insensitive trigger tags and full-text search.
export const migration002: Migration = {
  version: 2,
  name: 'journal',
  up(db) {
    db.exec(`
      ALTER TABLE entries ADD COLUMN deleted_at INTEGER;
      ALTER TABLE entries ADD COLUMN sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24);
      ALTER TABLE entries ADD COLUMN ate_regularly INTEGER CHECK (ate_regularly IN (0, 1));
      ALTER TABLE entries ADD COLUMN medication_taken INTEGER CHECK (medication_taken IN (0, 1));
      ALTER TABLE entries ADD COLUMN exercised INTEGER CHECK (exercised IN (0, 1));
      CREATE INDEX entries_deleted ON entries(deleted_at) WHERE deleted_at IS NOT NULL;

      -- "What helped": free text now; coping_item_id links a coping-box strategy when it came from there.
      CREATE TABLE entry_helped (
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL CHECK (length(trim(label)) > 0),
        rating INTEGER CHECK (rating BETWEEN 0 AND 5),
        coping_item_id INTEGER REFERENCES coping_items(id) ON DELETE SET NULL,
        PRIMARY KEY (entry_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX entry_helped_by_item ON entry_helped(coping_item_id) WHERE coping_item_id IS NOT NULL;

      CREATE TABLE entry_prompts (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        prompt_key TEXT NOT NULL,
        answer TEXT NOT NULL,
        UNIQUE (entry_id, prompt_key)
      );

      -- One draft per day: the whole check-in form as JSON, written while the person types.
      CREATE TABLE journal_drafts (
        day TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        body TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );

      -- The person's own emotion list: rename, hide, extend. entry_emotions keeps the name.
      CREATE TABLE emotions (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL UNIQUE,
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        position INTEGER NOT NULL
      );

      -- Tags compare without case or extra spaces beyond ASCII too ("Ärger" = " ärger ").
      ALTER TABLE triggers ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
    `);

    const insertEmotion = db.prepare('INSERT INTO emotions (name, name_key, position) VALUES (?, ?, ?)');
    ['Sadness', 'Anger', 'Anxiety', 'Shame', 'Numbness', 'Loneliness', 'Calm', 'Joy'].forEach((name, i) =>
      insertEmotion.run(name, name.toLowerCase(), i),
    );

    // Backfill keys; earlier rows that now collide become one tag.
    const seen = new Map<string, number>();
    const rows = db.prepare('SELECT id, name, kind FROM triggers ORDER BY id').all() as { id: number; name: string; kind: string }[];
    for (const row of rows) {
      const key = row.name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
      const keep = seen.get(`${row.kind}\u0000${key}`);
      if (keep === undefined) {
        seen.set(`${row.kind}\u0000${key}`, row.id);
        db.prepare('UPDATE triggers SET name_key = ? WHERE id = ?').run(key, row.id);
      } else {
        db.prepare('INSERT OR IGNORE INTO entry_triggers (entry_id, trigger_id) SELECT entry_id, ? FROM entry_triggers WHERE trigger_id = ?').run(keep, row.id);
        db.prepare('DELETE FROM triggers WHERE id = ?').run(row.id);
      }
    }

    db.exec(`
      CREATE UNIQUE INDEX triggers_by_key ON triggers(kind, name_key);

      -- Full-text search over reflection, prompt answers, trigger tags and "what helped", inside the
      -- encrypted file. External content: the index stores no second copy of the text; the view is
      -- its content, and the journal repository keeps the index in step in the same transactions.
      CREATE VIEW journal_search_source AS
      SELECT
        e.id AS id,
        e.text AS reflection,
        coalesce((SELECT group_concat(p.answer, char(10) ORDER BY p.prompt_key) FROM entry_prompts p WHERE p.entry_id = e.id), '') AS answers,
        coalesce((SELECT group_concat(t.name, ' · ' ORDER BY t.id) FROM entry_triggers et JOIN triggers t ON t.id = et.trigger_id WHERE et.entry_id = e.id), '') AS tags,
        coalesce((SELECT group_concat(h.label, ' · ' ORDER BY h.position) FROM entry_helped h WHERE h.entry_id = e.id), '') AS helped
      FROM entries e
      WHERE e.deleted_at IS NULL;

      CREATE VIRTUAL TABLE journal_fts USING fts5(
        reflection, answers, tags, helped,
        content = 'journal_search_source',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO journal_fts(journal_fts) VALUES ('rebuild');
    `);
  },
};
