// Patterns preferences live beside the journal's, in the encrypted database's meta table:
// which feelings someone follows and whether self-harm days are shown are personal.
import type { PatternsPreferences, WeekStart } from '../../../shared/contract/patterns.ts';
import type { Db } from '../database.ts';
import { sql } from '../journal/statements.ts';

const WEEK_START = 'patterns.weekStart';
const SELF_HARM_DAYS = 'patterns.selfHarmDays';
const EMOTIONS = 'patterns.emotions';

let systemLocale: string | undefined;

/** The locale's first day of the week; Monday unless the locale says Sunday. */
export function localeWeekStart(locale = (systemLocale ??= Intl.DateTimeFormat().resolvedOptions().locale)): WeekStart {
  try {
    const info = (new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }).getWeekInfo?.();
    return info?.firstDay === 7 ? 'sunday' : 'monday';
  } catch {
    return 'monday';
  }
}

function read(db: Db, key: string): string | undefined {
  return (sql(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function readPatternsPreferences(db: Db): PatternsPreferences {
  const weekStart = read(db, WEEK_START);
  const chosen = weekStart === 'monday' || weekStart === 'sunday';
  let emotions: string[] = [];
  try {
    const parsed: unknown = JSON.parse(read(db, EMOTIONS) ?? '[]');
    if (Array.isArray(parsed)) emotions = parsed.filter((e): e is string => typeof e === 'string');
  } catch {
    // A damaged value falls back to "the ones you noted most".
  }
  return {
    weekStart: chosen ? weekStart : localeWeekStart(),
    weekStartChosen: chosen,
    selfHarmDays: read(db, SELF_HARM_DAYS) === 'hidden' ? 'hidden' : 'markers',
    emotions,
  };
}

export function setPatternsPreferences(
  db: Db,
  input: { weekStart?: WeekStart; selfHarmDays?: 'markers' | 'hidden'; emotions?: string[] },
): PatternsPreferences {
  const put = sql(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    if (input.weekStart !== undefined) put.run(WEEK_START, input.weekStart);
    if (input.selfHarmDays !== undefined) put.run(SELF_HARM_DAYS, input.selfHarmDays);
    if (input.emotions !== undefined) put.run(EMOTIONS, JSON.stringify([...new Set(input.emotions)]));
  })();
  return readPatternsPreferences(db);
}
