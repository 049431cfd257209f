import type { Migration } from './migration.ts';

// One record per day. A day's self-harm answer and strongest urge were stored in two places (the
// check-in, and the lapse notes or urge-timer ratings) and each screen and export read them its own
// way. Now the view day_record is the only reader of those facts:
// - self_harm: 'yes' when a lapse was noted for the day, otherwise what the check-in said;
// - strongest_urge: the highest the person rated that day, in the check-in or the urge timer, with
//   urge_source saying which ('check-in' wins a tie).
// Timer uses now carry the day they belong to (the journal's day: before 04:00 local time still
// counts for the evening before), fixed when the use is recorded, so a later move to another time
// zone never moves a rating to another day.
// The two stores are also kept in step: a check-in that says "yes" always has a lapse note the
// person may reflect on, and removing a day's last lapse note takes back the check-in's "yes".
// Patterns' copies (migration 007: each trigger row's strongest urge and the 7-day urge windows) now
// follow the day's strongest urge, so timer ratings count there too.

/**
 * What the trigger rows of check-in `entry` on day `day` carry: the day's strongest urge while the
 * check-in is live, its own while deleted. `day` must not refer to the outer row (SQLite then reads
 * the view for that one day, through its indexes).
 */
const urgeOf = (entry: string, day: string) =>
  `coalesce(iif(${entry}.deleted_at IS NULL, (SELECT strongest_urge FROM day_record WHERE day = ${day})), ${entry}.peak_urge)`;

/** The 7-day windows and trigger-row urges of the days from `first` to six days after it. */
const refreshDay = (first: string) => `
  UPDATE entry_triggers SET peak_urge = (SELECT ${urgeOf('e', first)} FROM entries e WHERE e.id = entry_triggers.entry_id)
  WHERE entry_id IN (SELECT id FROM entries WHERE day = ${first})
    AND peak_urge IS NOT (SELECT ${urgeOf('e', first)} FROM entries e WHERE e.id = entry_triggers.entry_id);
  DELETE FROM urge_windows WHERE day_number BETWEEN unixepoch(${first}) / 86400 AND unixepoch(${first}) / 86400 + 6;
  ${computeWindows(`date(${first}, '-6 days')`, `date(${first}, '+6 days')`, first)}`;

/**
 * The window of each day from `first` to `last` that has a check-in or a rated urge: the sum and
 * number of strongest urges over it and the six days before, read once for the whole span.
 */
const computeWindows = (from: string, to: string, first = from) => `
  INSERT OR REPLACE INTO urge_windows (day_number, urge_sum, urge_days)
  SELECT day_number, urge_sum, urge_days FROM (
    SELECT day, day_number, entry_id, strongest_urge,
           coalesce(sum(strongest_urge) OVER seven, 0) AS urge_sum,
           count(strongest_urge) OVER seven AS urge_days
    FROM day_record WHERE day BETWEEN ${from} AND ${to}
    WINDOW seven AS (ORDER BY day_number RANGE BETWEEN 6 PRECEDING AND CURRENT ROW)
  ) WHERE day >= ${first} AND (entry_id IS NOT NULL OR strongest_urge IS NOT NULL);`;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The journal's day of a moment on the person's clock: before 04:00 it is still the evening before. */
function journalDayOf(ms: number): string {
  const moment = new Date(ms);
  moment.setHours(moment.getHours() - 4);
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

export const migration008: Migration = {
  version: 8,
  name: 'day-record',
  up(db) {
    db.exec(`
      ALTER TABLE coping_uses ADD COLUMN day TEXT CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
    `);
    const setDay = db.prepare('UPDATE coping_uses SET day = ? WHERE id = ?');
    for (const use of db.prepare('SELECT id, started_at FROM coping_uses').all() as { id: number; started_at: number }[]) {
      setDay.run(journalDayOf(use.started_at), use.id);
    }

    db.exec(`
      CREATE INDEX coping_uses_by_day ON coping_uses(day, urge_before, urge_after) WHERE day IS NOT NULL;

      CREATE VIEW day_record AS
      SELECT day, day_number, entry_id, check_in_self_harm, lapse_notes,
             iif(lapse_notes > 0, 'yes', check_in_self_harm) AS self_harm,
             check_in_urge, timer_urge,
             CASE WHEN check_in_urge IS NULL THEN timer_urge
                  WHEN timer_urge IS NULL OR check_in_urge >= timer_urge THEN check_in_urge
                  ELSE timer_urge END AS strongest_urge,
             CASE WHEN check_in_urge IS NULL AND timer_urge IS NULL THEN NULL
                  WHEN timer_urge IS NULL OR check_in_urge >= timer_urge THEN 'check-in'
                  ELSE 'timer' END AS urge_source
      FROM (
        SELECT d.day AS day,
               unixepoch(d.day) / 86400 AS day_number,
               e.id AS entry_id,
               e.self_harm AS check_in_self_harm,
               e.peak_urge AS check_in_urge,
               (SELECT count(*) FROM relapses r WHERE r.day = d.day) AS lapse_notes,
               (SELECT max(max(coalesce(u.urge_before, -1), coalesce(u.urge_after, -1))) FROM coping_uses u WHERE u.day = d.day
                  AND (u.urge_before IS NOT NULL OR u.urge_after IS NOT NULL)) AS timer_urge
        FROM (
          SELECT day FROM entries WHERE deleted_at IS NULL
          UNION SELECT day FROM relapses
          UNION SELECT day FROM coping_uses WHERE day IS NOT NULL AND (urge_before IS NOT NULL OR urge_after IS NOT NULL)
        ) d
        LEFT JOIN entries e ON e.day = d.day AND e.deleted_at IS NULL
      );

      -- A timer use written without its day (by an older writer) takes the journal day of its start.
      CREATE TRIGGER coping_uses_take_day AFTER INSERT ON coping_uses WHEN NEW.day IS NULL BEGIN
        UPDATE coping_uses SET day = date(NEW.started_at / 1000, 'unixepoch', 'localtime', '-4 hours') WHERE id = NEW.id;
      END;

      -- Every check-in that says "yes" has a lapse note the person may come back to.
      INSERT INTO relapses (day, recorded_at)
      SELECT e.day, e.updated_at FROM entries e
      WHERE e.self_harm = 'yes' AND e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM relapses r WHERE r.day = e.day);

      CREATE TRIGGER entries_note_lapse_insert AFTER INSERT ON entries
      WHEN NEW.self_harm = 'yes' AND NEW.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM relapses WHERE day = NEW.day)
      BEGIN
        INSERT INTO relapses (day, recorded_at) VALUES (NEW.day, NEW.updated_at);
      END;

      CREATE TRIGGER entries_note_lapse_update AFTER UPDATE OF self_harm, deleted_at ON entries
      WHEN NEW.self_harm = 'yes' AND NEW.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM relapses WHERE day = NEW.day)
      BEGIN
        INSERT INTO relapses (day, recorded_at) VALUES (NEW.day, NEW.updated_at);
      END;

      -- Removing a day's last lapse note takes back the check-in's "yes" (it becomes unanswered).
      CREATE TRIGGER relapses_last_note_removed AFTER DELETE ON relapses
      WHEN NOT EXISTS (SELECT 1 FROM relapses WHERE day = OLD.day)
      BEGIN
        UPDATE entries SET self_harm = NULL WHERE day = OLD.day AND self_harm = 'yes';
      END;

      -- Patterns' copies follow the day's strongest urge (check-in or timer).
      DROP TRIGGER entry_triggers_take_day;
      DROP TRIGGER entries_patterns_insert;
      DROP TRIGGER entries_patterns_update;
      DROP TRIGGER entries_patterns_delete;

      CREATE TRIGGER entry_triggers_take_day AFTER INSERT ON entry_triggers BEGIN
        UPDATE entry_triggers SET
          day_number = (SELECT iif(e.deleted_at IS NULL, unixepoch(e.day) / 86400) FROM entries e WHERE e.id = NEW.entry_id),
          peak_urge = (SELECT ${urgeOf('e', '(SELECT day FROM entries WHERE id = NEW.entry_id)')} FROM entries e WHERE e.id = NEW.entry_id)
        WHERE entry_id = NEW.entry_id AND trigger_id = NEW.trigger_id;
      END;

      CREATE TRIGGER entries_patterns_insert AFTER INSERT ON entries BEGIN
        ${refreshDay('NEW.day')}
      END;

      CREATE TRIGGER entries_patterns_update AFTER UPDATE OF day, peak_urge, deleted_at ON entries
      WHEN OLD.day IS NOT NEW.day OR OLD.peak_urge IS NOT NEW.peak_urge OR OLD.deleted_at IS NOT NEW.deleted_at
      BEGIN
        -- Only rows whose copies change are rewritten: an urge-only save leaves the emotions alone.
        UPDATE entry_emotions SET day_number = iif(NEW.deleted_at IS NULL, unixepoch(NEW.day) / 86400)
        WHERE entry_id = NEW.id AND day_number IS NOT iif(NEW.deleted_at IS NULL, unixepoch(NEW.day) / 86400);
        UPDATE entry_triggers SET day_number = iif(NEW.deleted_at IS NULL, unixepoch(NEW.day) / 86400)
        WHERE entry_id = NEW.id AND day_number IS NOT iif(NEW.deleted_at IS NULL, unixepoch(NEW.day) / 86400);
        ${refreshDay('OLD.day')}
        ${refreshDay('NEW.day')}
      END;

      CREATE TRIGGER entries_patterns_delete AFTER DELETE ON entries BEGIN
        ${refreshDay('OLD.day')}
      END;

      CREATE TRIGGER coping_uses_patterns_insert AFTER INSERT ON coping_uses WHEN NEW.day IS NOT NULL BEGIN
        ${refreshDay('NEW.day')}
      END;

      CREATE TRIGGER coping_uses_patterns_update AFTER UPDATE OF day, urge_before, urge_after ON coping_uses
      WHEN OLD.day IS NOT NEW.day OR OLD.urge_before IS NOT NEW.urge_before OR OLD.urge_after IS NOT NEW.urge_after
      BEGIN
        ${refreshDay('OLD.day')}
        ${refreshDay('NEW.day')}
      END;

      CREATE TRIGGER coping_uses_patterns_delete AFTER DELETE ON coping_uses BEGIN
        ${refreshDay('OLD.day')}
      END;

      -- Existing copies, recomputed from the day record.
      CREATE TEMP TABLE migrating_urges (day TEXT PRIMARY KEY, urge INTEGER);
      INSERT INTO migrating_urges SELECT day, strongest_urge FROM day_record;
      UPDATE entry_triggers SET peak_urge = (SELECT coalesce(iif(e.deleted_at IS NULL, (SELECT urge FROM migrating_urges m WHERE m.day = e.day)), e.peak_urge)
        FROM entries e WHERE e.id = entry_triggers.entry_id);
      DROP TABLE migrating_urges;
      DELETE FROM urge_windows;
      ${computeWindows("'0000-00-00'", "'9999-99-99'")}
    `);
  },
};
