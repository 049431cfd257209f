// The check-in repository: one entry per local day, its emotions, triggers, "what helped" and
// prompt answers, kept in step with the search index in the same transaction.
import { RESTORE_DAYS, type CheckIn, type Entry, type EntrySummary } from '../../../shared/contract/journal.ts';
import { HarborError } from '../../../shared/result.ts';
import type { Db } from '../db/database.ts';
import { readDayRecord, recordsOf } from '../record/day-record.ts';
import { discardDraft } from './drafts.ts';
import { weekStartOf, type WeekStart } from '../../../shared/calendar.ts';
import { emotionName } from './preferences.ts';
import { indexNewEntry, reindexEntries } from './search-index.ts';
import { sql } from './statements.ts';
import { tagId } from './tags.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const RESTORE_MS = RESTORE_DAYS * DAY_MS;

interface EntryRow {
  id: number;
  day: string;
  mood: number | null;
  peak_urge: number | null;
  self_harm: 'yes' | 'no' | 'unsaid' | null;
  text: string;
  sleep_hours: number | null;
  ate_regularly: number | null;
  medication_taken: number | null;
  exercised: number | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const bool = (value: number | null) => (value === null ? null : value === 1);
const bit = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

function liveRow(db: Db, day: string): EntryRow | undefined {
  return sql(db, 'SELECT * FROM entries WHERE day = ? AND deleted_at IS NULL').get(day) as EntryRow | undefined;
}

function toEntry(db: Db, row: EntryRow): Entry {
  const emotions = sql(db, 'SELECT emotion AS name, rating FROM entry_emotions WHERE entry_id = ? ORDER BY emotion').all(row.id) as Entry['emotions'];
  const triggers = sql(
    db,
    `SELECT t.id, t.name, t.kind FROM entry_triggers et JOIN triggers t ON t.id = et.trigger_id
      WHERE et.entry_id = ? ORDER BY t.kind, t.name_key`,
  ).all(row.id) as Entry['triggers'];
  const helped = sql(db, 'SELECT label, rating, coping_item_id AS copingItemId FROM entry_helped WHERE entry_id = ? ORDER BY position').all(
    row.id,
  ) as Entry['helped'];
  const prompts = sql(db, 'SELECT prompt_key AS key, answer FROM entry_prompts WHERE entry_id = ? ORDER BY id').all(row.id) as Entry['prompts'];
  const record = readDayRecord(db, row.day);
  return {
    day: row.day,
    mood: row.mood,
    emotions,
    peakUrge: row.peak_urge,
    // The day's answer, so the check-in never says "no" on a day with a lapse note.
    selfHarm: record.selfHarm,
    record,
    triggers,
    helped,
    reflection: row.text,
    prompts,
    extras: {
      sleepHours: row.sleep_hours,
      ateRegularly: bool(row.ate_regularly),
      medicationTaken: bool(row.medication_taken),
      exercised: bool(row.exercised),
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function readEntry(db: Db, day: string): Entry | null {
  const row = liveRow(db, day);
  return row ? toEntry(db, row) : null;
}

/**
 * Creates or replaces the day's check-in and clears its draft, all in one transaction. A check-in
 * that says "yes" gets a lapse note (a trigger of migration 008); `lapseNotes: 'remove'` removes the
 * day's notes when the check-in no longer says "yes".
 */
export function saveEntry(db: Db, day: string, checkIn: CheckIn, now: number, lapseNotes: 'keep' | 'remove' = 'keep'): Entry {
  return db.transaction(() => {
    writeEntry(db, day, checkIn, now, lapseNotes);
    return toEntry(db, liveRow(db, day)!);
  })();
}

/** saveEntry without its transaction and without reading the check-in back: for many days at once inside one transaction. */
export function writeEntry(db: Db, day: string, checkIn: CheckIn, now: number, lapseNotes: 'keep' | 'remove' = 'keep'): void {
  if (lapseNotes === 'remove' && checkIn.selfHarm !== 'yes') sql(db, 'DELETE FROM relapses WHERE day = ?').run(day);
  const existing = sql(db, 'SELECT * FROM entries WHERE day = ?').get(day) as EntryRow | undefined;
  // The children as they are now, so only what changed is rewritten (a save stays small on disk).
  const before = existing && existing.deleted_at === null ? toEntry(db, existing) : null;
  const { mood, peakUrge, selfHarm, reflection, extras } = checkIn;
  const values = [mood, peakUrge, selfHarm, reflection, extras.sleepHours, bit(extras.ateRegularly), bit(extras.medicationTaken), bit(extras.exercised)];
  const write = (id: number | null): number => {
    if (id === null) {
      return Number(
        sql(
          db,
          `INSERT INTO entries (day, mood, peak_urge, self_harm, text, sleep_hours, ate_regularly, medication_taken, exercised, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(day, ...values, now, now).lastInsertRowid,
      );
    }
    // Writing a day whose check-in was deleted starts a new check-in there; the old one is gone.
    sql(
      db,
      `UPDATE entries SET mood = ?, peak_urge = ?, self_harm = ?, text = ?, sleep_hours = ?, ate_regularly = ?,
         medication_taken = ?, exercised = ?, updated_at = ?,
         created_at = CASE WHEN deleted_at IS NULL THEN created_at ELSE ? END, deleted_at = NULL
       WHERE id = ?`,
    ).run(...values, now, now, id);
    return id;
  };
  let id: number;
  if (existing) {
    id = existing.id;
    reindexEntries(db, [id], () => {
      write(id);
      writeChildren(db, id, checkIn, before);
    });
  } else {
    id = write(null);
    writeChildren(db, id, checkIn, null);
    indexNewEntry(db, id);
  }
  discardDraft(db, day);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function writeChildren(db: Db, id: number, checkIn: CheckIn, before: Entry | null): void {
  const ratings = new Map<string, number>();
  for (const { name, rating } of checkIn.emotions) ratings.set(emotionName(db, name), rating);
  const emotions = [...ratings].map(([name, rating]) => ({ name, rating })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (!before || !same(emotions, before.emotions)) {
    sql(db, 'DELETE FROM entry_emotions WHERE entry_id = ?').run(id);
    const add = sql(db, 'INSERT INTO entry_emotions (entry_id, emotion, rating) VALUES (?, ?, ?)');
    for (const e of emotions) add.run(id, e.name, e.rating);
  }

  const triggerIds = [...new Set(checkIn.triggers.map(({ name, kind }) => tagId(db, name, kind)))].sort((a, b) => a - b);
  if (!before || !same(triggerIds, before.triggers.map((t) => t.id).sort((a, b) => a - b))) {
    sql(db, 'DELETE FROM entry_triggers WHERE entry_id = ?').run(id);
    const add = sql(db, 'INSERT INTO entry_triggers (entry_id, trigger_id) VALUES (?, ?)');
    for (const triggerId of triggerIds) add.run(id, triggerId);
  }

  for (const item of checkIn.helped) {
    if (item.copingItemId !== null && !sql(db, 'SELECT 1 FROM coping_items WHERE id = ?').get(item.copingItemId)) {
      throw new HarborError('invalid_input', `“${item.label}” is no longer in your coping box. Remove it or add it again as your own words.`);
    }
  }
  if (!before || !same(checkIn.helped, before.helped)) {
    sql(db, 'DELETE FROM entry_helped WHERE entry_id = ?').run(id);
    const add = sql(db, 'INSERT INTO entry_helped (entry_id, position, label, rating, coping_item_id) VALUES (?, ?, ?, ?, ?)');
    checkIn.helped.forEach((item, position) => add.run(id, position, item.label, item.rating, item.copingItemId));
  }

  const answers = new Map<string, string>();
  for (const { key, answer } of checkIn.prompts) if (answer.length > 0) answers.set(key, answer);
  const prompts = [...answers].map(([key, answer]) => ({ key, answer }));
  if (!before || !same(prompts, before.prompts)) {
    sql(db, 'DELETE FROM entry_prompts WHERE entry_id = ?').run(id);
    const add = sql(db, 'INSERT INTO entry_prompts (entry_id, prompt_key, answer) VALUES (?, ?, ?)');
    for (const p of prompts) add.run(id, p.key, p.answer);
  }
}

/** Soft delete: the check-in leaves history and search at once and can be restored for RESTORE_DAYS. */
export function deleteEntry(db: Db, day: string, now: number): { day: string; restorableUntil: number } {
  return db.transaction(() => {
    const row = liveRow(db, day);
    if (!row) throw new HarborError('not_found', 'There is no check-in for that day.');
    reindexEntries(db, [row.id], () => sql(db, 'UPDATE entries SET deleted_at = ? WHERE id = ?').run(now, row.id));
    discardDraft(db, day);
    return { day, restorableUntil: now + RESTORE_MS };
  })();
}

export function restoreEntry(db: Db, day: string, now: number): Entry {
  return db.transaction(() => {
    purgeExpired(db, now);
    const row = sql(db, 'SELECT id FROM entries WHERE day = ? AND deleted_at IS NOT NULL').get(day) as { id: number } | undefined;
    if (!row) throw new HarborError('not_found', 'There is no deleted check-in for that day to bring back.');
    reindexEntries(db, [row.id], () => sql(db, 'UPDATE entries SET deleted_at = NULL WHERE id = ?').run(row.id));
    return toEntry(db, liveRow(db, day)!);
  })();
}

export function deletedState(db: Db, day: string, now: number): { deletedAt: number; restorableUntil: number } | null {
  const row = sql(db, 'SELECT deleted_at FROM entries WHERE day = ? AND deleted_at > ?').get(day, now - RESTORE_MS) as { deleted_at: number } | undefined;
  return row ? { deletedAt: row.deleted_at, restorableUntil: row.deleted_at + RESTORE_MS } : null;
}

export function recentlyDeleted(db: Db, now: number) {
  purgeExpired(db, now);
  const rows = sql(db, 'SELECT day, deleted_at FROM entries WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC').all() as { day: string; deleted_at: number }[];
  return rows.map((r) => ({ day: r.day, deletedAt: r.deleted_at, restorableUntil: r.deleted_at + RESTORE_MS }));
}

/** Removes for good the check-ins deleted more than RESTORE_DAYS ago. Returns how many. */
export function purgeExpired(db: Db, now: number): number {
  return sql(db, 'DELETE FROM entries WHERE deleted_at IS NOT NULL AND deleted_at <= ?').run(now - RESTORE_MS).changes;
}

const EXCERPT_LENGTH = 160;

function excerptOf(text: string): string {
  // Counted in code points, so an emoji is never cut in half.
  const flat = Array.from(text.replace(/\s+/gu, ' ').trim());
  if (flat.length <= EXCERPT_LENGTH) return flat.join('');
  const cut = flat.slice(0, EXCERPT_LENGTH).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

export function history(
  db: Db,
  input: { before?: string; from?: string; to?: string; limit: number },
  weekStart: WeekStart = 'monday',
): { entries: EntrySummary[]; more: boolean } {
  const rows = sql(
    db,
    `SELECT e.day, e.mood,
            coalesce(nullif(substr(e.text, 1, 400), ''),
                     (SELECT substr(p.answer, 1, 400) FROM entry_prompts p WHERE p.entry_id = e.id ORDER BY p.id LIMIT 1), '') AS excerpt,
            (SELECT group_concat(t.name, char(31) ORDER BY t.kind, t.name_key)
               FROM entry_triggers et JOIN triggers t ON t.id = et.trigger_id WHERE et.entry_id = e.id) AS triggers
       FROM entries e
      WHERE e.day < ? AND e.day >= ? AND e.day <= ? AND e.deleted_at IS NULL
      ORDER BY e.day DESC
      LIMIT ?`,
  ).all(input.before ?? '9999-99-99', input.from ?? '0000-00-00', input.to ?? '9999-99-99', input.limit + 1) as {
    day: string;
    mood: number | null;
    excerpt: string;
    triggers: string | null;
  }[];
  const shown = rows.slice(0, input.limit);
  const records = recordsOf(db, shown.map((r) => r.day));
  return {
    entries: shown.map((r, i) => ({
      day: r.day,
      weekOf: weekStartOf(r.day, weekStart),
      mood: r.mood,
      record: records[i]!,
      triggers: r.triggers ? r.triggers.split('\u001f') : [],
      excerpt: excerptOf(r.excerpt),
    })),
    more: rows.length > input.limit,
  };
}
