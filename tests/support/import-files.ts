// Files in the real formats of other apps, made for tests and the bench: Daylio's CSV export,
// Daylio's .daylio backup (a zip holding base64 JSON) and Bearable's CSV export.
import { strToU8, zipSync } from 'fflate';

export interface DaylioRow {
  day: string;
  time: string;
  mood: string;
  activities: string[];
  title?: string;
  note?: string;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLines(rows: string[][], options: { bom?: boolean; crlf?: boolean } = {}): string {
  const eol = options.crlf ? '\r\n' : '\n';
  const body = rows.map((r) => r.map(csvField).join(',')).join(eol) + eol;
  return (options.bom ? '\uFEFF' : '') + (options.crlf ? body.replace(/(?<!\r)\n/g, '\r\n') : body);
}

/** Daylio's export, newest first, as the app writes it. `raw` rows are written as given (to make bad rows). */
export function daylioCsv(rows: (DaylioRow | { raw: string[] })[], options: { bom?: boolean; crlf?: boolean } = {}): string {
  const header = ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'note_title', 'note'];
  const lines = rows.map((row) => {
    if ('raw' in row) return row.raw;
    const date = new Date(`${row.day}T12:00:00Z`);
    return [
      row.day,
      `${months[date.getUTCMonth()]} ${date.getUTCDate()}`,
      weekdays[date.getUTCDay()]!,
      row.time,
      row.mood,
      row.activities.join(' | '),
      row.title ?? '',
      row.note ?? '',
    ];
  });
  return csvLines([header, ...lines], options);
}

export interface DaylioBackupData {
  moods: { id: number; name: string | null; predefined: number; group: number }[];
  tags: { id: number; name: string }[];
  entries: { day: string; hour: number; minute: number; mood: number; tags: number[]; title?: string; note?: string }[];
}

/** A .daylio backup: zip → "backup.daylio" → base64 → JSON, as Daylio writes it (plus an asset folder). */
export function daylioBackup(data: DaylioBackupData): Uint8Array {
  const json = {
    version: 15,
    isReminderOn: false,
    customMoods: data.moods.map((m) => ({
      id: m.id,
      custom_name: m.name ?? '',
      mood_group_id: m.group,
      mood_group_order: 0,
      icon_id: m.id,
      predefined_name_id: m.predefined,
      state: 0,
      createdAt: 1_600_000_000_000,
    })),
    tags: data.tags.map((t, i) => ({ id: t.id, name: t.name, createdAt: 1_600_000_000_000, icon: 1, order: i, state: 0, id_tag_group: 1 })),
    dayEntries: data.entries.map((e, i) => {
      const [year, month, day] = e.day.split('-').map(Number) as [number, number, number];
      return {
        id: i + 1,
        minute: e.minute,
        hour: e.hour,
        day,
        month: month - 1,
        year,
        datetime: Date.UTC(year, month - 1, day, e.hour, e.minute),
        timeZoneOffset: 3_600_000,
        mood: e.mood,
        note: e.note ?? '',
        note_title: e.title ?? '',
        tags: e.tags,
        assets: [],
      };
    }),
    achievements: [],
    goals: [],
    tag_groups: [{ id: 1, name: 'Activities', is_expanded: true, order: 0 }],
    metadata: { number_of_entries: data.entries.length, created_at: 1_700_000_000_000, is_auto_backup: false, platform: 'android', android_version: 34 },
  };
  const base64 = Buffer.from(JSON.stringify(json), 'utf8').toString('base64');
  return zipSync({ 'backup.daylio': strToU8(base64), 'assets/photos/': new Uint8Array(0) });
}

export interface BearableRow {
  day: string;
  category: string;
  amount: string;
  detail: string;
  notes: string;
}

/** Bearable's export: one row per thing tracked. */
export function bearableCsv(rows: BearableRow[], options: { bom?: boolean; crlf?: boolean } = {}): string {
  const header = ['date', 'date formatted', 'weekday', 'time of day', 'category', 'rating/amount', 'detail', 'notes'];
  return csvLines(
    [
      header,
      ...rows.map((r) => {
        const date = new Date(`${r.day}T12:00:00Z`);
        return [`${r.day}T20:00:00.000Z`, r.day, weekdays[date.getUTCDay()]!, 'pm', r.category, r.amount, r.detail, r.notes];
      }),
    ],
    options,
  );
}

/** Ten years of evenings, newest first, the way a long-time Daylio user's export looks. */
export function tenYearsOfDaylio(endDay: string, days = 3650): string {
  const moods = ['rad', 'good', 'meh', 'bad', 'awful', 'zmęczona'];
  const activities = ['work', 'friends', 'family', 'sleep early', 'exercise', 'reading', 'arguments', 'praca', '散歩', 'قراءة'];
  const rows: DaylioRow[] = [];
  const end = Date.parse(`${endDay}T12:00:00Z`);
  for (let i = 0; i < days; i++) {
    const day = new Date(end - i * 86_400_000).toISOString().slice(0, 10);
    rows.push({
      day,
      time: `${8 + (i % 13)}:${String((i * 7) % 60).padStart(2, '0')}`,
      mood: moods[(i * 7) % moods.length]!,
      activities: [activities[i % activities.length]!, activities[(i * 3 + 1) % activities.length]!],
      title: i % 5 === 0 ? 'Wieczór' : '',
      note: i % 3 === 0 ? `Day ${i}: a quiet walk, "tea", then bed.\nDzień spokojny. 今日は静か. يوم هادئ.` : '',
    });
  }
  return daylioCsv(rows);
}
