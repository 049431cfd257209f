// Crash safety: a worker saves through the real core as fast as it can and is killed with SIGKILL
// at random moments; after every kill the vault must unlock, pass PRAGMA integrity_check (and the
// search index its own check), hold every acknowledged save exactly, and hold each day either as
// it was before the save that was in flight or as that save left it, never a mix.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import type { Entry } from '../../src/shared/contract/journal.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';
import { canonical, checkInFor, WORKER_PASSPHRASE, type WorkerLine } from './check-ins.ts';
import { seededRandom } from '../../src/main/core/seeded-random.ts';

const workerPath = fileURLToPath(new URL('./save-worker.ts', import.meta.url));

export interface CrashFigures {
  kills: number;
  kills_survived: number;
  acknowledged_saves: number;
  acknowledged_saves_lost: number;
  half_written_days: number;
  integrity_failures: number;
  unlock_failures: number;
  /** Saves that were committed but killed before their ack reached the test (allowed: the new version). */
  in_flight_committed: number;
  in_flight_not_committed: number;
  kills_before_ready: number;
  problems: string[];
}

interface DayState {
  entry: string | null;
  draft: string | null;
}

type Model = Map<string, DayState>;

interface RunOutput {
  lines: WorkerLine[];
  stderr: string;
  killedBeforeReady: boolean;
}

/** Starts the worker, kills it with SIGKILL at a random moment, and returns the lines it completed. */
async function runAndKill(
  dataDir: string,
  first: number,
  seed: number,
  options: { create: boolean; killEarly: boolean; ackEarly: boolean; random: () => number },
) {
  const args = [workerPath, '--data-dir', dataDir, '--first', String(first), '--seed', String(seed)];
  if (options.create) args.push('--create');
  if (options.ackEarly) args.push('--ack-early');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let ready = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const readyOrExit = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!ready && stdout.includes('"type":"ready"')) {
        ready = true;
        resolve();
      }
    });
    void exited.then(resolve);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

  if (options.killEarly) {
    // Somewhere in start-up: opening, WAL recovery, migrations, or the first saves.
    await sleep(150 + options.random() * 600);
  } else {
    await readyOrExit;
    await sleep(options.random() * 800);
  }
  const killedBeforeReady = !ready;
  child.kill('SIGKILL');
  await exited;
  // Only complete lines: a line cut by the kill was never fully reported.
  const complete = stdout.slice(0, stdout.lastIndexOf('\n') + 1);
  const lines = complete
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as WorkerLine);
  return { lines, stderr, killedBeforeReady } satisfies RunOutput;
}

function apply(model: Model, op: 'entry' | 'draft', day: string, content: string): void {
  const state = model.get(day) ?? { entry: null, draft: null };
  // Saving the check-in clears that day's draft in the same transaction.
  model.set(day, op === 'entry' ? { entry: content, draft: null } : { ...state, draft: content });
}

function sameDay(a: DayState | undefined, b: DayState | undefined): boolean {
  return (a?.entry ?? null) === (b?.entry ?? null) && (a?.draft ?? null) === (b?.draft ?? null);
}

/** Every day's reflection text and draft as stored, read in bulk straight from the open database. */
function storedDays(core: HarborCore): Map<string, { text: string | null; draft: string | null }> {
  const db = core.vault.db;
  const stored = new Map<string, { text: string | null; draft: string | null }>();
  for (const row of db.prepare('SELECT day, text FROM entries WHERE deleted_at IS NULL').all() as { day: string; text: string }[]) {
    stored.set(row.day, { text: row.text, draft: null });
  }
  for (const row of db.prepare('SELECT day, body FROM journal_drafts').all() as { day: string; body: string }[]) {
    stored.set(row.day, { text: stored.get(row.day)?.text ?? null, draft: canonical(JSON.parse(row.body)) });
  }
  return stored;
}

/** A day as the app reads it (journalGetDay): the real read path, for the days this run touched. */
async function readDay(core: HarborCore, day: string): Promise<DayState> {
  const result = await core.call('journalGetDay', { day });
  if (!result.ok) throw new Error(`journalGetDay ${day}: ${result.error.code} ${result.error.message}`);
  const value = result.value as { entry: Entry | null; draft: { checkIn: Entry } | null };
  return { entry: value.entry ? canonical(value.entry) : null, draft: value.draft ? canonical(value.draft.checkIn) : null };
}

export interface CrashOptions {
  kills: number;
  seed?: number;
  onProgress?: (done: number) => void;
  /** Self-test: the worker acknowledges each save before making it, so the check must find losses. */
  ackEarly?: boolean;
}

export async function runCrashTrials(options: CrashOptions): Promise<CrashFigures> {
  const seed = options.seed ?? 20_251_127;
  const random = seededRandom(seed);
  const temp = makeTempDir('harbor-crash-');
  const figures: CrashFigures = {
    kills: 0,
    kills_survived: 0,
    acknowledged_saves: 0,
    acknowledged_saves_lost: 0,
    half_written_days: 0,
    integrity_failures: 0,
    unlock_failures: 0,
    in_flight_committed: 0,
    in_flight_not_committed: 0,
    kills_before_ready: 0,
    problems: [],
  };
  let model: Model = new Map();
  /** The canonical text of every check-in ever sent, by sequence number. */
  const content = new Map<number, string>();
  let next = 0;

  try {
    for (let run = 0; run < options.kills; run++) {
      const runSeed = seed + run;
      const output = await runAndKill(temp.dir, next, runSeed, {
        create: run === 0,
        // The first run sets the vault up, so it always gets that far.
        killEarly: run > 0 && run % 5 === 4,
        ackEarly: options.ackEarly ?? false,
        random,
      });
      figures.kills++;
      if (output.killedBeforeReady) figures.kills_before_ready++;
      if (run === 0 && !output.lines.some((l) => l.type === 'ready')) {
        figures.problems.push(`the first worker never became ready: ${output.stderr.slice(0, 500)}`);
        break;
      }
      const failed = output.lines.find((l) => l.type === 'failed');
      if (failed) figures.problems.push(`run ${run}: a save failed: ${JSON.stringify(failed)}`);

      // What the worker said: saves confirmed, and at most one still in flight when it died.
      const intents = output.lines.filter((l): l is Extract<WorkerLine, { type: 'intent' }> => l.type === 'intent');
      const acked = new Set(output.lines.filter((l) => l.type === 'ack').map((l) => (l as { seq: number }).seq));
      const expected: Model = new Map(model);
      let inFlight: (typeof intents)[number] | null = null;
      for (const intent of intents) {
        content.set(intent.seq, canonical(checkInFor(intent.seq, runSeed)));
        if (acked.has(intent.seq)) apply(expected, intent.op, intent.day, content.get(intent.seq)!);
        else if (intent === intents.at(-1)) inFlight = intent;
        else figures.problems.push(`run ${run}: save ${intent.seq} was never acknowledged yet the worker went on`);
      }
      figures.acknowledged_saves += acked.size;
      next = (intents.at(-1)?.seq ?? next - 1) + 1;
      const withInFlight: Model = new Map(expected);
      if (inFlight) apply(withInFlight, inFlight.op, inFlight.day, content.get(inFlight.seq)!);

      // After the kill: unlock, integrity, then every day.
      const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
      try {
        const unlocked = await core.call('vaultUnlock', { passphrase: WORKER_PASSPHRASE });
        if (!unlocked.ok) {
          figures.unlock_failures++;
          figures.problems.push(`run ${run}: unlock failed: ${unlocked.error.code} ${unlocked.error.message}`);
          break;
        }
        const db = core.vault.db;
        const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
        let searchIndexOk = true;
        try {
          // FTS5's own check: the search index matches the check-ins it indexes (rank 1 = against the content).
          db.prepare("INSERT INTO journal_fts(journal_fts, rank) VALUES ('integrity-check', 1)").run();
        } catch {
          searchIndexOk = false;
        }
        const whole = integrity.length === 1 && integrity[0]!.integrity_check === 'ok' && searchIndexOk;
        if (!whole) {
          figures.integrity_failures++;
          figures.problems.push(`run ${run}: integrity_check ${JSON.stringify(integrity).slice(0, 300)}, search index ${searchIndexOk ? 'ok' : 'damaged'}`);
        }

        // Days this run touched are read the way the app reads them (every field); the others, in
        // bulk, by their text and draft (they were checked in full after the run that wrote them).
        const stored = storedDays(core);
        const touched = new Set(intents.map((i) => i.day));
        const days = new Set([...stored.keys(), ...withInFlight.keys()]);
        let inFlightLanded = false;
        let lostHere = 0;
        let halfHere = 0;
        const wrong: Model = new Map();
        for (const day of days) {
          const want = expected.get(day);
          let have: DayState;
          if (touched.has(day)) {
            have = await readDay(core, day);
          } else {
            const row = stored.get(day);
            const text = row?.text ?? null;
            const wantText = want?.entry ? (JSON.parse(want.entry) as { reflection: string }).reflection : null;
            have = { entry: text === null ? null : text === wantText ? want!.entry : `other text: ${text.slice(0, 80)}`, draft: row?.draft ?? null };
          }
          if (sameDay(have, want)) continue;
          if (inFlight && day === inFlight.day && sameDay(have, withInFlight.get(day))) {
            inFlightLanded = true;
            continue;
          }
          if (inFlight && day === inFlight.day) halfHere++;
          else lostHere++;
          figures.problems.push(`run ${run}: day ${day} is ${JSON.stringify(have).slice(0, 200)}, expected ${JSON.stringify(want).slice(0, 200)}`);
          wrong.set(day, await readDay(core, day)); // counted once: later runs expect what is there now
        }
        figures.acknowledged_saves_lost += lostHere;
        figures.half_written_days += halfHere;
        if (inFlight) {
          if (inFlightLanded) figures.in_flight_committed++;
          else figures.in_flight_not_committed++;
        }
        model = inFlightLanded ? withInFlight : expected;
        for (const [day, state] of wrong) model.set(day, state);
        if (whole && lostHere === 0 && halfHere === 0) figures.kills_survived++;
      } finally {
        core.close();
      }
      options.onProgress?.(run + 1);
    }
  } finally {
    temp.cleanup();
  }
  return figures;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
