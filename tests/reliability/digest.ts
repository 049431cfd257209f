// The logical content of a Harbor data folder, as one hash: every table's rows ordered by primary
// key (so page layout, WAL state and checkpoints do not matter), the schema and user_version, plus
// the small files Harbor keeps beside the database (reminder, settings, locked coping copy).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../src/main/core/db/database.ts';
import { listFiles } from '../support/files.ts';

/**
 * Files whose bytes are not logical content: the database itself (hashed by rows), SQLite's
 * companions, and the record of the file's last clean close (src/main/core/clean-close.ts).
 */
const physical = /^harbor\.db(-wal|-shm|\.creating|\.closed)?$|\.tmp-\d+$/;

export function databaseDigest(db: Db): string {
  const hash = createHash('sha256');
  hash.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`);
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  for (const { name, sql } of tables) {
    hash.update(`table ${name}: ${sql ?? ''}\n`);
    // Virtual tables (full-text search) are hashed through their shadow tables, which are real tables.
    if (sql?.toUpperCase().startsWith('CREATE VIRTUAL')) continue;
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const columns = db.prepare(`PRAGMA table_info(${quoted})`).all() as { name: string; pk: number }[];
    const keys = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => `"${c.name.replaceAll('"', '""')}"`);
    const withoutRowid = /WITHOUT\s+ROWID/i.test(sql ?? '');
    const order = keys.length > 0 ? keys.join(', ') : withoutRowid ? columns.map((c) => `"${c.name}"`).join(', ') : 'rowid';
    for (const row of db.prepare(`SELECT * FROM ${quoted} ORDER BY ${order}`).raw().iterate()) {
      hash.update(JSON.stringify(row as unknown[], bytesAsHex));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

/** Hash of the data folder's logical content: database rows plus every other file Harbor keeps there. */
export function folderDigest(dataDir: string, db: Db | null): string {
  const hash = createHash('sha256');
  if (db) hash.update(`db ${databaseDigest(db)}\n`);
  for (const file of listFiles(dataDir)) {
    if (physical.test(file) || file.startsWith('chromium/')) continue;
    hash.update(`file ${file} ${createHash('sha256').update(readFileSync(join(dataDir, file))).digest('hex')}\n`);
  }
  return hash.digest('hex');
}

function bytesAsHex(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return `bigint:${value}`;
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer') {
    return `hex:${Buffer.from((value as { data: number[] }).data).toString('hex')}`;
  }
  return value;
}
