// Journal benchmark (`npm run bench`): on ten years of seeded check-ins (one every evening,
// about 3,650), the latency of a check-in save, a history page (one week, and 50 entries) and a
// search (a common word and a rare one), each on the encrypted database and on an unencrypted
// one with the same engine, settings and schema, in the same run, with the ratio.
//
// Both sides run the journal repository itself (src/main/core/journal), the code behind the
// handlers; the encrypted side is opened by openDatabase with a random raw key (no KDF cost).
// Prints one JSON object per line: {"name","value","unit",...}.
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkInInput } from '../src/shared/contract/journal.ts';
import { applyConnectionSettings, Checkpointer, openDatabase, type Db } from '../src/main/core/database.ts';
import { migrate } from '../src/main/core/migrations/index.ts';
import { history, saveEntry } from '../src/main/core/journal/entries.ts';
import { searchEntries } from '../src/main/core/journal/search-index.ts';
import { addDays } from '../src/main/core/journal/local-day.ts';
import { demoHistory } from '../src/main/tools/seed-demo.ts';
import { seededRandom } from '../src/main/core/seeded-random.ts';

const YEARS = Number(process.env.BENCH_JOURNAL_YEARS ?? 10);
const SAVES = Number(process.env.BENCH_JOURNAL_SAVES ?? 600);
const READS = Number(process.env.BENCH_JOURNAL_READS ?? 300);
/** A writing session: a few saves, then a pause in which the idle checkpoint runs (as in the app). */
const SAVES_PER_SESSION = 5;
const COMMON_WORD = 'today';
const RARE_WORD = 'lighthouse';
const END_DAY = '2025-06-30';
/** Results per search page, as the Search screen asks for them. */
const SEARCH_PAGE = 20;

const root = mkdtempSync(join(tmpdir(), 'harbor-journal-bench-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

const emit = (line: Record<string, unknown>) => console.log(JSON.stringify(line));
const round = (n: number) => Math.round(n * 1000) / 1000;
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}
const median = (samples: number[]) => percentile(samples, 0.5);

function openSide(encrypted: boolean): Db {
  const path = join(root, encrypted ? 'encrypted.db' : 'plain.db');
  if (encrypted) return openDatabase(path, randomBytes(32), { create: true });
  // The same settings openDatabase applies, minus the key.
  const db = new Database(path);
  applyConnectionSettings(db);
  migrate(db);
  return db;
}

const demo = demoHistory({ years: YEARS, seed: 7, endDay: END_DAY, everyDay: true }).map((d) => ({ day: d.day, checkIn: checkInInput.parse(d.checkIn) }));
const firstDay = demo[0]!.day;

interface Side {
  db: Db;
  checkpointer: Checkpointer;
  seedMs: number;
  saves: number[];
  pageOf50: number[];
  week: number[];
  searchCommon: number[];
  searchRare: number[];
  commonMatches: number;
  rareMatches: number;
  totalCommon: number;
  entries: number;
}

function seedSide(encrypted: boolean): Side {
  const db = openSide(encrypted);
  const start = performance.now();
  db.transaction(() => {
    for (const { day, checkIn } of demo) saveEntry(db, day, checkIn, Date.parse(`${day}T21:30:00Z`));
  })();
  // The app's checkpoint policy; only the idle wait is shortened to fit the bench's short pauses.
  const checkpointer = new Checkpointer(db, { idleMs: 5 });
  checkpointer.run();
  const seedMs = performance.now() - start;
  return { db, checkpointer, seedMs, saves: [], pageOf50: [], week: [], searchCommon: [], searchRare: [], commonMatches: 0, rareMatches: 0, totalCommon: 0, entries: 0 };
}

const timed = <T>(samples: number[], run: () => T): T => {
  const start = performance.now();
  const result = run();
  samples.push(performance.now() - start);
  return result;
};

const encrypted = seedSide(true);
const plain = seedSide(false);
const sides = [encrypted, plain];

// Saves: editing recent evenings as a person does, in short sessions with the idle checkpoint
// between them. The two databases take turns, so both see the same machine noise.
const random = seededRandom(11);
for (let i = 0; i < SAVES; i++) {
  const source = demo[Math.floor(random() * demo.length)]!;
  const day = addDays(END_DAY, -Math.floor(random() * 14));
  const checkIn = { ...source.checkIn, reflection: `${source.checkIn.reflection} Edit ${i}.` };
  for (const side of i % 2 ? [plain, encrypted] : sides) {
    timed(side.saves, () => saveEntry(side.db, day, checkIn, Date.now()));
    side.checkpointer.noteWrite();
  }
  if (i % SAVES_PER_SESSION === SAVES_PER_SESSION - 1) await sleep(15);
}
for (const side of sides) side.checkpointer.run();

for (let i = 0; i < READS; i++) {
  const at = demo[Math.floor(random() * demo.length)]!.day;
  for (const side of i % 2 ? [plain, encrypted] : sides) {
    const page = timed(side.pageOf50, () => history(side.db, { before: at > addDays(firstDay, 60) ? at : undefined, limit: 50 }));
    const monday = page.entries[0]?.weekOf ?? END_DAY;
    timed(side.week, () => history(side.db, { from: monday, to: addDays(monday, 6), limit: 50 }));
    side.commonMatches = timed(side.searchCommon, () => searchEntries(side.db, { query: COMMON_WORD, limit: SEARCH_PAGE })).results.length;
    side.rareMatches = timed(side.searchRare, () => searchEntries(side.db, { query: RARE_WORD, limit: SEARCH_PAGE })).results.length;
  }
}
for (const side of sides) {
  side.totalCommon = (side.db.prepare('SELECT count(*) AS n FROM journal_fts WHERE journal_fts MATCH ?').get(`"${COMMON_WORD}"*`) as { n: number }).n;
  side.entries = (side.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
  side.checkpointer.stop();
  side.db.close();
}

emit({ name: 'journal.seed', value: round(encrypted.seedMs), unit: 'ms', entries: encrypted.entries, years: YEARS, unencrypted: round(plain.seedMs) });

const lines: [string, (r: Side) => number, number, Record<string, unknown>?][] = [
  ['journal.save.p50', (r) => median(r.saves), 5],
  ['journal.save.p99', (r) => percentile(r.saves, 0.99), 5],
  ['journal.history.week.median', (r) => median(r.week), 10],
  ['journal.history.week.p99', (r) => percentile(r.week, 0.99), 10],
  ['journal.history.50.median', (r) => median(r.pageOf50), 10],
  ['journal.history.50.p99', (r) => percentile(r.pageOf50, 0.99), 10],
  ['journal.search.common.median', (r) => median(r.searchCommon), 10, { word: COMMON_WORD, entriesMatching: encrypted.totalCommon, shown: encrypted.commonMatches }],
  ['journal.search.rare.median', (r) => median(r.searchRare), 10, { word: RARE_WORD, shown: encrypted.rareMatches }],
];
for (const [name, stat, target, extra] of lines) {
  const value = stat(encrypted);
  const base = stat(plain);
  const ratio = base > 0 ? value / base : null;
  emit({
    name,
    value: round(value),
    unit: 'ms',
    unencrypted: round(base),
    ratio: ratio === null ? null : round(ratio),
    target,
    withinTarget: value < target,
    ratioWithinTarget: ratio === null ? null : ratio <= 1.5,
    ...extra,
  });
}
