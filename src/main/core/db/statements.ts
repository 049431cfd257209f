// Prepared statements are parsed once per open database, not on every call. Each feature keeps
// its own cache (journal, coping, patterns…), so no feature's statements serve another's.
import type Database from 'better-sqlite3-multiple-ciphers';
import { HarborError } from '../../../shared/result.ts';
import type { Db } from './database.ts';

/** The database as a feature that only reads sees it: statements and consistent read transactions. */
export type ReadDb = Pick<Db, 'prepare' | 'transaction'>;

export type Sql = (db: Db, text: string) => Database.Statement;
export type QuerySql = (db: ReadDb, text: string) => Database.Statement;

function cached(check?: (statement: Database.Statement, text: string) => void) {
  const perDatabase = new WeakMap<ReadDb, Map<string, Database.Statement>>();
  return (db: ReadDb, text: string): Database.Statement => {
    let statements = perDatabase.get(db);
    if (!statements) {
      statements = new Map();
      perDatabase.set(db, statements);
    }
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare(text);
      check?.(statement, text);
      statements.set(text, statement);
    }
    return statement;
  };
}

/** A feature's statement cache. */
export function statementCache(): Sql {
  return cached();
}

/**
 * A cache for a feature that only reads (Patterns, the day record, measures): a statement that
 * could change the journal is refused when it is first prepared, so a query can never write.
 */
export function queryCache(): QuerySql {
  return cached((statement, text) => {
    if (!statement.readonly) throw new HarborError('internal', `A query tried to change the journal: ${text.slice(0, 60)}`);
  });
}
