// Daylio's backup file (.daylio): a zip archive whose entry "backup.daylio" is base64 text of one
// JSON document: customMoods (id, custom_name, predefined_name_id, mood_group_id 1 = best … 5),
// tags (id, name) and dayEntries (year, month from 0, day, hour, minute, mood id, tag ids,
// note_title, note with simple HTML). Photos and other entries of the archive are not read.
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { HarborError } from '../../../shared/result.ts';
import { keyMaker, readDay, type ParsedFile } from './source-rows.ts';

/** The JSON inside is far smaller than this even for many years with long notes. */
const MAX_INNER_BYTES = 64 * 1024 * 1024;
const predefinedMoodNames: Record<number, string> = { 1: 'rad', 2: 'good', 3: 'meh', 4: 'bad', 5: 'awful' };

const backup = z.object({
  customMoods: z
    .array(
      z.looseObject({
        id: z.number(),
        custom_name: z.string().nullish(),
        predefined_name_id: z.number().nullish(),
        mood_group_id: z.number().int().min(1).max(5),
      }),
    )
    .max(1000),
  tags: z.array(z.looseObject({ id: z.number(), name: z.string() })).max(20_000).default([]),
  dayEntries: z.array(z.unknown()).max(500_000),
});

const dayEntry = z.looseObject({
  year: z.number().int(),
  month: z.number().int(),
  day: z.number().int(),
  hour: z.number().int().min(0).max(23).nullish(),
  minute: z.number().int().min(0).max(59).nullish(),
  mood: z.number().nullish(),
  tags: z.array(z.number()).max(2000).default([]),
  note_title: z.string().nullish(),
  note: z.string().nullish(),
});

export function readDaylioBackup(bytes: Uint8Array, name: string): ParsedFile {
  const json = innerJson(bytes, name);
  const parsedBackup = backup.safeParse(json);
  if (!parsedBackup.success) throw notABackup(name);
  const { customMoods, tags, dayEntries } = parsedBackup.data;
  const moodNames = new Map<number, { label: string; level: number }>();
  for (const mood of customMoods) {
    const label = mood.custom_name?.trim() || predefinedMoodNames[mood.predefined_name_id ?? 0] || `mood ${mood.id}`;
    moodNames.set(mood.id, { label, level: 6 - mood.mood_group_id });
  }
  const tagNames = new Map(tags.map((t) => [t.id, t.name.replace(/\s+/g, ' ').trim()]));
  const key = keyMaker('daylio');
  const parsed: ParsedFile = { format: 'daylio-backup', rows: [], lapses: [], bad: [], unused: 0, moodDefaults: new Map(), table: null };
  dayEntries.forEach((raw, index) => {
    const line = index + 1;
    const entry = dayEntry.safeParse(raw);
    if (!entry.success) {
      parsed.bad.push({ line, reason: 'This entry is missing its date.' });
      return;
    }
    const e = entry.data;
    const day = readDay(`${e.year}-${e.month + 1}-${e.day}`);
    if (!day) {
      parsed.bad.push({ line, reason: `The date ${e.year}-${e.month + 1}-${e.day} is not a day on the calendar.` });
      return;
    }
    const mood = e.mood === null || e.mood === undefined ? null : (moodNames.get(e.mood) ?? null);
    if (e.mood !== null && e.mood !== undefined && !mood) {
      parsed.bad.push({ line, reason: 'This entry’s mood is not among the backup’s moods.' });
      return;
    }
    if (mood && !parsed.moodDefaults.has(mood.label)) parsed.moodDefaults.set(mood.label, mood.level);
    const time = e.hour === null || e.hour === undefined ? null : `${String(e.hour).padStart(2, '0')}:${String(e.minute ?? 0).padStart(2, '0')}`;
    const title = plainText(e.note_title ?? '');
    const note = plainText(e.note ?? '');
    parsed.rows.push({
      line,
      key: key(day, time, mood?.label ?? null),
      day,
      time,
      mood: mood?.label ?? null,
      activities: [...new Set(e.tags.map((id) => tagNames.get(id)).filter((t): t is string => Boolean(t)))],
      note: title && note ? `${title}\n${note}` : title || note,
      sleepHours: null,
    });
  });
  // Daylio keeps the newest first; the order does not matter for planning but lines do.
  return parsed;
}

function innerJson(bytes: Uint8Array, name: string): unknown {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'backup.daylio' && file.originalSize <= MAX_INNER_BYTES });
  } catch {
    throw notABackup(name);
  }
  const inner = files['backup.daylio'];
  if (!inner || inner.length > MAX_INNER_BYTES) throw notABackup(name);
  try {
    const base64 = new TextDecoder('utf-8', { fatal: true }).decode(inner).replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new Error('not base64');
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64, 'base64')).replace(/^\uFEFF/, ''));
  } catch {
    throw notABackup(name);
  }
}

/** Daylio's notes carry simple HTML (line breaks, lists, bold): kept as plain lines. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function notABackup(name: string): HarborError {
  return new HarborError(
    'invalid_input',
    `Harbor could not read ${name} as a Daylio backup. In Daylio, choose Backup & Restore, make a new backup and choose that file. Nothing was imported.`,
  );
}
