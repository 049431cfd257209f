// The one reader of a day's self-harm answer and strongest urge. Both live in the SQL view
// day_record (migration 008); the journal, history, search, the Recovery screen and every export
// read them through these functions, and Patterns' queries select from the same view.
import { daysBetween } from '../../../shared/calendar.ts';
import type { DayRecord } from '../../../shared/contract/journal.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';

const COLUMNS = `day, self_harm AS selfHarm, lapse_notes AS lapseNotes, strongest_urge AS strongestUrge, urge_source AS urgeSource`;

/** A day with nothing recorded. */
export function emptyRecord(day: string): DayRecord {
  return { day, selfHarm: null, lapseNotes: 0, strongestUrge: null, urgeSource: null };
}

export function readDayRecord(db: ReadDb, day: string): DayRecord {
  return (sql(db, `SELECT ${COLUMNS} FROM day_record WHERE day = ?`).get(day) as DayRecord | undefined) ?? emptyRecord(day);
}

/** The record of every day from `from` to `to` (both included) that has one, by day. */
export function readDayRecords(db: ReadDb, from: string, to: string): Map<string, DayRecord> {
  const rows = sql(db, `SELECT ${COLUMNS} FROM day_record WHERE day BETWEEN ? AND ? ORDER BY day`).all(from, to) as DayRecord[];
  return new Map(rows.map((r) => [r.day, r]));
}

/** Days spread over a span this many times longer than their number are read one by one. */
const SPREAD_OUT = 3;

/**
 * The record of each of `days` (a day with nothing recorded gets an empty one). Days close
 * together (a history page) are read as one span; days spread over years (a rare word's search
 * results) one by one, since reading the span between them would read every day of those years.
 */
export function recordsOf(db: ReadDb, days: readonly string[]): DayRecord[] {
  if (days.length === 0) return [];
  const sorted = [...days].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = daysBetween(first, last) + 1;
  if (span > days.length * SPREAD_OUT) return days.map((day) => readDayRecord(db, day));
  const found = readDayRecords(db, first, last);
  return days.map((day) => found.get(day) ?? emptyRecord(day));
}
