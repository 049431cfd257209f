import type { Migration } from './migration.ts';

// The urge wave, kept ready: each round's urge at every 2-minute mark, from its first mark to its
// last, written when its ratings are saved (core/coping/uses.ts). A rating counts at its nearest
// mark (the latest one when two share a mark) and holds until the round's next rating; only a
// round with two ratings or more has marks. "How your urges pass" then counts marks instead of
// re-deriving every round on every look (bench: urge_wave_1000_rounds_ms). started_at is the
// round's, copied so that a range of dates is read from one index; `first` marks one row per round.
// Rounds saved before this get their marks here, by the same rule (this file keeps its own copy).
export const migration015: Migration = {
  version: 15,
  name: 'urge-wave-marks',
  up(db) {
    db.exec(`
      CREATE TABLE coping_use_marks (
        use_id INTEGER NOT NULL REFERENCES coping_uses(id) ON DELETE CASCADE,
        mark INTEGER NOT NULL CHECK (mark BETWEEN 0 AND 240),
        urge INTEGER NOT NULL CHECK (urge BETWEEN 0 AND 10),
        started_at INTEGER NOT NULL,
        first INTEGER NOT NULL CHECK (first IN (0, 1)),
        PRIMARY KEY (use_id, mark)
      ) WITHOUT ROWID;
      CREATE INDEX coping_use_marks_for_wave ON coping_use_marks(mark, urge, started_at);
      CREATE INDEX coping_use_marks_rounds ON coping_use_marks(started_at) WHERE first = 1;
      CREATE TRIGGER coping_uses_marks_follow_start AFTER UPDATE OF started_at ON coping_uses BEGIN
        UPDATE coping_use_marks SET started_at = NEW.started_at WHERE use_id = NEW.id;
      END;

      WITH RECURSIVE
      rated AS (
        SELECT r.use_id, r.minute, r.urge, CAST(round(r.minute / 2.0) AS INTEGER) * 2 AS mark,
               count(*) OVER (PARTITION BY r.use_id) AS ratings
        FROM coping_use_ratings r
      ),
      latest AS (
        SELECT use_id, mark, urge, row_number() OVER (PARTITION BY use_id, mark ORDER BY minute DESC) AS nth FROM rated WHERE ratings >= 2
      ),
      steps AS (
        SELECT use_id, mark, urge, lead(mark) OVER (PARTITION BY use_id ORDER BY mark) AS next_mark,
               row_number() OVER (PARTITION BY use_id ORDER BY mark) = 1 AS first
        FROM latest WHERE nth = 1
      ),
      expanded(use_id, mark, urge, next_mark, first) AS (
        SELECT use_id, mark, urge, next_mark, first FROM steps
        UNION ALL
        SELECT use_id, mark + 2, urge, next_mark, 0 FROM expanded WHERE mark + 2 < next_mark
      )
      INSERT INTO coping_use_marks (use_id, mark, urge, started_at, first)
      SELECT e.use_id, e.mark, e.urge, u.started_at, e.first FROM expanded e JOIN coping_uses u ON u.id = e.use_id;
    `);
  },
};
