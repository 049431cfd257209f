// The DBT-style diary card a person can take to their therapist: one column per day, one row per
// thing tracked. Built once from the database; CSV and PDF only lay it out.
import type { Db } from '../db/database.ts';
import { addDays, calendarDayOf, daysFrom, localMidnightMs } from '../../../shared/calendar.ts';
import type { DayRecord } from '../../../shared/contract/journal.ts';
import { readEntry } from '../journal/entries.ts';
import { recordsOf } from '../record/day-record.ts';

export type DiaryRowKind = 'mood' | 'emotion' | 'urge' | 'self-harm' | 'triggers' | 'coping' | 'notes';

export interface DiaryRow {
  kind: DiaryRowKind;
  label: string;
  /** One value per day of the card, '' where there is nothing to show. */
  values: string[];
}

export interface DiaryCard {
  from: string;
  to: string;
  days: string[];
  rows: DiaryRow[];
}

export const selfHarmWords = { yes: 'yes', no: 'no', unsaid: 'not said' } as const;

export function buildDiaryCard(db: Db, range: { from: string; to: string; includeNotes: boolean }): DiaryCard {
  const days = daysFrom(range.from, range.to);
  const entries = days.map((day) => readEntry(db, day));
  const records = recordsOf(db, days);
  const timer = timerUsesByDay(db, range.from, range.to);

  // Emotions rated at least once in the range, in the order of the person's emotion list.
  const rated = new Set(entries.flatMap((e) => e?.emotions.map((x) => x.name) ?? []));
  const order = (db.prepare('SELECT name FROM emotions ORDER BY position, id').all() as { name: string }[]).map((r) => r.name);
  const emotionNames = [...order.filter((n) => rated.has(n)), ...[...rated].filter((n) => !order.includes(n)).sort()];

  const rows: DiaryRow[] = [
    { kind: 'mood', label: 'Mood (1 very low to 5 very good)', values: entries.map((e) => num(e?.mood)) },
    ...emotionNames.map((name): DiaryRow => ({
      kind: 'emotion',
      label: `${name} (0 to 5)`,
      values: entries.map((e) => num(e?.emotions.find((x) => x.name === name)?.rating)),
    })),
    { kind: 'urge', label: 'Strongest urge (0 to 10)', values: records.map(urgeWords) },
    {
      kind: 'self-harm',
      label: 'Self-harm',
      values: records.map((r) => (r.selfHarm ? selfHarmWords[r.selfHarm] : '')),
    },
    { kind: 'triggers', label: 'Triggers', values: entries.map((e) => (e ? e.triggers.map((t) => t.name).join('; ') : '')) },
    {
      kind: 'coping',
      label: 'Coping used (how much it helped, 0 to 5)',
      values: days.map((day, i) => {
        const helped = entries[i]?.helped.map((h) => (h.rating === null ? h.label : `${h.label} (${h.rating})`)) ?? [];
        return [...helped, ...(timer.get(day) ?? [])].join('; ');
      }),
    },
  ];
  if (range.includeNotes) rows.push({ kind: 'notes', label: 'Notes', values: entries.map((e) => e?.reflection.trim() ?? '') });
  return { from: range.from, to: range.to, days, rows };
}

/** "7", or "8 (urge timer)" when the day's strongest rating came from the urge timer. */
export function urgeWords(record: DayRecord): string {
  if (record.strongestUrge === null) return '';
  return record.urgeSource === 'timer' ? `${record.strongestUrge} (urge timer)` : String(record.strongestUrge);
}

function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** "Urge timer: urge 8 to 3" for each finished urge-timer use, by the local day it started. */
function timerUsesByDay(db: Db, from: string, to: string): Map<string, string[]> {
  const rows = db
    .prepare(
      `SELECT u.started_at, u.urge_before, u.urge_after,
              (SELECT group_concat(i.title, ', ') FROM coping_use_items ui JOIN coping_items i ON i.id = ui.item_id WHERE ui.use_id = u.id) AS items
         FROM coping_uses u
        WHERE u.started_at >= ? AND u.started_at < ?
        ORDER BY u.started_at, u.id`,
    )
    .all(localMidnightMs(from), localMidnightMs(addDays(to, 1))) as {
    started_at: number;
    urge_before: number | null;
    urge_after: number | null;
    items: string | null;
  }[];
  const byDay = new Map<string, string[]>();
  for (const row of rows) {
    const day = calendarDayOf(new Date(row.started_at));
    const urge =
      row.urge_before !== null && row.urge_after !== null
        ? `urge ${row.urge_before} to ${row.urge_after}`
        : row.urge_before !== null
          ? `urge ${row.urge_before}`
          : '';
    const text = ['Urge timer', row.items ? `with ${row.items}` : '', urge ? `(${urge})` : ''].filter(Boolean).join(' ');
    byDay.set(day, [...(byDay.get(day) ?? []), text]);
  }
  return byDay;
}
