// Bearable's CSV export, one row per thing tracked: date, date formatted, weekday, time of day,
// category, rating/amount, detail, notes. Mood rows give the mood (a number), sleep rows the hours
// slept, note rows the day's words; factors, symptoms and the like become activities by their detail.
import type { Table } from './csv-table.ts';
import { column } from './csv-table.ts';
import { guessMoodLevel, keyMaker, quoted, readDay, type ParsedFile } from './source-rows.ts';

export function isBearableTable(headers: string[]): boolean {
  return column(headers, 'category') !== -1 && column(headers, 'rating/amount') !== -1 && column(headers, 'date formatted', 'date') !== -1;
}

export function readBearableTable(table: Table): ParsedFile {
  const at = {
    formatted: column(table.headers, 'date formatted'),
    date: column(table.headers, 'date'),
    category: column(table.headers, 'category'),
    amount: column(table.headers, 'rating/amount'),
    detail: column(table.headers, 'detail'),
    notes: column(table.headers, 'notes'),
  };
  const key = keyMaker('bearable');
  const parsed: ParsedFile = { format: 'bearable-csv', rows: [], lapses: [], bad: [], unused: 0, moodDefaults: new Map(), table: null };
  const moodLabels: string[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (i: number) => (i === -1 ? '' : (cells[i] ?? ''));
    const written = cell(at.formatted) || cell(at.date);
    const day = readDay(cell(at.formatted)) ?? readDay(cell(at.date));
    if (!day) {
      parsed.bad.push({ line, reason: written ? `The date ${quoted(written)} is not a day on the calendar.` : 'This row has no date.' });
      continue;
    }
    const category = cell(at.category).toLowerCase();
    const amount = cell(at.amount);
    const detail = cell(at.detail);
    const notes = cell(at.notes);
    const row = { line, key: key(day, category, amount, detail, notes), day, time: null, mood: null as string | null, activities: [] as string[], note: '', sleepHours: null as number | null };
    if (category.includes('mood')) {
      if (amount && guessMoodLevel(amount, 10) === null) {
        parsed.bad.push({ line, reason: `The mood ${quoted(amount)} is not a number Harbor can read.` });
        continue;
      }
      row.mood = amount || null;
      if (row.mood) moodLabels.push(row.mood);
      if (detail) row.activities = detail.split(',').map((d) => d.trim()).filter(Boolean);
      row.note = notes;
    } else if (category.includes('sleep') && !category.includes('quality') && amount) {
      const hours = sleepHours(amount);
      if (hours === null) {
        parsed.bad.push({ line, reason: `The sleep ${quoted(amount)} is not a number of hours Harbor can read.` });
        continue;
      }
      row.sleepHours = hours;
      row.note = notes;
    } else if (category.includes('note')) {
      row.note = notes || detail;
    } else {
      if (detail) row.activities = [detail.replace(/\s+/g, ' ')];
      row.note = notes;
    }
    if (row.mood === null && row.sleepHours === null && row.activities.length === 0 && row.note === '') {
      parsed.unused += 1;
      continue;
    }
    parsed.rows.push(row);
  }
  // Bearable rates mood out of 10 in its exports; a file with only 1 to 5 is read as five steps.
  const scale = moodLabels.some((m) => Number(m) > 5) ? 10 : 5;
  for (const label of moodLabels) if (!parsed.moodDefaults.has(label)) parsed.moodDefaults.set(label, guessMoodLevel(label, scale));
  return parsed;
}

/** "7.5", "7,5" or "07:30" as hours in half-hour steps, or null. */
function sleepHours(value: string): number | null {
  const clock = /^(\d{1,2}):(\d{2})$/.exec(value);
  const hours = clock ? Number(clock[1]) + Number(clock[2]) / 60 : Number(value.replace(',', '.'));
  if (!Number.isFinite(hours) || hours < 0 || hours > 24) return null;
  return Math.round(hours * 2) / 2;
}
