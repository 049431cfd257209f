// A child process for the crash test: opens a real vault through the real core and saves check-ins
// and drafts as fast as it can until it is killed. Run with Node directly:
//   node tests/reliability/save-worker.ts --data-dir DIR --first N --seed S [--create]
// Every line on stdout is JSON. An "intent" line is written before a save is sent, an "ack" line
// only after its Result came back ok: on Linux, writes to a pipe are synchronous, so an ack the
// parent reads is a save Harbor confirmed before the kill.
import { parseArgs } from 'node:util';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { FAST_KDF } from '../support/temp-dir.ts';
import { checkInFor, dayNumber, WORKER_PASSPHRASE, type WorkerLine } from './check-ins.ts';
import { seededRandom } from '../../src/main/core/seeded-random.ts';

function say(line: WorkerLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      first: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      create: { type: 'boolean', default: false },
      'max-ms': { type: 'string', default: '30000' },
      // Self-test of the crash check only: acknowledge before the save, as a buggy app would.
      'ack-early': { type: 'boolean', default: false },
    },
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required');
  const seed = Number(values.seed);
  const random = seededRandom(seed);
  const core = new HarborCore({ dataDir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: (message, error) => console.error(message, error) });
  const opened = values.create
    ? await core.call('vaultCreate', { passphrase: WORKER_PASSPHRASE })
    : await core.call('vaultUnlock', { passphrase: WORKER_PASSPHRASE });
  if (!opened.ok) throw new Error(`could not open the vault: ${opened.error.code} ${opened.error.message}`);

  // Days with a check-in already (from earlier, killed runs): some saves overwrite them, so the
  // test also sees old → new versions of one day, not only new rows.
  const history = await core.call('journalHistory', { limit: 200 });
  const known: string[] = history.ok ? (history.value as { entries: { day: string }[] }).entries.map((e) => e.day) : [];
  say({ type: 'ready', days: known });

  // The parent kills this process; should it die first, stop on our own rather than run forever.
  const deadline = Date.now() + Number(values['max-ms']);
  const parent = process.ppid;
  for (let seq = Number(values.first); Date.now() < deadline && process.ppid === parent; seq++) {
    const roll = random();
    // New day (entry or draft), or a new version of a day already written.
    const day = roll < 0.55 || known.length === 0 ? dayNumber(seq) : known[Math.floor(random() * known.length)]!;
    const op = random() < 0.7 ? 'entry' : 'draft';
    say({ type: 'intent', seq, op, day });
    if (values['ack-early']) {
      say({ type: 'ack', seq });
      // Widen the lie's window so the self-test's kills land in it.
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    // A new version of a check-in replaces the day's answer whole: an earlier "yes" leaves no lapse
    // note behind (a kept note would make the day say "yes" whatever the newer save said).
    const result =
      op === 'entry'
        ? await core.call('journalSaveEntry', { day, checkIn: checkInFor(seq, seed), lapseNotes: 'remove' })
        : await core.call('journalSaveDraft', { day, checkIn: checkInFor(seq, seed) });
    if (!result.ok) {
      say({ type: 'failed', seq, error: `${result.error.code}: ${result.error.message}` });
      process.exit(1);
    }
    if (!values['ack-early']) say({ type: 'ack', seq });
    if (!known.includes(day)) known.push(day);
    // What the idle Checkpointer does, sooner: so kills also land in the middle of a checkpoint.
    if (seq % 25 === 24) core.vault.db.pragma('wal_checkpoint(PASSIVE)');
  }
  process.exit(3);
}

await main();
