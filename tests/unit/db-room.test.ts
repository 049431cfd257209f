// The database room (src/main/core/db): migrations that depend on nothing live, one helper for the
// meta table, statement caches per feature, and query caches that cannot write.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMeta, writeMeta } from '../../src/main/core/db/meta.ts';
import { queryCache, statementCache } from '../../src/main/core/db/statements.ts';
import { unlockedCore } from '../support/core.ts';

const MIGRATIONS = join(import.meta.dirname, '../../src/main/core/db/migrations');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function journal() {
  const h = await unlockedCore();
  cleanups.push(() => h.cleanup());
  return h.core.vault.db;
}

describe('migrations', () => {
  it('each numbered migration imports nothing but the Migration type, so it never changes once shipped', () => {
    const numbered = readdirSync(MIGRATIONS).filter((name) => /^\d{3}-.*\.ts$/.test(name));
    expect(numbered.length).toBeGreaterThanOrEqual(12);
    for (const name of numbered) {
      const source = readFileSync(join(MIGRATIONS, name), 'utf8');
      const imports = [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      expect({ name, imports }).toEqual({ name, imports: ['./migration.ts'] });
    }
  });
});

describe('the meta table', () => {
  it('keeps a named value, replaces it, and reads a missing one as null', async () => {
    const db = await journal();
    expect(readMeta(db, 'test.value')).toBeNull();
    writeMeta(db, 'test.value', 'first');
    writeMeta(db, 'test.value', 'second');
    expect(readMeta(db, 'test.value')).toBe('second');
    expect(db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'test.value'").get()).toEqual({ n: 1 });
  });
});

describe('statement caches', () => {
  it('parse a statement once per database, and each feature has its own', async () => {
    const db = await journal();
    const journalSql = statementCache();
    const patternsSql = queryCache();
    const text = 'SELECT count(*) FROM entries';
    expect(journalSql(db, text)).toBe(journalSql(db, text));
    expect(patternsSql(db, text)).not.toBe(journalSql(db, text));
  });

  it('a query cache refuses a statement that could write, and the journal is unchanged', async () => {
    const db = await journal();
    const query = queryCache();
    expect(() => query(db, "INSERT INTO meta (key, value) VALUES ('x', 'y')")).toThrow(/tried to change the journal/);
    expect(() => query(db, "DELETE FROM meta WHERE key = 'x'")).toThrow(/tried to change the journal/);
    expect(readMeta(db, 'x')).toBeNull();
    expect(query(db, 'SELECT count(*) AS n FROM entries').get()).toEqual({ n: 0 });
  });
});
