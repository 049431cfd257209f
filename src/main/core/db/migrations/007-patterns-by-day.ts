import type { Migration } from './migration.ts';

// Patterns, read without joins. Patterns reads a check-in's emotions and triggers by day,
// and each day's 7-day urge average; joining every such row back to its check-in, and looking up
// the six days before each day, was most of the page's cost. Now:
// - each emotion and trigger row carries its check-in's day number (days since 1970-01-01, the
//   number of migration 006; NULL while the check-in is deleted), and trigger rows its strongest
//   urge, so Patterns reads them in day order straight from an index;
// - urge_windows holds, for each live check-in's day, the sum and number of rated days over that
//   day and the six before.
// SQLite triggers keep both in step with every write, whoever makes it (saves, deletes, restores,
// purges, tag merges), inside the writing transaction.
/** A day's number, written exactly as the index of migration 006 has it (so SQLite can use it). */
const dayNumber = (day: string) => `unixepoch(${day}) / 86400`;
/** What a check-in's rows carry: its day number while it is live, NULL while it is deleted. */
const dayNumberOf = (entry: string) => `iif(${entry}.deleted_at IS NULL, ${dayNumber(`${entry}.day`)})`;

const DAY = dayNumber('day');

/** (Re)computes the 7-day window of each live check-in day that `days` (SQL over DAY) selects. */
const computeWindows = (days: string) => `
  INSERT OR REPLACE INTO urge_windows (day_number, urge_sum, urge_days)
  SELECT d,
         (SELECT coalesce(sum(peak_urge), 0) FROM entries WHERE ${DAY} BETWEEN d - 6 AND d AND deleted_at IS NULL),
         (SELECT count(peak_urge) FROM entries WHERE ${DAY} BETWEEN d - 6 AND d AND deleted_at IS NULL)
  FROM (SELECT ${DAY} AS d FROM entries WHERE ${days} AND deleted_at IS NULL);`;

/** The windows a change on day `first` touches: its own and the next six days'. */
const refreshWindows = (first: string, when = 'TRUE') => computeWindows(`${DAY} BETWEEN ${first} AND ${first} + 6 AND (${when})`);

export const migration007: Migration = {
  version: 7,
  name: 'patterns-by-day',
  up(db) {
    db.exec(`
      ALTER TABLE entry_emotions ADD COLUMN day_number INTEGER;
      ALTER TABLE entry_triggers ADD COLUMN day_number INTEGER;
      ALTER TABLE entry_triggers ADD COLUMN peak_urge INTEGER;
      UPDATE entry_emotions SET day_number = (SELECT ${dayNumberOf('e')} FROM entries e WHERE e.id = entry_id);
      UPDATE entry_triggers SET (day_number, peak_urge) = (SELECT ${dayNumberOf('e')}, e.peak_urge FROM entries e WHERE e.id = entry_id);

      -- Emotions: per emotion, its days in order. Triggers: the days in order, with each day's tags.
      CREATE INDEX entry_emotions_by_day ON entry_emotions(emotion, day_number, rating) WHERE day_number IS NOT NULL;
      CREATE INDEX entry_triggers_by_day ON entry_triggers(day_number, trigger_id, peak_urge) WHERE day_number IS NOT NULL;

      CREATE TABLE urge_windows (
        day_number INTEGER PRIMARY KEY,
        urge_sum INTEGER NOT NULL,
        urge_days INTEGER NOT NULL
      );
      ${computeWindows('TRUE')}

      CREATE TRIGGER entry_emotions_take_day AFTER INSERT ON entry_emotions BEGIN
        UPDATE entry_emotions SET day_number = (SELECT ${dayNumberOf('e')} FROM entries e WHERE e.id = NEW.entry_id)
        WHERE entry_id = NEW.entry_id AND emotion = NEW.emotion;
      END;

      CREATE TRIGGER entry_triggers_take_day AFTER INSERT ON entry_triggers BEGIN
        UPDATE entry_triggers SET (day_number, peak_urge) = (SELECT ${dayNumberOf('e')}, e.peak_urge FROM entries e WHERE e.id = NEW.entry_id)
        WHERE entry_id = NEW.entry_id AND trigger_id = NEW.trigger_id;
      END;

      CREATE TRIGGER entries_patterns_insert AFTER INSERT ON entries BEGIN
        ${refreshWindows(dayNumber('NEW.day'))}
      END;

      -- Saves rewrite every column; only a change of day, urge or deletion touches Patterns.
      CREATE TRIGGER entries_patterns_update AFTER UPDATE OF day, peak_urge, deleted_at ON entries
      WHEN OLD.day IS NOT NEW.day OR OLD.peak_urge IS NOT NEW.peak_urge OR OLD.deleted_at IS NOT NEW.deleted_at
      BEGIN
        -- Only rows whose copies change are rewritten: an urge-only save leaves the emotions alone.
        UPDATE entry_emotions SET day_number = ${dayNumberOf('NEW')}
        WHERE entry_id = NEW.id AND day_number IS NOT ${dayNumberOf('NEW')};
        UPDATE entry_triggers SET day_number = ${dayNumberOf('NEW')}, peak_urge = NEW.peak_urge
        WHERE entry_id = NEW.id AND (day_number IS NOT ${dayNumberOf('NEW')} OR peak_urge IS NOT NEW.peak_urge);
        DELETE FROM urge_windows WHERE day_number = ${dayNumber('OLD.day')};
        ${refreshWindows(dayNumber('OLD.day'))}
        ${refreshWindows(dayNumber('NEW.day'), 'OLD.day IS NOT NEW.day')}
      END;

      CREATE TRIGGER entries_patterns_delete AFTER DELETE ON entries BEGIN
        DELETE FROM urge_windows WHERE day_number = ${dayNumber('OLD.day')};
        ${refreshWindows(dayNumber('OLD.day'))}
      END;
    `);
  },
};
