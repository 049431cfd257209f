// IPC fuzzing: generated payloads for EVERY method of the contract (iterated, so methods added
// later are fuzzed too), sent through HarborCore.call exactly as the IPC and harness transports
// do, with Harbor unlocked and locked.
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { apiMethods, contract, type ApiMethod } from '../../src/shared/contract/index.ts';
import { errorCodes, type Result } from '../../src/shared/result.ts';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';
import { folderDigest } from './digest.ts';
import { payloadsFor } from './payloads.ts';

/**
 * Methods whose VALID payloads are not sent (invalid ones are). Each would do something a fuzzer
 * must not do by construction, not just by luck:
 */
export const NOT_SENT_WHEN_VALID: Partial<Record<ApiMethod, string>> = {
  vaultLock: 'locks Harbor, which would end the unlocked run (locking is the locked run itself)',
  vaultChangePassphrase: 'replaces the passphrase wrapping in the key file when the current passphrase matches',
  vaultNewRecoveryCode: 'replaces the recovery code wrapping in the key file',
  vaultUnlockWithRecoveryCode: 'sets a new passphrase when the code matches',
  vaultSetAutoUnlock: 'rewrites the key file (keychain copy of the key)',
  backupNow: 'writes a backup file into any folder the payload names, anywhere on this computer (the browser harness has no folder dialog)',
  backupRestore: 'would replace the journal with any backup handed over before it (kept out by construction, not left to luck)',
};

const PASSPHRASE = 'fuzzing is only fair';

export interface FuzzFigures {
  state: 'unlocked' | 'locked';
  fuzz_payloads: number;
  methods_fuzzed: number;
  rejected_as_invalid: number;
  valid_sent: number;
  valid_not_sent: number;
  /** Results that were not a well-formed Result, or an error code outside the list. */
  malformed_results: number;
  /** core.call threw, or an uncaught exception / unhandled rejection happened during the run. */
  uncaught_errors: number;
  /** `internal` answers: a valid payload crashed a handler. */
  internal_errors: number;
  /** Invalid payloads not answered with invalid_input (or locked, for unlocked-only methods while locked). */
  wrong_error_codes: number;
  /** ok values that did not match the method's output schema. */
  bad_outputs: number;
  /** Times the content changed while only invalid payloads had been sent. */
  content_changed_by_invalid: number;
  prototype_polluted: boolean;
  problems: string[];
}

function prototypeFingerprint(): string {
  const parts: string[] = [];
  for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]) {
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key)!;
      parts.push(`${String(key)}:${typeof descriptor.value}:${typeof descriptor.get}`);
    }
  }
  const probe = {} as Record<string, unknown>;
  parts.push(`probe:${String(probe.polluted)}:${String(probe.isAdmin)}`);
  return parts.join('|');
}

function wellFormed(result: unknown): result is Result<unknown> {
  if (!result || typeof result !== 'object') return false;
  const r = result as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return true;
  if (r.ok !== false || !r.error) return false;
  const { code, message } = r.error;
  return (
    typeof code === 'string' &&
    (errorCodes as readonly string[]).includes(code) &&
    typeof message === 'string' &&
    message.length > 0 &&
    message.length <= 1000 &&
    // No stack traces or internals leak to the page.
    !/\n\s+at |SqliteError|TypeError|ZodError/.test(message)
  );
}

/** Seeds real content, so "unchanged" means something. */
async function seed(core: HarborCore): Promise<void> {
  const calls: [ApiMethod, unknown][] = [
    ['journalSaveEntry', { day: '2025-03-14', checkIn: { mood: 2, reflection: 'Walked along the harbour wall.', triggers: [{ name: 'Argument at work', kind: 'situation' }] } }],
    ['journalSaveEntry', { day: '2025-03-15', checkIn: { mood: 4, reflection: 'A quieter evening.', emotions: [{ name: 'Calm', rating: 4 }] } }],
    ['journalSaveDraft', { day: '2025-03-16', checkIn: { reflection: 'Half a thought' } }],
    ['copingItemAdd', { kind: 'sensory', title: 'Lemon sweets', note: 'in the drawer' }],
    ['journalSetReminder', { enabled: true, time: '21:00' }],
  ];
  for (const [method, input] of calls) {
    const result = await core.call(method, input);
    if (!result.ok) throw new Error(`seeding ${method}: ${result.error.code} ${result.error.message}`);
  }
}

export async function runFuzz(options: { state: 'unlocked' | 'locked'; payloads: number; seed?: number }): Promise<FuzzFigures> {
  const figures: FuzzFigures = {
    state: options.state,
    fuzz_payloads: 0,
    methods_fuzzed: 0,
    rejected_as_invalid: 0,
    valid_sent: 0,
    valid_not_sent: 0,
    malformed_results: 0,
    uncaught_errors: 0,
    internal_errors: 0,
    wrong_error_codes: 0,
    bad_outputs: 0,
    content_changed_by_invalid: 0,
    prototype_polluted: false,
    problems: [],
  };
  const note = (problem: string) => {
    if (figures.problems.length < 30) figures.problems.push(problem);
  };
  const onUncaught = (error: unknown) => {
    figures.uncaught_errors++;
    note(`uncaught: ${String(error).slice(0, 200)}`);
  };
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  const prototypesBefore = prototypeFingerprint();

  const temp = makeTempDir('harbor-fuzz-');
  const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
  const digest = () => {
    if (core.vault.state() === 'unlocked') return folderDigest(temp.dir, core.vault.db);
    // Locked: nothing may touch the database file at all, so its bytes are compared too.
    const raw = createHash('sha256');
    for (const suffix of ['', '-wal', '-shm']) {
      const path = core.vault.databasePath + suffix;
      raw.update(existsSync(path) ? readFileSync(path) : Buffer.from('absent'));
    }
    return `${folderDigest(temp.dir, null)}:${raw.digest('hex')}`;
  };
  try {
    const created = await core.call('vaultCreate', { passphrase: PASSPHRASE });
    if (!created.ok) throw new Error(created.error.message);
    await seed(core);
    if (options.state === 'locked') core.vault.lock();
    let baseline = digest();

    // A margin, because valid payloads of NOT_SENT_WHEN_VALID methods are skipped; stops at the target.
    const perMethod = Math.ceil((options.payloads * 1.1) / apiMethods.length);
    const generated = new Map(
      apiMethods.map((method, i) => [method, fc.sample(payloadsFor(method), { numRuns: perMethod, seed: (options.seed ?? 7) * 1000 + i })]),
    );
    // Round-robin over methods, so every method is fuzzed between every other's payloads.
    for (let round = 0; round < perMethod && figures.fuzz_payloads < options.payloads; round++) {
      for (const method of apiMethods) {
        const payload = generated.get(method)![round];
        const spec = contract[method];
        const lockedOut = spec.access === 'unlocked' && core.vault.state() !== 'unlocked';
        const valid = !lockedOut && spec.input.safeParse(payload ?? {}).success;
        if (valid && NOT_SENT_WHEN_VALID[method]) {
          figures.valid_not_sent++;
          continue;
        }
        if (valid) {
          // Everything since the last valid call was invalid: it must have changed nothing.
          const now = digest();
          if (now !== baseline) {
            figures.content_changed_by_invalid++;
            note(`content changed before ${method} while only invalid payloads were sent`);
          }
        }
        figures.fuzz_payloads++;
        let result: unknown;
        try {
          result = await core.call(method, payload);
        } catch (error) {
          figures.uncaught_errors++;
          note(`${method} threw: ${String(error).slice(0, 200)}`);
          continue;
        }
        if (!wellFormed(result)) {
          figures.malformed_results++;
          note(`${method}: malformed result ${JSON.stringify(result)?.slice(0, 200)}`);
          continue;
        }
        if (valid) {
          figures.valid_sent++;
          if (result.ok && !spec.output.safeParse(result.value).success) {
            figures.bad_outputs++;
            note(`${method}: ok value does not match the output schema`);
          }
          if (!result.ok && result.error.code === 'internal') {
            figures.internal_errors++;
            note(`${method}: internal error for a valid payload: ${describe(payload)}`);
          }
          // A valid call may change data (a saved check-in); from here on that is the content.
          if (options.state === 'locked' && core.vault.state() === 'unlocked') core.vault.lock();
          baseline = digest();
        } else {
          figures.rejected_as_invalid++;
          const expected = lockedOut ? 'locked' : 'invalid_input';
          if (result.ok || result.error.code !== expected) {
            figures.wrong_error_codes++;
            note(`${method}: invalid payload answered ${result.ok ? 'ok' : result.error.code}, expected ${expected}: ${describe(payload)}`);
          }
        }
      }
    }
    if (digest() !== baseline) {
      figures.content_changed_by_invalid++;
      note('content changed after the last valid call, while only invalid payloads were sent');
    }
    if (core.vault.state() !== (options.state === 'locked' ? 'locked' : 'unlocked')) note(`the vault ended ${core.vault.state()}`);
    figures.methods_fuzzed = apiMethods.length;
  } finally {
    core.close();
    temp.cleanup();
    // Give any stray promise a turn to reject before the listeners go.
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  }
  figures.prototype_polluted = prototypeFingerprint() !== prototypesBefore;
  return figures;
}

function describe(payload: unknown): string {
  try {
    return (JSON.stringify(payload) ?? String(payload)).slice(0, 160);
  } catch {
    return Object.prototype.toString.call(payload);
  }
}
