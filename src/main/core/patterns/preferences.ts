// Patterns preferences live beside the journal's, in the encrypted database's meta table:
// which feelings someone follows and whether self-harm days are shown are personal.
// The week start is an app setting (settings.json), shared with the journal's history.
import type { PatternsPreferences, WeekStart } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';

const SELF_HARM_DAYS = 'patterns.selfHarmDays';
const EMOTIONS = 'patterns.emotions';

function read(db: Db, key: string): string | undefined {
  return (sql(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

function readFollowed(db: Db): string[] {
  try {
    const parsed: unknown = JSON.parse(read(db, EMOTIONS) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((e): e is string => typeof e === 'string') : [];
  } catch {
    return []; // A damaged value falls back to "the ones you noted most".
  }
}

export function readPatternsPreferences(db: Db, weekStart: WeekStart): PatternsPreferences {
  return {
    weekStart,
    selfHarmDays: read(db, SELF_HARM_DAYS) === 'hidden' ? 'hidden' : 'markers',
    emotions: readFollowed(db),
  };
}

/** Keeps the emotions followed on the Patterns page in step when the person renames one. */
export function renameFollowedEmotion(db: Db, from: string, to: string): void {
  const followed = readFollowed(db);
  if (!followed.includes(from)) return;
  const renamed = [...new Set(followed.map((name) => (name === from ? to : name)))];
  sql(db, 'UPDATE meta SET value = ? WHERE key = ?').run(JSON.stringify(renamed), EMOTIONS);
}

export function setPatternsPreferences(
  db: Db,
  input: { selfHarmDays?: 'markers' | 'hidden'; emotions?: string[] },
  weekStart: WeekStart,
): PatternsPreferences {
  const put = sql(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    if (input.selfHarmDays !== undefined) put.run(SELF_HARM_DAYS, input.selfHarmDays);
    if (input.emotions !== undefined) put.run(EMOTIONS, JSON.stringify([...new Set(input.emotions)]));
  })();
  return readPatternsPreferences(db, weekStart);
}
