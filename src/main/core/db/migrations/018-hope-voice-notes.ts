import type { Migration } from './migration.ts';

// Voice notes join the hope box: the table is rebuilt (SQLite cannot change a CHECK) with a kind
// 'voice', the audio types Harbor plays, and `image` renamed `media`, since it now holds sound too.
export const migration018: Migration = {
  version: 18,
  name: 'hope-voice-notes',
  up(db) {
    db.exec(`
      CREATE TABLE hope_items_new (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('reason', 'letter', 'photo', 'voice')),
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        mime TEXT CHECK (mime IS NULL OR mime IN (
          'image/jpeg', 'image/png', 'image/webp', 'audio/mpeg', 'audio/ogg', 'audio/webm', 'audio/wav', 'audio/mp4')),
        media BLOB,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK ((kind IN ('photo', 'voice')) = (media IS NOT NULL AND mime IS NOT NULL))
      );
      INSERT INTO hope_items_new (id, kind, title, body, mime, media, created_at, updated_at)
        SELECT id, kind, title, body, mime, image, created_at, updated_at FROM hope_items;
      DROP TABLE hope_items;
      ALTER TABLE hope_items_new RENAME TO hope_items;
      CREATE INDEX hope_items_kind ON hope_items(kind, id);
    `);
  },
};
