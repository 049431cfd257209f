// Which kind of file arrived, and its rows: a zip is a Daylio backup, Harbor's JSON export is
// recognised by its marker, and a table by its columns (Daylio, Bearable, or any other).
import type { ColumnMapping } from '../../../shared/contract/import.ts';
import { readTable } from './csv-table.ts';
import { readBearableTable, isBearableTable } from './bearable-csv.ts';
import { readDaylioBackup } from './daylio-backup.ts';
import { isDaylioTable, readDaylioTable } from './daylio-csv.ts';
import { fileText, looksLikeZip } from './file-text.ts';
import { readGenericTable } from './generic-csv.ts';
import { isHarborExport, readHarborExport } from './harbor-json.ts';
import type { ParsedFile } from './source-rows.ts';

export function readImportFile(bytes: Uint8Array, name: string, columns: ColumnMapping | null): ParsedFile {
  if (looksLikeZip(bytes)) return readDaylioBackup(bytes, name);
  const text = fileText(bytes, name);
  if (isHarborExport(text)) return readHarborExport(text, name);
  const table = readTable(text, name);
  if (columns === null && isDaylioTable(table.headers)) return readDaylioTable(table);
  if (columns === null && isBearableTable(table.headers)) return readBearableTable(table);
  return readGenericTable(table, columns);
}
