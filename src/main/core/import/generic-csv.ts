// Any other app's table: the person says which column holds the date, the mood, the note and the
// tags (Harbor guesses from the column names first).
import type { ColumnMapping } from '../../../shared/contract/import.ts';
import type { Table } from './csv-table.ts';
import { splitActivities } from './daylio-csv.ts';
import { guessMoodLevel, keyMaker, quoted, readDay, readTime, type ParsedFile } from './source-rows.ts';

export function guessColumns(headers: string[]): ColumnMapping {
  const find = (pattern: RegExp) => headers.find((h) => pattern.test(h.toLowerCase())) ?? null;
  return {
    date: find(/date|day|datum|fecha|data|日付|تاريخ/) ?? headers[0] ?? '',
    mood: find(/mood|stimmung|humeur|nastr|気分|مزاج/),
    note: find(/note|text|journal|entry|comment|notiz|notatk|メモ|ملاحظ/),
    tags: find(/tag|activit|factor|aktywno|タグ|نشاط/),
    tagSeparator: ',',
  };
}

export function readGenericTable(table: Table, chosen: ColumnMapping | null): ParsedFile {
  const columns = chosen ?? guessColumns(table.headers);
  const index = (name: string | null) => (name === null ? -1 : table.headers.indexOf(name));
  const at = { date: index(columns.date), mood: index(columns.mood), note: index(columns.note), tags: index(columns.tags) };
  const key = keyMaker('table');
  const parsed: ParsedFile = { format: 'generic-csv', rows: [], lapses: [], bad: [], unused: 0, moodDefaults: new Map(), table: { headers: table.headers, columns } };
  const moodLabels: string[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (i: number) => (i === -1 ? '' : (cells[i] ?? ''));
    const written = cell(at.date);
    const day = readDay(written);
    if (!day) {
      parsed.bad.push({
        line,
        reason: written ? `The date ${quoted(written)} is not one Harbor can read. Dates like 2024-03-14 or 14.03.2024 work.` : 'This row has no date.',
      });
      continue;
    }
    const mood = cell(at.mood) || null;
    if (mood) moodLabels.push(mood);
    const row = {
      line,
      key: key(...cells),
      day,
      time: readTime(written.slice(10).replace(/^[T\s]/, '')),
      mood,
      activities: splitActivities(cell(at.tags), columns.tagSeparator),
      note: cell(at.note),
      sleepHours: null,
    };
    if (!row.mood && row.activities.length === 0 && !row.note) {
      parsed.unused += 1;
      continue;
    }
    parsed.rows.push(row);
  }
  const scale = moodLabels.some((m) => Number(m) > 5) ? 10 : 5;
  for (const label of moodLabels) if (!parsed.moodDefaults.has(label)) parsed.moodDefaults.set(label, guessMoodLevel(label, scale));
  return parsed;
}
