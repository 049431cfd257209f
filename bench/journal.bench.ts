// Journal benchmark (`npm run bench`): on ten years of seeded check-ins (one every evening,
// about 3,650), the latency of a check-in save, a history page (one week, and 50 entries) and a
// search (a common word and a rare one), each on the encrypted database and on an unencrypted
// one with the same engine, settings and schema, in the same run, with the ratio.
// Then the same ten years written as long entries (about 250 words each): the first search page
// (20 results with snippets) for a common and a rare word, against the unencrypted copy, and the
// part of unlock that is not the passphrase's KDF, against an empty journal and against opening
// with the full page check (what unlock did before the clean-close record), in the same loop.
// Every line carries the 1-minute load average: this machine is shared.
//
// Both sides run the journal repository itself (src/main/core/journal), the code behind the
// handlers; the encrypted side is opened by openDatabase with a random raw key (no KDF cost).
// Prints one JSON object per line: {"name","value","unit",...}.
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkInInput } from '../src/shared/contract/journal.ts';
import { applyConnectionSettings, openDatabase, type Db } from '../src/main/core/db/database.ts';
import { Checkpointer } from '../src/main/core/db/checkpointer.ts';
import { migrate } from '../src/main/core/db/migrations/index.ts';
import { history, saveEntry } from '../src/main/core/journal/entries.ts';
import { searchEntries } from '../src/main/core/journal/search-index.ts';
import { addDays } from '../src/shared/calendar.ts';
import { demoHistory } from '../src/main/tools/seed-demo.ts';
import { seededRandom } from '../src/main/core/seeded-random.ts';
import { closedCleanly, recordCleanClose } from '../src/main/core/clean-close.ts';

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

const emit = (line: Record<string, unknown>) => console.log(JSON.stringify({ ...line, loadAverage: Math.round(loadavg()[0]! * 100) / 100 }));
const round = (n: number) => Math.round(n * 1000) / 1000;
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}
const median = (samples: number[]) => percentile(samples, 0.5);

function openSide(encrypted: boolean, name = ''): Db {
  const path = join(root, `${name}${encrypted ? 'encrypted.db' : 'plain.db'}`);
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

// ---------------------------------------------------------------------------------------------
// Long entries: the same ten years, each reflection grown to about 250 words.
const LONG_WORDS = 250;
const LONG_COMMON_WORD = 'walk';
const UNLOCKS = Number(process.env.BENCH_JOURNAL_UNLOCKS ?? 40);
/** Everyday sentences; one in thirty mentions a walk, so about half of the evenings do. */
const EVERYDAY = [
  'I went for a walk by the river after dinner and the air was cold.',
  'Work took most of my energy and I came home tired.',
  'I cooked something simple and ate properly for once.',
  'I met Sam for coffee and we talked for an hour about nothing much.',
  'The evening felt long and quiet, and I did not mind it as much as before.',
  'I stayed in and watched a film with a blanket and some tea.',
  'I tidied my room, which helped more than I expected it to.',
  'I read a few chapters before bed and fell asleep early.',
  'I spent some time in the garden pulling weeds and listening to birds.',
  'Therapy today, and we talked about my triggers and my plan.',
  'My sister called and we laughed about something from when we were small.',
  'The bus was crowded and loud, so I put my headphones on and breathed slowly.',
  'I noticed my thoughts getting harsh and tried to answer them kindly.',
  'There was a moment in the afternoon when everything felt too much.',
  'I wrote down three small things that went well today.',
  'I made a list of what I want to do this weekend.',
  'The rain stopped in the evening and the streets smelled fresh.',
  'I answered emails I had been putting off for a week.',
  'I felt restless after dinner, so I cleaned the kitchen.',
  'A friend sent me a song and I listened to it twice.',
  'I remembered to drink water and take my medication on time.',
  'I was short with a colleague and apologised later in the day.',
  'The urge came and went, and I used my coping box while it passed.',
  'I sat by the window and watched the clouds for a while.',
  'I took the long way home to clear my head.',
  'I cooked soup for tomorrow and froze some of it.',
  'I phoned my mother and the call was easier than I feared.',
  'I noticed I was hungry and made myself a proper meal.',
  'I looked at old photos and felt both sad and grateful.',
  'I practised the breathing exercise from my therapist before bed.',
];
function longReflection(start: string, seed: number): string {
  const pick = seededRandom(seed);
  const sentences = [start];
  let words = start.split(' ').length;
  while (words < LONG_WORDS) {
    const sentence = EVERYDAY[Math.floor(pick() * EVERYDAY.length)]!;
    sentences.push(sentence);
    words += sentence.split(' ').length;
  }
  return sentences.join(' ');
}

function seedLong(encrypted: boolean, key: Buffer | null): { db: Db; path: string } {
  const path = join(root, `long-${encrypted ? 'encrypted' : 'plain'}.db`);
  const db = encrypted ? openDatabase(path, key!, { create: true }) : openSide(false, 'long-');
  db.transaction(() => {
    demo.forEach(({ day, checkIn }, i) => saveEntry(db, day, { ...checkIn, reflection: longReflection(checkIn.reflection, i) }, Date.parse(`${day}T21:30:00Z`)));
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { db, path };
}

const longKey = randomBytes(32);
const longEncrypted = seedLong(true, longKey);
const longPlain = seedLong(false, null);
const longSides = [longEncrypted.db, longPlain.db];
const longSearch = { common: [[], []] as number[][], rare: [[], []] as number[][], shown: { common: 0, rare: 0 } };
for (let i = 0; i < READS; i++) {
  for (const s of i % 2 ? [1, 0] : [0, 1]) {
    const db = longSides[s]!;
    longSearch.shown.common = timed(longSearch.common[s]!, () => searchEntries(db, { query: LONG_COMMON_WORD, limit: SEARCH_PAGE })).results.length;
    longSearch.shown.rare = timed(longSearch.rare[s]!, () => searchEntries(db, { query: RARE_WORD, limit: SEARCH_PAGE })).results.length;
  }
}
const longMatches = (longEncrypted.db.prepare('SELECT count(*) AS n FROM journal_fts WHERE journal_fts MATCH ?').get(`"${LONG_COMMON_WORD}"*`) as { n: number }).n;
const longBytes = (longEncrypted.db.prepare('SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()').get() as { n: number }).n;
for (const db of longSides) db.close();
const longWorkload = `${demo.length} check-ins of about ${LONG_WORDS} words, first page of ${SEARCH_PAGE} with snippets`;
for (const [name, samples, target, word, shown] of [
  ['search.common.long_entries.median', longSearch.common, 3, LONG_COMMON_WORD, longSearch.shown.common],
  ['search.rare.long_entries.median', longSearch.rare, 1, RARE_WORD, longSearch.shown.rare],
] as const) {
  const value = median(samples[0]!);
  emit({
    name,
    value: round(value),
    unit: 'ms',
    target: name.includes('common') ? `<= ${target}` : `< ${target}`,
    met: name.includes('common') ? value <= target : value < target,
    baseline: 'the same search on an unencrypted copy, same loop',
    baselineValue: round(median(samples[1]!)),
    p99: round(percentile(samples[0]!, 0.99)),
    word,
    shown,
    ...(name.includes('common') ? { entriesMatching: longMatches } : {}),
    workload: longWorkload,
  });
}

// Unlock without its KDF: what Vault.open does once the key is unwrapped (is the file as Harbor
// closed it? open, key, read, cheap checks, settings, migrations), with the close that follows
// outside the timing. The three cases take turns, so all see the same moment of the machine.
recordCleanClose(longEncrypted.path);
const emptyPath = join(root, 'empty.db');
const emptyKey = randomBytes(32);
openDatabase(emptyPath, emptyKey, { create: true }).close();
recordCleanClose(emptyPath);
const unlockCases = {
  tenYears: { path: longEncrypted.path, key: longKey, fullCheck: false, samples: [] as number[], deferred: 0 },
  tenYearsFullCheck: { path: longEncrypted.path, key: longKey, fullCheck: true, samples: [] as number[], deferred: 0 },
  empty: { path: emptyPath, key: emptyKey, fullCheck: false, samples: [] as number[], deferred: 0 },
};
for (let i = 0; i < UNLOCKS; i++) {
  for (const c of Object.values(unlockCases)) {
    const start = performance.now();
    const checkPagesLater = !c.fullCheck && closedCleanly(c.path);
    const db = openDatabase(c.path, c.key, { create: false, checkPagesLater });
    c.samples.push(performance.now() - start);
    if (checkPagesLater) c.deferred++;
    db.close();
  }
}
const unlockLine = (c: (typeof unlockCases)[keyof typeof unlockCases]) => ({ median: round(median(c.samples)), p99: round(percentile(c.samples, 0.99)) });
emit({
  name: 'unlock_without_kdf_10y_ms',
  value: unlockLine(unlockCases.tenYears).median,
  unit: 'ms',
  target: '<= 10',
  met: median(unlockCases.tenYears.samples) <= 10,
  runs: UNLOCKS,
  p99: unlockLine(unlockCases.tenYears).p99,
  pageCheckAfterUnlock: `${unlockCases.tenYears.deferred} of ${UNLOCKS}`,
  baseline: 'the same open of an empty journal, same loop',
  baselineValue: unlockLine(unlockCases.empty).median,
  withFullPageCheckMs: unlockLine(unlockCases.tenYearsFullCheck).median,
  journalMiB: round(longBytes / 2 ** 20),
  workload: `${demo.length} check-ins of about ${LONG_WORDS} words; the clean-close record matches, so the full page check runs after unlock`,
});
