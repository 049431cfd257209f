// Patterns preferences live beside the journal's, in the encrypted database's meta table:
// which feelings someone follows and whether self-harm days are shown are personal.
// The week start is an app setting (settings.json), shared with the journal's history.
import type { PatternsPreferences, WeekStart } from '../../../shared/contract/patterns.ts';
import type { Db } from '../db/database.ts';
import type { ReadDb } from '../db/statements.ts';
import { readMeta, writeMeta } from '../db/meta.ts';

const SELF_HARM_DAYS = 'patterns.selfHarmDays';
const EMOTIONS = 'patterns.emotions';

function readFollowed(db: ReadDb): string[] {
  try {
    const parsed: unknown = JSON.parse(readMeta(db, EMOTIONS) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((e): e is string => typeof e === 'string') : [];
  } catch {
    return []; // A damaged value falls back to "the ones you noted most".
  }
}

export function readPatternsPreferences(db: ReadDb, weekStart: WeekStart): PatternsPreferences {
  return {
    weekStart,
    selfHarmDays: readMeta(db, SELF_HARM_DAYS) === 'hidden' ? 'hidden' : 'markers',
    emotions: readFollowed(db),
  };
}

/** Keeps the emotions followed on the Patterns page in step when the person renames one. */
export function renameFollowedEmotion(db: Db, from: string, to: string): void {
  const followed = readFollowed(db);
  if (!followed.includes(from)) return;
  const renamed = [...new Set(followed.map((name) => (name === from ? to : name)))];
  writeMeta(db, EMOTIONS, JSON.stringify(renamed));
}

export function setPatternsPreferences(db: Db, input: { selfHarmDays?: 'markers' | 'hidden'; emotions?: string[] }): void {
  db.transaction(() => {
    if (input.selfHarmDays !== undefined) writeMeta(db, SELF_HARM_DAYS, input.selfHarmDays);
    if (input.emotions !== undefined) writeMeta(db, EMOTIONS, JSON.stringify([...new Set(input.emotions)]));
  })();
}
