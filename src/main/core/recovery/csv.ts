// CSV as RFC 4180 says: comma-separated, CRLF line ends, a field quoted when it holds a comma,
// a quote or a line break, quotes doubled inside. A UTF-8 byte order mark first, so spreadsheet
// programs read accents and other scripts correctly.
import type { DiaryCard } from './diary-card.ts';
import { formatShortWeekday } from '../../../shared/calendar.ts';

export const CSV_BOM = '\uFEFF';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One rectangular table: a header row of days (ISO dates, for spreadsheets), a row of weekdays, then one row per thing tracked. */
export function diaryCardCsv(card: DiaryCard): string {
  return (
    CSV_BOM +
    toCsv([
      ['Diary card', ...card.days],
      ['Day', ...card.days.map((day) => formatShortWeekday(day))],
      ...card.rows.map((row) => [row.label, ...row.values]),
    ])
  );
}

