// Foundation benchmark (`npm run bench`): unlock time with the real KDF cost, and the latency of
// one save on the encrypted database against an unencrypted one with the same engine and
// settings, measured in the same run, next to the disk's own floor (4 KiB write + fdatasync).
//
// A "save" stands in for a journal save: one transaction that inserts or updates an entry row,
// keeps its full-text row in step and sets 4 trigger tags. Extra lines show the setups that put
// a tail on that path, so the difference Harbor's settings make stays visible.
//
// Prints one JSON object per line: {"name","value","unit",...}.
import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, fdatasyncSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { applyKey, openDatabase, type Db } from '../src/main/core/db/database.ts';
import { Checkpointer } from '../src/main/core/db/checkpointer.ts';
import { PASSPHRASE_KDF } from '../src/main/core/key-file.ts';
import { noKeychain } from '../src/main/core/keychain.ts';
import { migrate } from '../src/main/core/db/migrations/index.ts';
import { Vault } from '../src/main/core/vault.ts';

const SAVES = Number(process.env.BENCH_SAVES ?? 2000);
const UNLOCKS = 7;
/** A writing session: a few autosaves, then a pause long enough for the idle checkpoint. */
const SAVES_PER_SESSION = 5;
/** The app's Checkpointer waits 1.5 s; the bench shortens only the wait, not the work. */
const BENCH_IDLE_MS = 5;

const root = mkdtempSync(join(tmpdir(), 'harbor-bench-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function emit(line: Record<string, unknown>) {
  console.log(JSON.stringify(line));
}
const round = (n: number) => Math.round(n * 1000) / 1000;
/** This machine is shared: how busy it was when a line was measured. */
function machine() {
  let ioPressure: number | null = null;
  try {
    ioPressure = Number(/avg10=([\d.]+)/.exec(readFileSync('/proc/pressure/io', 'utf8'))?.[1] ?? NaN);
  } catch {
    // Not Linux, or no PSI: leave it out.
  }
  return { load_1m: round(loadavg()[0]!), io_pressure_avg10: ioPressure };
}
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}
const median = (samples: number[]) => percentile(samples, 0.5);

// ---------------------------------------------------------------------------------------------
// Unlock: scrypt at the app's real cost + PRAGMA key + the verifying read + migrations check.
async function unlockTimes(): Promise<number[]> {
  const vault = new Vault({ dataDir: join(root, 'unlock'), keychain: noKeychain });
  const passphrase = 'a calm and private evening';
  await vault.create(passphrase);
  const times: number[] = [];
  for (let i = 0; i < UNLOCKS; i++) {
    vault.lock();
    gc();
    const start = performance.now();
    await vault.unlock(passphrase);
    times.push(performance.now() - start);
  }
  vault.lock();
  return times;
}

// ---------------------------------------------------------------------------------------------
// Saves.
interface Setup {
  /** wal_autocheckpoint: 0 is Harbor's (checkpoint when idle), 1000 is SQLite's default. */
  autoCheckpoint?: number;
  /** How the WAL gets folded back in: by the idle Checkpointer, after every save, or never. */
  checkpoint: 'idle' | 'every-save' | 'never';
  /** Saves come in writing sessions with idle pauses between, or all back to back. */
  paced: boolean;
  journalSizeLimit?: number;
  cacheSizeKiB?: number;
  ftsAutomerge?: number;
  pageSize?: number;
  /** Saves gathered before the idle checkpoint runs (Checkpointer minWrites); 1 = after every quiet moment. */
  minWrites?: number;
}

const HARBOR: Setup = { checkpoint: 'idle', paced: true };

/** The encrypted side of Harbor's own setup is opened by openDatabase itself. */
function openSide(path: string, encrypted: boolean, setup: Setup, useOpenDatabase: boolean): Db {
  if (encrypted && useOpenDatabase) return openDatabase(path, randomBytes(32), { create: true });
  const db = new Database(path);
  if (encrypted) {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    if (setup.pageSize) db.pragma(`cipher_page_size=${setup.pageSize}`);
    applyKey(db, randomBytes(32));
  } else if (setup.pageSize) {
    db.pragma(`page_size=${setup.pageSize}`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(`wal_autocheckpoint = ${setup.autoCheckpoint ?? 0}`);
  db.pragma('temp_store = MEMORY');
  migrate(db);
  return db;
}

/** The settings that matter for a save, read back from the database, to show both sides match. */
function settingsOf(db: Db) {
  const get = (name: string) => db.pragma(name, { simple: true });
  return {
    journal_mode: get('journal_mode'),
    synchronous: get('synchronous'),
    wal_autocheckpoint: get('wal_autocheckpoint'),
    journal_size_limit: get('journal_size_limit'),
    cache_size: get('cache_size'),
    page_size: get('page_size'),
    temp_store: get('temp_store'),
  };
}

const WORDS = (
  'today was heavy and then a little lighter I walked to the river with my sister we talked about ' +
  'school and work the urge came back around nine I held ice and breathed slowly wrote a list of ' +
  'reasons called a friend made tea listened to music felt tired sad anxious calm proud hopeful ' +
  'angry lonely safe the evening ended quietly tomorrow I want to sleep earlier and eat breakfast'
).split(' ');

function entryText(seed: number): string {
  let x = seed * 2654435761;
  const words: string[] = [];
  const count = 120 + (seed % 9) * 15; // 120–240 words, a typical evening entry
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    words.push(WORDS[x % WORDS.length]!);
  }
  return words.join(' ');
}

const dayOf = (n: number) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

class SaveTarget {
  readonly db: Db;
  readonly checkpointer: Checkpointer | null;
  readonly checkpointTimes: number[] = [];
  private readonly save: (i: number) => void;

  constructor(db: Db, setup: Setup) {
    this.db = db;
    // Full-text index over the entry text, as the journal keeps one (external content: no second copy).
    db.exec(`
      CREATE VIRTUAL TABLE bench_fts USING fts5(text, content = 'entries', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
    `);
    if (setup.ftsAutomerge !== undefined) db.exec(`INSERT INTO bench_fts(bench_fts, rank) VALUES ('automerge', ${setup.ftsAutomerge})`);
    if (setup.journalSizeLimit !== undefined) db.pragma(`journal_size_limit = ${setup.journalSizeLimit}`);
    if (setup.cacheSizeKiB !== undefined) db.pragma(`cache_size = -${setup.cacheSizeKiB}`);
    const hasNameKey = (db.prepare("SELECT count(*) AS n FROM pragma_table_info('triggers') WHERE name = 'name_key'").get() as { n: number }).n > 0;
    const addTrigger = db.prepare(hasNameKey ? 'INSERT INTO triggers (name, kind, name_key) VALUES (?, ?, ?)' : 'INSERT INTO triggers (name, kind) VALUES (?, ?)');
    const kinds = ['situation', 'thought', 'feeling'];
    for (let t = 0; t < 30; t++) addTrigger.run(...[`trigger ${t}`, kinds[t % 3], ...(hasNameKey ? [`trigger ${t}`] : [])]);

    // Prepared once, reused for every save.
    const byDay = db.prepare('SELECT id, text FROM entries WHERE day = ?');
    const insertEntry = db.prepare(
      'INSERT INTO entries (day, mood, peak_urge, self_harm, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const updateEntry = db.prepare('UPDATE entries SET mood = ?, peak_urge = ?, self_harm = ?, text = ?, updated_at = ? WHERE id = ?');
    const ftsDelete = db.prepare("INSERT INTO bench_fts (bench_fts, rowid, text) VALUES ('delete', ?, ?)");
    const ftsInsert = db.prepare('INSERT INTO bench_fts (rowid, text) VALUES (?, ?)');
    const clearTags = db.prepare('DELETE FROM entry_triggers WHERE entry_id = ?');
    const addTag = db.prepare('INSERT INTO entry_triggers (entry_id, trigger_id) VALUES (?, ?)');
    this.save = db.transaction((i: number) => {
      const day = dayOf(Math.floor(i / SAVES_PER_SESSION));
      const text = entryText(i);
      const now = Date.now();
      const mood = 1 + (i % 5);
      const old = byDay.get(day) as { id: number; text: string } | undefined;
      let id: number;
      if (old) {
        ftsDelete.run(old.id, old.text);
        updateEntry.run(mood, i % 11, 'no', text, now, old.id);
        id = old.id;
      } else {
        id = Number(insertEntry.run(day, mood, i % 11, 'no', text, now, now).lastInsertRowid);
      }
      ftsInsert.run(id, text);
      clearTags.run(id);
      for (let k = 0; k < 4; k++) addTag.run(id, 1 + ((i + k * 7) % 30));
    });

    if (setup.checkpoint === 'idle') {
      const checkpointer = new Checkpointer(db, { idleMs: BENCH_IDLE_MS, minWrites: setup.minWrites });
      const run = checkpointer.run.bind(checkpointer);
      checkpointer.run = () => {
        const start = performance.now();
        run();
        this.checkpointTimes.push(performance.now() - start);
      };
      this.checkpointer = checkpointer;
    } else {
      this.checkpointer = null;
    }
    // Warm up (statement caches, first pages), then start from an empty WAL.
    for (let i = 0; i < 20; i++) this.save(1_000_000 + i);
    db.pragma('wal_checkpoint(TRUNCATE)');
  }

  timedSave(i: number, setup: Setup): number {
    const start = performance.now();
    this.save(i);
    const elapsed = performance.now() - start;
    // After the save has answered, as in the app (HarborCore.call notes a method marked `writes`).
    if (setup.checkpoint === 'every-save') this.db.pragma('wal_checkpoint(PASSIVE)');
    this.checkpointer?.noteWrite();
    return elapsed;
  }

  walBytes(): number {
    try {
      return statSync(this.db.name + '-wal').size;
    } catch {
      return 0;
    }
  }
}

/** One durable 4 KiB overwrite, measured inside the save loop so it sees the same machine. */
class RawWriter {
  private readonly sync: (fd: number) => void;
  private readonly fd: number;
  private readonly page = randomBytes(4096);
  private next = 0;
  /** fsync is what SQLite's unix VFS calls in this build (no HAVE_FDATASYNC); fdatasync is the pure data floor. */
  constructor(path: string, sync: 'fsync' | 'fdatasync') {
    this.sync = sync === 'fsync' ? fsyncSync : fdatasyncSync;
    this.fd = openSync(path, 'w');
    for (let i = 0; i < 64; i++) writeSync(this.fd, this.page, 0, 4096, i * 4096);
    fsyncSync(this.fd);
  }
  timedWrite(): number {
    const start = performance.now();
    writeSync(this.fd, this.page, 0, 4096, (this.next++ % 64) * 4096);
    this.sync(this.fd);
    return performance.now() - start;
  }
  close() {
    closeSync(this.fd);
  }
}

interface Side {
  encrypted: number[];
  plain: number[];
  encryptedCheckpoints: number[];
  walBytes: number;
  settings: { encrypted: unknown; plain: unknown };
}

/**
 * Saves for each setup (encrypted and plain side by side) and the raw floor, all in one loop in
 * rotating order, so every number in a line saw the same moment of this shared machine.
 */
async function runSaves(
  label: string,
  setups: { setup: Setup; useOpenDatabase?: boolean }[],
  sessionSize = SAVES_PER_SESSION,
): Promise<{ sides: Side[]; floor: number[]; floorFsync: number[] }> {
  const dir = mkdtempSync(join(root, `${label}-`));
  const pairs = setups.map(({ setup, useOpenDatabase }, n) => ({
    setup,
    encrypted: new SaveTarget(openSide(join(dir, `${n}-encrypted.db`), true, setup, useOpenDatabase ?? false), setup),
    plain: new SaveTarget(openSide(join(dir, `${n}-plain.db`), false, setup, false), setup),
    times: { encrypted: [] as number[], plain: [] as number[] },
  }));
  const raw = new RawWriter(join(dir, 'raw-fdatasync'), 'fdatasync');
  const rawFsync = new RawWriter(join(dir, 'raw-fsync'), 'fsync');
  const floor: number[] = [];
  const floorFsync: number[] = [];
  const steps: (() => void)[] = [() => floor.push(raw.timedWrite()), () => floorFsync.push(rawFsync.timedWrite())];
  for (const pair of pairs) {
    steps.push(() => pair.times.encrypted.push(pair.encrypted.timedSave(currentSave, pair.setup)));
    steps.push(() => pair.times.plain.push(pair.plain.timedSave(currentSave, pair.setup)));
  }
  let currentSave = 0;
  gc();
  for (; currentSave < SAVES; currentSave++) {
    for (let k = 0; k < steps.length; k++) steps[(k + currentSave) % steps.length]!();
    const paced = pairs.some((p) => p.setup.paced);
    if (paced && currentSave % sessionSize === sessionSize - 1) await sleep(BENCH_IDLE_MS * 3);
  }
  raw.close();
  rawFsync.close();
  return {
    floor,
    floorFsync,
    sides: pairs.map((pair) => {
      const side: Side = {
        ...pair.times,
        encryptedCheckpoints: pair.encrypted.checkpointTimes,
        walBytes: pair.encrypted.walBytes(),
        settings: { encrypted: settingsOf(pair.encrypted.db), plain: settingsOf(pair.plain.db) },
      };
      for (const target of [pair.encrypted, pair.plain]) {
        target.checkpointer?.stop();
        target.db.close();
      }
      return side;
    }),
  };
}

function summarise(run: Side) {
  const p = (s: number[], q: number) => round(percentile(s, q));
  return {
    encrypted_p50: p(run.encrypted, 0.5),
    encrypted_p99: p(run.encrypted, 0.99),
    encrypted_p999: p(run.encrypted, 0.999),
    encrypted_max: p(run.encrypted, 1),
    encrypted_over_5ms: run.encrypted.filter((t) => t > 5).length,
    plain_p50: p(run.plain, 0.5),
    plain_p99: p(run.plain, 0.99),
    plain_p999: p(run.plain, 0.999),
    plain_max: p(run.plain, 1),
    plain_over_5ms: run.plain.filter((t) => t > 5).length,
    ratio_p50: round(percentile(run.encrypted, 0.5) / percentile(run.plain, 0.5)),
    ratio_p99: round(percentile(run.encrypted, 0.99) / percentile(run.plain, 0.99)),
    wal_mib_at_end: round(run.walBytes / 2 ** 20),
  };
}

// ---------------------------------------------------------------------------------------------
const unlocks = await unlockTimes();
emit({
  name: 'unlock_median',
  value: round(median(unlocks)),
  unit: 'ms',
  runs: UNLOCKS,
  min: round(Math.min(...unlocks)),
  max: round(Math.max(...unlocks)),
  kdf: `scrypt N=2^${Math.log2(PASSPHRASE_KDF.N)} r=${PASSPHRASE_KDF.r} p=${PASSPHRASE_KDF.p}`,
  includes: 'scrypt + PRAGMA key + verifying read + schema check',
  target: '200-500 ms',
  ...machine(),
});

const main = await runSaves('harbor', [{ setup: HARBOR, useOpenDatabase: true }]);
const harbor = main.sides[0]!;
const h = summarise(harbor);
const workload = `${SAVES} saves per side; encrypted, plain and the raw floor take turns in one loop; sessions of ${SAVES_PER_SESSION} saves with idle pauses; entry upsert + FTS5 row + 4 tags per transaction`;
emit({
  name: 'raw_4k_write_fdatasync_p99',
  value: round(percentile(main.floor, 0.99)),
  unit: 'ms',
  p50: round(median(main.floor)),
  runs: main.floor.length,
  fsync_p50: round(median(main.floorFsync)),
  fsync_p99: round(percentile(main.floorFsync, 0.99)),
  note: 'the floor: one 4 KiB block overwritten in place + fdatasync (and + fsync, what SQLite calls here), interleaved with the saves below',
  ...machine(),
});
emit({ name: 'save_encrypted_p50', value: h.encrypted_p50, unit: 'ms', runs: SAVES, workload });
emit({
  name: 'save_encrypted_p99',
  value: h.encrypted_p99,
  unit: 'ms',
  runs: SAVES,
  p999: h.encrypted_p999,
  max: h.encrypted_max,
  over_5ms: h.encrypted_over_5ms,
  target: '< 5 ms',
});
emit({ name: 'save_plain_p50', value: h.plain_p50, unit: 'ms', runs: SAVES, baseline: 'unencrypted, same engine and settings, same loop' });
emit({ name: 'save_plain_p99', value: h.plain_p99, unit: 'ms', runs: SAVES, p999: h.plain_p999, max: h.plain_max, over_5ms: h.plain_over_5ms });
emit({ name: 'save_ratio_p99', value: h.ratio_p99, unit: 'x', ratio_p50: h.ratio_p50, target: '<= 1.5' });
emit({
  name: 'idle_checkpoint_p99',
  value: round(percentile(harbor.encryptedCheckpoints, 0.99)),
  unit: 'ms',
  p50: round(median(harbor.encryptedCheckpoints)),
  runs: harbor.encryptedCheckpoints.length,
  note: 'runs after the save has answered, once saves go quiet; not part of any save',
});
emit({ name: 'save_settings', value: 1, unit: 'info', ...harbor.settings });

// The suspects, each changed on its own. Each runs in one loop with Harbor's setup and the raw
// floor, so "harbor_encrypted_p99" and "floor_p99" in the same line are its fair comparison.
const variants: [string, string, Setup, number?][] = [
  [
    'checkpoint_every_quiet',
    'idle checkpoint after every pause (minWrites=1), one save per pause as at a person\'s pace: each save restarts the WAL (extra fsync)',
    { ...HARBOR, minWrites: 1 },
    1,
  ],
  ['naive', 'SQLite defaults: wal_autocheckpoint=1000, so checkpoints run inside saves', { autoCheckpoint: 1000, checkpoint: 'never', paced: true }],
  ['wal_grows', 'no checkpoint at all: the WAL file grows with every save', { checkpoint: 'never', paced: true }],
  ['checkpoint_every_save', 'checkpoint right after each save: every save restarts the WAL (header write + extra fsync)', { checkpoint: 'every-save', paced: true }],
  ['journal_size_limit_0', 'Harbor + journal_size_limit=0: the WAL is truncated at each restart and regrows', { ...HARBOR, journalSizeLimit: 0 }],
  ['fts_automerge_off', 'Harbor + FTS5 automerge=0 (no segment merging during saves)', { ...HARBOR, ftsAutomerge: 0 }],
  ['small_page_cache', 'Harbor + cache_size=256 KiB (pages spill, are re-read and decrypted)', { ...HARBOR, cacheSizeKiB: 256 }],
  ['page_size_8k', 'Harbor + 8 KiB pages (cipher_page_size / page_size)', { ...HARBOR, pageSize: 8192 }],
];
const only = process.env.BENCH_VARIANTS;
if (only !== '0') {
  for (const [key, description, setup, sessionSize = SAVES_PER_SESSION] of variants) {
    if (only && !only.split(',').includes(key)) continue;
    const run = await runSaves(key, [{ setup }, { setup: HARBOR, useOpenDatabase: true }], sessionSize);
    const s = summarise(run.sides[0]!);
    const reference = summarise(run.sides[1]!);
    emit({
      name: `save_variant_${key}_encrypted_p99`,
      value: s.encrypted_p99,
      unit: 'ms',
      description,
      saves_per_session: sessionSize,
      ...s,
      harbor_encrypted_p50: reference.encrypted_p50,
      harbor_encrypted_p99: reference.encrypted_p99,
      harbor_plain_p99: reference.plain_p99,
      floor_fdatasync_p99: round(percentile(run.floor, 0.99)),
      floor_fsync_p99: round(percentile(run.floorFsync, 0.99)),
      ...machine(),
    });
  }
}
