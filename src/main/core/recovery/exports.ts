// Makes the bytes of every export in the core, so the harness and the desktop app produce
// exactly the same files; only the delivery differs (see export-port.ts).
import type { ExportFormat, ExportResult } from '../../../shared/contract/recovery.ts';
import type { Db } from '../db/database.ts';
import { calendarDayOf, type WeekStart } from '../../../shared/calendar.ts';
import { diaryCardCsv } from './csv.ts';
import { buildDiaryCard } from './diary-card.ts';
import type { ExportFile, SaveFilePort } from './export-port.ts';
import { journalJson, journalMarkdown, readJournalRange } from './journal-export.ts';
import { diaryCardPdf } from './pdf.ts';
import { word } from '../../../shared/vocabulary.ts';

export interface ExportRequest {
  format: ExportFormat;
  from: string;
  to: string;
  includeNotes: boolean;
}

const encoder = new TextEncoder();

/**
 * `discreetMode` gives the suggested file name neutral words ("notes-…" instead of "diary-card-…");
 * `weekStart` lays the PDF's pages out by the person's week.
 */
export async function makeExport(
  db: Db,
  request: ExportRequest,
  now: Date,
  { discreetMode = false, weekStart = 'monday' }: { discreetMode?: boolean; weekStart?: WeekStart } = {},
): Promise<ExportFile> {
  const { format, from, to } = request;
  const range = `${from}-to-${to}`;
  const diaryCard = word('diaryCardFile', discreetMode);
  const journal = word('journalFile', discreetMode);
  const today = calendarDayOf(now);
  switch (format) {
    case 'diary-csv': {
      const card = buildDiaryCard(db, request);
      return { fileName: `${diaryCard}-${range}.csv`, mimeType: 'text/csv;charset=utf-8', bytes: encoder.encode(diaryCardCsv(card)) };
    }
    case 'diary-pdf': {
      const card = buildDiaryCard(db, request);
      return { fileName: `${diaryCard}-${range}.pdf`, mimeType: 'application/pdf', bytes: await diaryCardPdf(card, today, weekStart) };
    }
    case 'journal-md':
      return {
        fileName: `${journal}-${range}.md`,
        mimeType: 'text/markdown;charset=utf-8',
        bytes: encoder.encode(journalMarkdown(readJournalRange(db, from, to), today)),
      };
    case 'journal-json':
      return {
        fileName: `${journal}-${range}.json`,
        mimeType: 'application/json',
        bytes: encoder.encode(journalJson(readJournalRange(db, from, to), now)),
      };
  }
}

/** Saves through the desktop app's dialog when there is one, otherwise hands the page the content. */
export async function deliver(file: ExportFile, port: SaveFilePort | null): Promise<ExportResult> {
  if (port) {
    const path = await port.save(file);
    return path === null ? { delivery: 'cancelled' } : { delivery: 'saved', fileName: path.replaceAll('\\', '/').split('/').pop() ?? file.fileName };
  }
  const binary = file.mimeType === 'application/pdf';
  return {
    delivery: 'download',
    fileName: file.fileName,
    mimeType: file.mimeType,
    encoding: binary ? 'base64' : 'utf8',
    // ignoreBOM keeps the CSV's byte order mark in the text instead of dropping it.
    content: binary ? Buffer.from(file.bytes).toString('base64') : new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes),
  };
}
