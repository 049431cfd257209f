// A CSV file as a header and rows, each row with the line it starts on (quoted notes may span
// several lines), so a bad row can be named by the line a person sees in a text editor.
import { parse } from 'csv-parse/sync';
import { HarborError } from '../../../shared/result.ts';

export interface TableRow {
  line: number;
  cells: string[];
}

export interface Table {
  headers: string[];
  rows: TableRow[];
}

/** `text` has plain newlines only (see file-text.ts). */
export function readTable(text: string, name: string): Table {
  let records: { record: string[]; raw: string }[];
  const delimiter = detectDelimiter(text);
  try {
    records = parse(text, { raw: true, relax_column_count: true, relax_quotes: true, delimiter }) as unknown as typeof records;
  } catch {
    const line = unclosedQuoteLine(text, delimiter);
    throw new HarborError(
      'invalid_input',
      `Harbor could not read ${name} as a table${line ? ` (a quote opened on line ${line} is never closed)` : ''}. Export it again from the app and choose it here. Nothing was imported.`,
    );
  }
  let line = 1;
  const all: TableRow[] = [];
  for (const { record, raw } of records) {
    all.push({ line, cells: record.map((cell) => cell.trim()) });
    line += raw.match(/\n/g)?.length ?? 0;
  }
  const rows = all.filter((row) => row.cells.some((cell) => cell !== ''));
  const header = rows.shift();
  if (!header) throw new HarborError('invalid_input', `${name} has no rows. Choose the file the app exported. Nothing was imported.`);
  return { headers: header.cells, rows };
}

/** The line of a quote that opens a field and never closes, or null. */
function unclosedQuoteLine(text: string, delimiter: string): number | null {
  let line = 1;
  let openedAt: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    if (ch !== '"') continue;
    if (openedAt !== null) {
      if (text[i + 1] === '"') i += 1;
      else openedAt = null;
    } else if (i === 0 || text[i - 1] === delimiter || text[i - 1] === '\n') {
      openedAt = line;
    }
  }
  return openedAt;
}

/** Comma unless the first line clearly uses semicolons or tabs (spreadsheets in many languages do). */
function detectDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const count = (c: string) => first.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return best && count(best) > 0 ? best : ',';
}

/** The index of the first header matching one of the names (ignoring case and spaces), or -1. */
export function column(headers: string[], ...names: string[]): number {
  const keys = headers.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const at = keys.indexOf(name.toLowerCase());
    if (at !== -1) return at;
  }
  return -1;
}
