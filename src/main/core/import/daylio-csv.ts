// Daylio's CSV export: full_date,date,weekday,time,mood,activities,note_title,note, newest first,
// activities joined with " | ", moods named by the person (Daylio's five or their own words).
import type { Table } from './csv-table.ts';
import { column } from './csv-table.ts';
import { guessMoodLevel, keyMaker, quoted, readDay, readTime, type ParsedFile } from './source-rows.ts';

export function isDaylioTable(headers: string[]): boolean {
  return column(headers, 'full_date') !== -1 && column(headers, 'mood') !== -1 && column(headers, 'activities') !== -1;
}

export function readDaylioTable(table: Table): ParsedFile {
  const at = {
    day: column(table.headers, 'full_date'),
    time: column(table.headers, 'time'),
    mood: column(table.headers, 'mood'),
    activities: column(table.headers, 'activities'),
    title: column(table.headers, 'note_title'),
    note: column(table.headers, 'note'),
  };
  const key = keyMaker('daylio');
  const parsed: ParsedFile = { format: 'daylio-csv', rows: [], lapses: [], bad: [], unused: 0, moodDefaults: new Map(), table: null };
  for (const { line, cells } of table.rows) {
    const cell = (i: number) => (i === -1 ? '' : (cells[i] ?? ''));
    const day = readDay(cell(at.day));
    if (!day) {
      parsed.bad.push({
        line,
        reason: cell(at.day) ? `The date ${quoted(cell(at.day))} is not a day on the calendar.` : 'This row has no date.',
      });
      continue;
    }
    const mood = cell(at.mood) || null;
    const time = readTime(cell(at.time));
    if (mood && !parsed.moodDefaults.has(mood)) parsed.moodDefaults.set(mood, guessMoodLevel(mood));
    const title = cell(at.title);
    const note = cell(at.note);
    parsed.rows.push({
      line,
      key: key(day, time, mood),
      day,
      time,
      mood,
      activities: splitActivities(cell(at.activities)),
      note: title && note ? `${title}\n${note}` : title || note,
      sleepHours: null,
    });
  }
  return parsed;
}

export function splitActivities(cell: string, separator = '|'): string[] {
  return [...new Set(cell.split(separator).map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}
