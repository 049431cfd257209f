// What every file format becomes before planning: rows of one day each, with a stable key so the
// same row imported twice is recognised, and the rows that could not be used, with their line.
import type { ExportedHope } from '../coping/hope-transfer.ts';
import { createHash } from 'node:crypto';
import { isCalendarDay, type CheckIn } from '../../../shared/contract/journal.ts';
import type { BadImportRow, ColumnMapping, ImportFormat } from '../../../shared/contract/import.ts';
import type { Reflection } from '../../../shared/contract/recovery.ts';
import type { StoredPlan } from '../coping/cope-ahead.ts';
import type { ImportedUse } from '../coping/uses-transfer.ts';

export interface SourceRow {
  /** The line the row starts on (for JSON: the entry's number in the file). */
  line: number;
  key: string;
  day: string;
  /** "HH:MM" when the file says, for ordering a day's rows. */
  time: string | null;
  /** The mood as the file names it. */
  mood: string | null;
  activities: string[];
  note: string;
  sleepHours: number | null;
  /** Harbor's own export: the check-in as it was written, with its times. */
  checkIn?: { value: CheckIn; createdAt: number; updatedAt: number };
}

/** A lapse note from Harbor's own export. */
export interface SourceLapse {
  key: string;
  day: string;
  recordedAt: number;
  reflectedAt: number | null;
  reflection: Reflection;
  planChanges: { kind: 'warning_sign' | 'coping_item'; text: string; madeAt: number }[];
}

export interface ParsedFile {
  format: ImportFormat;
  rows: SourceRow[];
  lapses: SourceLapse[];
  bad: BadImportRow[];
  /** Rows with nothing Harbor keeps. */
  unused: number;
  /** The level each mood label maps to unless the person changes it. */
  moodDefaults: Map<string, number | null>;
  table: { headers: string[]; columns: ColumnMapping } | null;
  /** Harbor's own export: urge-timer uses (keyed by their own id) and cope-ahead plans. */
  uses?: ImportedUse[];
  plans?: (StoredPlan & { key: string })[];
  /** The hope box, each item with the type its bytes show (remembered like rows, by key). */
  hope?: { item: ExportedHope; media: { mime: string | null; bytes: Buffer | null }; key: string }[];
}

/** Makes keys from a row's identifying parts; the same parts twice in one file get #2, #3… */
export function keyMaker(format: string): (...parts: (string | null)[]) => string {
  const seen = new Map<string, number>();
  return (...parts) => {
    const hash = createHash('sha256').update([format, ...parts.map((p) => p ?? '')].join('\u0000')).digest('base64url').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return n === 1 ? hash : `${hash}#${n}`;
  };
}

/** 2024-03-14, 2024-03-14T20:15…, 2024/03/14 or 14.03.2024 as YYYY-MM-DD, or null. */
export function readDay(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(text);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [year, month, date] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dotted ? [dotted[3]!, dotted[2]!, dotted[1]!] : [];
  if (!year || !month || !date) return null;
  const day = `${year}-${month.padStart(2, '0')}-${date.padStart(2, '0')}`;
  return isCalendarDay(day) ? day : null;
}

/** "20:15", "8:15 PM" or "8:15 pm" as "HH:MM", or null. */
export function readTime(value: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?$/i.exec(value.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Quoted for a reason a person reads: long values cut, line breaks shown as spaces. */
export function quoted(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 40 ? `${flat.slice(0, 40)}…` : flat}”`;
}

/** Words other apps use for a five-step mood scale, best first. */
const moodWordLevels: Record<string, number> = {
  rad: 5,
  good: 4,
  meh: 3,
  bad: 2,
  awful: 1,
  'very good': 5,
  great: 5,
  okay: 3,
  ok: 3,
  neutral: 3,
  low: 2,
  'very low': 1,
  terrible: 1,
};

/** A mood label's likely level: a known word, or a number on a 1–5 or 1–10 scale; null when unsure. */
export function guessMoodLevel(label: string, scaleMax = 5): number | null {
  const known = moodWordLevels[label.trim().toLowerCase()];
  if (known) return known;
  const value = Number(label.replace(',', '.'));
  if (!Number.isFinite(value) || label.trim() === '') return null;
  if (scaleMax <= 5) return value >= 1 && value <= 5 ? Math.round(value) : null;
  return value >= 0 && value <= 10 ? Math.min(5, Math.max(1, Math.ceil(value / 2))) : null;
}
