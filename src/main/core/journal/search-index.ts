// Full-text search. journal_fts is an FTS5 index whose content is the journal_search_source view
// (migration 002): it keeps no second copy of the text. An external-content index must be told
// exactly what it indexed before that text changes, so every write that changes searchable text
// goes through reindexEntries, inside the same transaction as the write.
import type { SnippetPart } from '../../../shared/contract/journal.ts';
import type { Db } from '../database.ts';
import { weekOf } from './local-day.ts';
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

/** Takes an entry's text out of the index (a no-op for deleted entries, which are not indexed). */
export function unindexEntry(db: Db, id: number): void {
  const old = sql(db, SOURCE).get(id) as SourceRow | undefined;
  if (old) sql(db, UNINDEX).run(old.id, old.reflection, old.answers, old.tags, old.helped);
}

export function indexEntry(db: Db, id: number): void {
  const next = sql(db, SOURCE).get(id) as SourceRow | undefined;
  if (next) sql(db, INDEX).run(next.id, next.reflection, next.answers, next.tags, next.helped);
}

/** Runs `change` with the entries' index rows taken out before and put back after. Call inside a transaction. */
export function reindexEntries<T>(db: Db, entryIds: readonly number[], change: () => T): T {
  for (const id of entryIds) unindexEntry(db, id);
  const result = change();
  for (const id of entryIds) indexEntry(db, id);
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

export function searchEntries(db: Db, input: { query: string; before?: string; limit: number }) {
  const query = toFtsQuery(input.query);
  if (!query) return { results: [], more: false };
  const rows = sql(
    db,
    `SELECT e.id, e.day FROM journal_fts f
       JOIN entries e ON e.id = f.rowid
      WHERE journal_fts MATCH ? AND e.deleted_at IS NULL AND e.day < ?
      ORDER BY e.day DESC
      LIMIT ?`,
  ).all(query, input.before ?? '9999-99-99', input.limit + 1) as { id: number; day: string }[];
  const more = rows.length > input.limit;
  // Snippets only for the rows shown: snippet() reads the text back, so it is not run on every match.
  // `rowid = ?` is not used: with a prefix MATCH this SQLite build ignores a bound rowid equality
  // and returns every match (see the search test); a one-row BETWEEN range is honoured, and the
  // rowid is checked here as well.
  const snippetOf = sql(
    db,
    `SELECT rowid AS id,
            snippet(journal_fts, 0, char(1), char(2), '…', 24) AS reflection,
            snippet(journal_fts, 1, char(1), char(2), '…', 24) AS answers,
            snippet(journal_fts, 2, char(1), char(2), '…', 24) AS tags,
            snippet(journal_fts, 3, char(1), char(2), '…', 24) AS helped
       FROM journal_fts WHERE journal_fts MATCH ? AND rowid BETWEEN ? AND ?`,
  );
  const results = rows.slice(0, input.limit).map((row) => {
    const found = (snippetOf.all(query, row.id, row.id) as ({ id: number } & Record<SearchColumn, string>)[]).find((s) => s.id === row.id);
    // Show the first part of the check-in that holds a match, and say which part it is.
    const where = searchColumns.find((column) => found?.[column].includes(MARK_START)) ?? 'reflection';
    return { day: row.day, weekOf: weekOf(row.day), where, snippet: toSnippetParts(found?.[where] ?? '') };
  });
  return { results, more };
}
