import type { Migration } from './migration.ts';

// The urge timer's ratings: the first answer after start, the one-tap re-ratings every couple of
// minutes and the answer at the end, each at its minute of the round. They make the person's own
// urge wave (Patterns' "How your urges pass" and the evidence sentence at the timer's start).
// Uses saved before this kept only a rating before and after: those become two ratings, at
// minute 0 and at the minute the round ended, so the wave starts from the history already there.
export const migration009: Migration = {
  version: 9,
  name: 'urge-ratings',
  up(db) {
    db.exec(`
      CREATE TABLE coping_use_ratings (
        use_id INTEGER NOT NULL REFERENCES coping_uses(id) ON DELETE CASCADE,
        minute REAL NOT NULL CHECK (minute BETWEEN 0 AND 240),
        urge INTEGER NOT NULL CHECK (urge BETWEEN 0 AND 10),
        PRIMARY KEY (use_id, minute)
      ) WITHOUT ROWID;

      INSERT INTO coping_use_ratings (use_id, minute, urge)
      SELECT id, 0, urge_before FROM coping_uses WHERE urge_before IS NOT NULL;
      INSERT OR IGNORE INTO coping_use_ratings (use_id, minute, urge)
      SELECT id, min(240, round((ended_at - started_at) / 60000.0, 1)), urge_after FROM coping_uses
      WHERE urge_after IS NOT NULL AND ended_at IS NOT NULL AND ended_at > started_at;
    `);
  },
};
