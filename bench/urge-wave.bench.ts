// Urge-wave benchmark (`npm run bench`): the person's own urge wave ("How your urges pass", the
// median urge at each 2-minute mark with its middle half) over 1,000 urge-timer rounds of
// re-ratings, computed by the real core function (urgeWave) on a real encrypted journal, median of
// RUNS. Baseline in the same run: the same figures computed in plain JavaScript over the rows
// already loaded (the ratings read once, before timing), which is as fast as JavaScript gets; its
// results must equal the SQL ones, or the bench fails. Target: urge_wave_1000_rounds_ms <= 5.
// Prints one JSON object per line, with the load average.
import { isDeepStrictEqual } from 'node:util';
import { HarborCore } from '../src/main/core/harbor-core.ts';
import { noKeychain } from '../src/main/core/keychain.ts';
import { urgeWave, WAVE_MAX_MINUTES } from '../src/main/core/patterns/urge-wave.ts';
import { MIN_WAVE_ROUNDS, WAVE_STEP_MINUTES, type UrgeWave } from '../src/shared/contract/patterns.ts';
import { seededRandom } from '../src/main/core/seeded-random.ts';
import { FAST_KDF, makeTempDir } from '../tests/support/temp-dir.ts';
import { emit, median } from './conditions.ts';

const ROUNDS = 1000;
const RUNS = Number(process.env.BENCH_WAVE_RUNS ?? 50);
const TARGET_MS = 5;
const round2 = (n: number) => Math.round(n * 100) / 100;

type Row = { use_id: number; started_at: number; minute: number; urge: number };

/** The wave the obvious way, as urge-wave.ts documents it, over rows already in memory. */
function waveInJs(rows: readonly Row[], startMs: number, endMs: number): UrgeWave {
  const byUse = new Map<number, Row[]>();
  for (const row of rows) {
    if (row.started_at < startMs || row.started_at >= endMs) continue;
    const list = byUse.get(row.use_id);
    if (list) list.push(row);
    else byUse.set(row.use_id, [row]);
  }
  const byMark = new Map<number, number[]>();
  let rounds = 0;
  for (const ratings of byUse.values()) {
    if (ratings.length < 2) continue;
    rounds++;
    const steps = new Map<number, Row>();
    for (const r of ratings) {
      const mark = Math.round(r.minute / WAVE_STEP_MINUTES) * WAVE_STEP_MINUTES;
      const held = steps.get(mark);
      if (!held || r.minute >= held.minute) steps.set(mark, r);
    }
    const marks = [...steps.keys()].sort((a, b) => a - b);
    let at = 0;
    for (let m = marks[0]!; m <= marks.at(-1)! && m <= WAVE_MAX_MINUTES; m += WAVE_STEP_MINUTES) {
      while (at + 1 < marks.length && marks[at + 1]! <= m) at++;
      const values = byMark.get(m);
      const urge = steps.get(marks[at]!)!.urge;
      if (values) values.push(urge);
      else byMark.set(m, [urge]);
    }
  }
  const points = [...byMark.entries()]
    .filter(([, values]) => values.length >= MIN_WAVE_ROUNDS)
    .sort((a, b) => a[0] - b[0])
    .map(([minute, values]) => {
      const v = values.sort((a, b) => a - b);
      const n = v.length;
      const median = (v[Math.floor((n + 1) / 2) - 1]! + v[Math.floor((n + 2) / 2) - 1]!) / 2;
      return { minute, rounds: n, median, lower: v[Math.ceil(n / 4) - 1]!, upper: v[Math.ceil((3 * n) / 4) - 1]! };
    });
  return { rounds, points };
}

const temp = makeTempDir('harbor-bench-wave-');
try {
  const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
  const created = await core.call('vaultCreate', { passphrase: 'quiet harbour evening' });
  if (!created.ok) throw new Error(created.error.message);
  // 1,000 rounds over about a year, saved as the timer saves them: a rating at the start, one
  // about every 2 minutes (a little early or late, some skipped), and one at the end.
  const random = seededRandom(2024);
  const firstStart = Date.now() - 360 * 86_400_000;
  for (let r = 0; r < ROUNDS; r++) {
    const startedAt = firstStart + Math.floor((r * 360 * 86_400_000) / ROUNDS);
    const ratings: { minute: number; urge: number }[] = [];
    let urge = 5 + Math.floor(random() * 6);
    const marks = 3 + Math.floor(random() * 6);
    for (let i = 0; i < marks; i++) {
      if (i > 0 && i < marks - 1 && random() < 0.15) continue;
      ratings.push({ minute: Math.max(0, Math.round((i * 2 + random() * 0.8 - 0.2) * 10) / 10), urge });
      urge = Math.max(0, Math.min(10, urge + Math.floor(random() * 4) - 2));
    }
    const last = ratings.at(-1)!;
    const saved = await core.call('copingUseSave', {
      id: crypto.randomUUID(),
      startedAt,
      endedAt: startedAt + Math.ceil(last.minute * 60_000) + 1000,
      minutesPlanned: 10,
      urgeBefore: ratings[0]!.urge,
      urgeAfter: last.urge,
      ratings,
      outcome: 'time-up',
      items: [],
      note: '',
    });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  const db = core.vault.db;
  const bounds = { startMs: firstStart - 1, endMs: Date.now() + 1 };
  const rows = db
    .prepare('SELECT r.use_id, u.started_at, r.minute, r.urge FROM coping_use_ratings r JOIN coping_uses u ON u.id = r.use_id')
    .all() as Row[];

  const sqlWave = urgeWave(db, bounds);
  const jsWave = waveInJs(rows, bounds.startMs, bounds.endMs);
  if (!isDeepStrictEqual(sqlWave, jsWave)) {
    console.error(JSON.stringify({ sql: sqlWave, js: jsWave }));
    throw new Error('The SQL urge wave and the plain JavaScript one differ.');
  }
  if (sqlWave.rounds !== ROUNDS) throw new Error(`Expected ${ROUNDS} rounds, found ${sqlWave.rounds}.`);

  // Alternate the two so that other work on the machine weighs on both alike.
  const samplesSql: number[] = [];
  const samplesJs: number[] = [];
  for (let i = 0; i < 3; i++) {
    urgeWave(db, bounds);
    waveInJs(rows, bounds.startMs, bounds.endMs);
  }
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    urgeWave(db, bounds);
    samplesSql.push(performance.now() - start);
    start = performance.now();
    waveInJs(rows, bounds.startMs, bounds.endMs);
    samplesJs.push(performance.now() - start);
  }
  const value = round2(median(samplesSql));
  const baseline = round2(median(samplesJs));
  emit({
    name: 'urge_wave_1000_rounds_ms',
    value,
    unit: 'ms',
    target: TARGET_MS,
    met: value <= TARGET_MS,
    rounds: ROUNDS,
    ratings: rows.length,
    runs: RUNS,
    baseline: { name: 'plain JavaScript over the loaded rows', value: baseline, unit: 'ms' },
    ratioBaselineToSql: round2(baseline / value),
  });
  core.close();
} finally {
  temp.cleanup();
}
