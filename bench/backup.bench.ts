// Backup benchmark (`npm run bench -- backup`): on ten years of seeded check-ins, how long
// "Back up now" holds the main process (VACUUM INTO of the open encrypted journal, the integrity
// check with the live key, writing and re-reading the backup file), against a plain copy of the
// same database file in the same run, and how long a restore takes after the key derivation.
// Prints one JSON object per line: {"name","value","unit",...}.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkInInput } from '../src/shared/contract/journal.ts';
import { HarborCore } from '../src/main/core/harbor-core.ts';
import { noKeychain } from '../src/main/core/keychain.ts';
import { saveEntry } from '../src/main/core/journal/entries.ts';
import { demoHistory } from '../src/main/tools/seed-demo.ts';

const YEARS = Number(process.env.BENCH_BACKUP_YEARS ?? 10);
const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 7);
const PASSPHRASE = 'quiet harbour evening';

const root = mkdtempSync(join(tmpdir(), 'harbor-backup-bench-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
const emit = (line: Record<string, unknown>) => console.log(JSON.stringify(line));
const round = (n: number) => Math.round(n * 1000) / 1000;
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

// The test KDF cost: restore's scrypt is measured by foundation.bench.ts, not here.
const core = new HarborCore({ dataDir: join(root, 'data'), platform: { keychain: noKeychain }, kdfCost: { N: 2 ** 12, r: 8, p: 1 }, log: () => {} });
const created = await core.call('vaultCreate', { passphrase: PASSPHRASE });
if (!created.ok) throw new Error(created.error.message);
const db = core.vault.db;
const demo = demoHistory({ years: YEARS, seed: 7, endDay: '2025-06-30', everyDay: true });
db.transaction(() => {
  for (const d of demo) saveEntry(db, d.day, checkInInput.parse(d.checkIn), Date.parse(`${d.day}T21:30:00Z`));
})();
db.pragma('wal_checkpoint(TRUNCATE)');

const folder = join(root, 'out');
mkdirSync(folder);
const backup: number[] = [];
const copy: number[] = [];
let lastPath = '';
let lastId = '';
for (let i = 0; i < RUNS; i++) {
  let start = performance.now();
  const made = (await core.backups.backUpNow(folder))!;
  lastPath = join(folder, made.fileName);
  lastId = made.id;
  backup.push(performance.now() - start);
  start = performance.now();
  copyFileSync(core.vault.databasePath, join(folder, `copy-${i}.db`));
  copy.push(performance.now() - start);
}
const size = statSync(lastPath).size;
emit({ name: 'backup.backUpNow.median', value: round(median(backup)), unit: 'ms', entries: demo.length, bytes: size, runs: RUNS });
emit({ name: 'backup.plainFileCopy.median', value: round(median(copy)), unit: 'ms', baseline: true });
emit({ name: 'backup.backUpNow.ratioToCopy', value: round(median(backup) / median(copy)), unit: 'x' });

const restore: number[] = [];
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  // Main reads the chosen backup itself (by the id it gave), then restores it.
  const chosen = await core.call('backupChooseKept', { id: lastId });
  if (!chosen.ok) throw new Error(chosen.error.message);
  const result = await core.call('backupRestore', { secret: PASSPHRASE, secretKind: 'passphrase' });
  if (!result.ok) throw new Error(result.error.message);
  restore.push(performance.now() - start);
}
emit({ name: 'backup.restore.median', value: round(median(restore)), unit: 'ms', note: 'includes reading the chosen file and a before-restore backup; test KDF cost' });
core.close();
