import type { Migration } from './migration.ts';

// The hope box: what reminds the person why to keep going. Reasons (a short line in `body`),
// letters and messages (`title` and `body`), and photos (`title` is the caption, the downscaled
// image's bytes in `image`, its sniffed type in `mime`). All inside the encrypted journal.
export const migration017: Migration = {
  version: 17,
  name: 'hope-box',
  up(db) {
    db.exec(`
      CREATE TABLE hope_items (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('reason', 'letter', 'photo')),
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        mime TEXT CHECK (mime IS NULL OR mime IN ('image/jpeg', 'image/png', 'image/webp')),
        image BLOB,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK ((kind = 'photo') = (image IS NOT NULL AND mime IS NOT NULL))
      );
      CREATE INDEX hope_items_kind ON hope_items(kind, id);
    `);
  },
};
