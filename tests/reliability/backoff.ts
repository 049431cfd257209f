// The wait Harbor enforces between wrong passphrases, measured from its real counter through the
// real core and a real data folder. The clock is a test clock, so N wrong tries cost no real
// waiting: before each try the runner first tries too early (which must be refused without a
// try), then moves the clock on by exactly the wait the core reports, and tries for real.
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { UNLOCK_ATTEMPTS_FILE } from '../../src/main/core/unlock-attempts.ts';
import type { VaultStatus } from '../../src/shared/contract/vault.ts';
import { snapshotFiles } from '../support/files.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const PASSPHRASE = 'low tide at the harbour wall';

export interface BackoffFigures {
  wrong_tries: number;
  /** The total wait the core enforced before the wrong tries (the first to the last), in seconds. */
  wrong_tries_backoff_s: number;
  /** The wait after each wrong try, in seconds (1-based: waits[4] follows the 5th). */
  waits_s: number[];
  /** Tries made before their wait was over that were refused as "try later" (must be all of them). */
  early_tries_refused: number;
  early_tries: number;
  wrong_tries_unlocked: number;
  /** Files other than the try counter that changed (must be none). */
  files_changed_besides_counter: string[];
  /** The right passphrase right after the last wait opened Harbor. */
  right_passphrase_opened: boolean;
  /** A new core on the same folder (a restart) still knew the wait. */
  wait_kept_across_restart: boolean;
}

async function status(core: HarborCore): Promise<VaultStatus> {
  const result = await core.call('vaultStatus', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as VaultStatus;
}

export async function runWrongTriesBackoff(options: { tries: number }): Promise<BackoffFigures> {
  const temp = makeTempDir('harbor-backoff-');
  let clock = Date.parse('2026-03-01T20:00:00Z');
  const now = () => new Date(clock);
  const newCore = () => new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, now, log: () => {} });
  try {
    const setup = newCore();
    const created = await setup.call('vaultCreate', { passphrase: PASSPHRASE });
    if (!created.ok) throw new Error(created.error.message);
    setup.close();
    const before = snapshotFiles(temp.dir);

    let core = newCore();
    const figures: BackoffFigures = {
      wrong_tries: 0,
      wrong_tries_backoff_s: 0,
      waits_s: [],
      early_tries_refused: 0,
      early_tries: 0,
      wrong_tries_unlocked: 0,
      files_changed_besides_counter: [],
      right_passphrase_opened: false,
      wait_kept_across_restart: false,
    };
    let waitedMs = 0;
    for (let i = 0; i < options.tries; i++) {
      const { passphraseWaitMs } = (await status(core)).wrongTries;
      if (passphraseWaitMs > 0) {
        figures.early_tries++;
        const early = await core.call('vaultUnlock', { passphrase: PASSPHRASE });
        if (!early.ok && early.error.code === 'try_later') figures.early_tries_refused++;
        if (early.ok) throw new Error('the right passphrase opened Harbor during the wait');
        clock += passphraseWaitMs;
        waitedMs += passphraseWaitMs;
      }
      const result = await core.call('vaultUnlock', { passphrase: `not the passphrase ${i}` });
      figures.wrong_tries++;
      if (result.ok) figures.wrong_tries_unlocked++;
      figures.waits_s.push((await status(core)).wrongTries.passphraseWaitMs / 1000);
      if (i === Math.floor(options.tries / 2)) {
        // Quitting and starting Harbor again keeps the count and the wait.
        core.close();
        const waiting = (await status(core)).wrongTries.passphraseWaitMs;
        core = newCore();
        figures.wait_kept_across_restart = (await status(core)).wrongTries.passphraseWaitMs === waiting && waiting > 0;
      }
    }
    const { [UNLOCK_ATTEMPTS_FILE]: _counter, ...after } = snapshotFiles(temp.dir);
    figures.files_changed_besides_counter = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]);
    // The wait after the last wrong try is not counted: it is the next try's.
    clock += (await status(core)).wrongTries.passphraseWaitMs;
    figures.right_passphrase_opened = (await core.call('vaultUnlock', { passphrase: PASSPHRASE })).ok;
    figures.wrong_tries_backoff_s = Math.round(waitedMs / 100) / 10;
    core.close();
    return figures;
  } finally {
    temp.cleanup();
  }
}
