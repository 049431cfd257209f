// Import benchmark (`npm run bench -- import`): a generated ten-year Daylio CSV export (3,650
// evenings, newest first, notes in several scripts) imported into a real encrypted journal, the
// way the page does it: the file's bytes in parts, the preview, then the import in one
// transaction. Baseline in the same run: the same 3,650 check-ins written straight with saveEntry
// in one transaction, no file to read. Also: the same file imported a second time (adds nothing).
// Prints one JSON object per line: {"name","value","unit",...}.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HarborCore } from '../src/main/core/harbor-core.ts';
import { noKeychain } from '../src/main/core/keychain.ts';
import { saveEntry } from '../src/main/core/journal/entries.ts';
import { readImportFile } from '../src/main/core/import/read-file.ts';
import { planImport } from '../src/main/core/import/plan.ts';
import { tenYearsOfDaylio } from '../tests/support/import-files.ts';
import { sendFile } from '../tests/support/import-upload.ts';
import { emit, median, round } from './conditions.ts';

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 5);
const DAYS = 3650;
const root = mkdtempSync(join(tmpdir(), 'harbor-import-bench-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
const now = () => new Date('2025-06-30T20:00:00');
const csv = tenYearsOfDaylio('2025-06-30', DAYS);
const choices = {
  moods: [{ label: 'zmęczona', level: 2 }],
  activities: [
    { name: 'arguments', role: 'situation' },
    { name: 'work', role: 'situation' },
    { name: 'exercise', role: 'helped' },
    { name: 'friends', role: 'helped' },
  ],
};

let run = 0;
async function freshCore(): Promise<HarborCore> {
  const core = new HarborCore({ dataDir: join(root, `data-${run++}`), platform: { keychain: noKeychain }, kdfCost: { N: 2 ** 12, r: 8, p: 1 }, now, log: () => {} });
  const created = await core.call('vaultCreate', { passphrase: 'quiet harbour evening' });
  if (!created.ok) throw new Error(created.error.message);
  return core;
}

async function must(core: HarborCore, method: string, input: unknown): Promise<Record<string, unknown>> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

const imports: number[] = [];
const importCpu: number[] = [];
const again: number[] = [];
const direct: number[] = [];
let added = 0;
for (let i = 0; i < RUNS; i++) {
  const core = await freshCore();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await sendFile(core, 'daylio_export.csv', csv);
  await must(core, 'importPreview', choices);
  const done = await must(core, 'importCommit', choices);
  imports.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  importCpu.push((used.user + used.system) / 1000);
  added = done.addedDays as number;
  const second = performance.now();
  await sendFile(core, 'daylio_export.csv', csv);
  await must(core, 'importPreview', choices);
  const none = await must(core, 'importCommit', choices);
  again.push(performance.now() - second);
  if (none.addedDays !== 0) throw new Error('the second import added days');
  core.close();

  // Baseline: the same check-ins, already planned, written straight into a fresh encrypted journal.
  const base = await freshCore();
  const plan = planImport(base.vault.db, readImportFile(Buffer.from(csv), 'daylio_export.csv', null), { ...choices, columns: null } as never, '2025-06-30');
  const t = performance.now();
  base.vault.db.transaction(() => {
    for (const d of plan.days) saveEntry(base.vault.db, d.day, d.checkIn, Date.now());
  })();
  direct.push(performance.now() - t);
  base.close();
}
if (added !== DAYS) throw new Error(`expected ${DAYS} days, imported ${added}`);

emit({ name: 'import_daylio_3650_days_ms', value: round(median(imports)), unit: 'ms', limit: 2000, bytes: Buffer.byteLength(csv), runs: RUNS, includes: 'upload in 1 MB parts, preview, import' });
// The processor time of the same work: what the wall time would be on a machine with nothing else running.
emit({ name: 'import_daylio_3650_days_cpu_ms', value: round(median(importCpu)), unit: 'ms', runs: RUNS });
emit({ name: 'import_daylio_3650_days_baseline_ms', value: round(median(direct)), unit: 'ms', runs: RUNS, what: 'the same check-ins written straight with saveEntry in one transaction' });
emit({ name: 'import_daylio_again_ms', value: round(median(again)), unit: 'ms', runs: RUNS, what: 'the same file a second time: nothing added' });
