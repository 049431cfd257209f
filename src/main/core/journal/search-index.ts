// Full-text search. journal_fts is an FTS5 index whose content is the journal_search_source view
// (migration 002): it keeps no second copy of the text. An external-content index must be told
// exactly what it indexed before that text changes, so every write that changes searchable text
// goes through reindexEntries, inside the same transaction as the write.
import type { SnippetPart } from '../../../shared/contract/journal.ts';
import type { Db } from '../db/database.ts';
import { recordsOf } from '../record/day-record.ts';
import { weekStartOf, type WeekStart } from '../../../shared/calendar.ts';
import { sql } from './statements.ts';

interface SourceRow {
  id: number;
  reflection: string;
  answers: string;
  tags: string;
  helped: string;
}

const SOURCE = 'SELECT id, reflection, answers, tags, helped FROM journal_search_source WHERE id = ?';
const INDEX = 'INSERT INTO journal_fts (rowid, reflection, answers, tags, helped) VALUES (?, ?, ?, ?, ?)';
const UNINDEX = `INSERT INTO journal_fts (journal_fts, rowid, reflection, answers, tags, helped) VALUES ('delete', ?, ?, ?, ?, ?)`;

function sourceOf(db: Db, id: number): SourceRow | undefined {
  return sql(db, SOURCE).get(id) as SourceRow | undefined;
}

const sameSource = (a: SourceRow | undefined, b: SourceRow | undefined) =>
  a?.reflection === b?.reflection && a?.answers === b?.answers && a?.tags === b?.tags && a?.helped === b?.helped;

/** Indexes an entry that was not in the index before (a new check-in). */
export function indexNewEntry(db: Db, id: number): void {
  const next = sourceOf(db, id);
  if (next) sql(db, INDEX).run(next.id, next.reflection, next.answers, next.tags, next.helped);
}

/**
 * Runs `change` and brings the entries' index rows in step with it. Call inside a transaction.
 * The old text is read before the change (an external-content index must be told exactly what
 * it indexed); an entry whose searchable text did not change is not touched, which keeps a save
 * that only changes a mood or a rating small on disk.
 */
export function reindexEntries<T>(db: Db, entryIds: readonly number[], change: () => T): T {
  const before = entryIds.map((id) => sourceOf(db, id));
  const result = change();
  entryIds.forEach((id, i) => {
    const old = before[i];
    const next = sourceOf(db, id);
    if (sameSource(old, next)) return;
    if (old) sql(db, UNINDEX).run(old.id, old.reflection, old.answers, old.tags, old.helped);
    if (next) sql(db, INDEX).run(next.id, next.reflection, next.answers, next.tags, next.helped);
  });
  return result;
}

const MAX_TERMS = 16;
const searchColumns = ['reflection', 'answers', 'tags', 'helped'] as const;
type SearchColumn = (typeof searchColumns)[number];

/**
 * Turns what a person typed into plain FTS5 terms: each word becomes a quoted prefix term
 * ("walk"* finds walking), so quotes, *, NEAR, AND/OR/NOT, -, ^ and brackets are never syntax.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  // The split leaves no double quote inside a word, so wrapping in quotes is always well-formed.
  return words.map((word) => `"${word}"*`).join(' ');
}

const MARK_START = '\u0001';
const MARK_END = '\u0002';

/** Splits FTS5 snippet() output into plain text and marked (matching) parts, for <mark> in React. */
export function toSnippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      parts.push({ text: rest, mark: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), mark: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), mark: true });
    rest = rest.slice(stop + 1);
  }
  return parts.filter((part) => part.text.length > 0);
}

export function searchEntries(db: Db, input: { query: string; before?: string; limit: number }, weekStart: WeekStart = 'monday') {
  const query = toFtsQuery(input.query);
  if (!query) return { results: [], more: false };
  // Newest first without sorting every match: the live entries are walked by day, newest first,
  // in the index that holds their days (no table reads), and each is kept when its id is among the
  // matches (one list SQLite builds from the search index and keeps in memory). The walk stops once
  // a page is full. The unary + stops the planner from looking up every match by id instead, which
  // for a common word in a long journal means thousands of reads and a sort.
  const rows = sql(
    db,
    `SELECT id, day FROM entries
      WHERE deleted_at IS NULL AND day < ? AND +id IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?)
      ORDER BY day DESC
      LIMIT ?`,
  ).all(input.before ?? '9999-99-99', query, input.limit + 1) as { id: number; day: string }[];
  const more = rows.length > input.limit;
  const shown = rows.slice(0, input.limit);
  const snippets = snippetsFor(db, query, shown.map((row) => row.id));
  const records = recordsOf(db, shown.map((row) => row.day));
  const results = shown.map((row, i) => {
    const found = snippets.get(row.id);
    // Show the first part of the check-in that holds a match, and say which part it is.
    const where = searchColumns.find((column) => found?.[column].includes(MARK_START)) ?? 'reflection';
    return { day: row.day, weekOf: weekStartOf(row.day, weekStart), where, snippet: toSnippetParts(found?.[where] ?? ''), record: records[i]! };
  });
  return { results, more };
}

/**
 * Snippets for the rows shown only (snippet() reads the text back and tokenizes it), in one query.
 * FTS5 gets the search and the rowid range of the page (which it honours: it reads only that part
 * of the index). The page's own ids are filtered by SQLite itself (`+rowid IN`, never handed to
 * FTS5, which would run the whole search once per id), before any snippet is made. The rows are
 * checked against the wanted ids here as well.
 */
function snippetsFor(db: Db, query: string, ids: number[]): Map<number, Record<SearchColumn, string>> {
  const found = new Map<number, Record<SearchColumn, string>>();
  if (ids.length === 0) return found;
  const rows = sql(
    db,
    `SELECT rowid AS id,
            snippet(journal_fts, 0, char(1), char(2), '…', 24) AS reflection,
            snippet(journal_fts, 1, char(1), char(2), '…', 24) AS answers,
            snippet(journal_fts, 2, char(1), char(2), '…', 24) AS tags,
            snippet(journal_fts, 3, char(1), char(2), '…', 24) AS helped
       FROM journal_fts WHERE journal_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (${ids.map(() => '?').join(', ')})`,
  ).all(query, Math.min(...ids), Math.max(...ids), ...ids) as ({ id: number } & Record<SearchColumn, string>)[];
  const wanted = new Set(ids);
  for (const row of rows) if (wanted.has(row.id)) found.set(row.id, row);
  return found;
}
