// Slows down guessing through Harbor's own lock screen. After 5 wrong passphrases in a row each
// further try waits: 1 s, then 2, 4, 8, 16, and 30 s from then on. The recovery code has its own
// count. The counts live in a small file beside the key file, so quitting Harbor does not reset
// them; it is written atomically and holds nothing but counts and times. A right secret clears
// its count. This is a speed bump for someone at the keyboard; the key file's scrypt cost is
// what makes guessing expensive for anyone who copies the files (see docs/threat-model.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { HarborError } from '../../shared/result.ts';
import { writeFileAtomic } from './atomic-file.ts';

export const UNLOCK_ATTEMPTS_FILE = 'harbor.unlock-attempts.json';
export const FREE_TRIES = 5;
export const FIRST_WAIT_MS = 1000;
export const LONGEST_WAIT_MS = 30_000;

export type SecretKind = 'passphrase' | 'recovery';

const counter = z.object({ wrong: z.number().int().min(0).max(1e9), lastWrongAt: z.number().finite() });
type Counter = z.infer<typeof counter>;
const attemptsFile = z.object({
  format: z.literal('harbor-unlock-attempts'),
  version: z.literal(1),
  passphrase: counter,
  recovery: counter,
});
type AttemptsFile = z.infer<typeof attemptsFile>;

const fresh = (): Counter => ({ wrong: 0, lastWrongAt: 0 });

/** The wait after `wrong` wrong tries in a row: none for the first 5, then doubling from 1 s up to 30 s. */
export function waitAfter(wrong: number): number {
  if (wrong < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(wrong - FREE_TRIES, 30));
}

export interface AttemptsView {
  wrong: number;
  /** How long until the next try is allowed; 0 when it is allowed now. */
  waitMs: number;
}

export class UnlockAttempts {
  readonly path: string;
  private readonly now: () => number;
  /** The try running now, if any: the next waits for it. */
  private tries: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string, now: () => number) {
    this.path = join(dataDir, UNLOCK_ATTEMPTS_FILE);
    this.now = now;
  }

  view(kind: SecretKind): AttemptsView {
    const { wrong, lastWrongAt } = this.read()[kind];
    const wait = waitAfter(wrong);
    const now = this.now();
    // A clock set back must not stretch the wait beyond its length.
    const readyAt = Math.min(lastWrongAt, now) + wait;
    return { wrong, waitMs: Math.max(0, readyAt - now) };
  }

  /** Throws a "try again in N seconds" error while the wait after wrong tries has not passed. */
  assertMayTry(kind: SecretKind): void {
    const { waitMs } = this.view(kind);
    if (waitMs <= 0) return;
    const seconds = Math.ceil(waitMs / 1000);
    const what = kind === 'passphrase' ? 'passphrase' : 'recovery code';
    throw new HarborError(
      'try_later',
      `To keep your journal safe after several ${what}s that did not match, Harbor waits a little between tries. ` +
        `You can try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    );
  }

  noteWrong(kind: SecretKind): AttemptsView {
    const file = this.read();
    file[kind] = { wrong: file[kind].wrong + 1, lastWrongAt: this.now() };
    this.write(file);
    return this.view(kind);
  }

  /** A right secret: its count starts again. A recovery code also clears the passphrase count (a new passphrase was just set). */
  noteRight(kind: SecretKind): void {
    const file = this.read();
    const cleared = kind === 'recovery' ? (['recovery', 'passphrase'] as const) : (['passphrase'] as const);
    if (cleared.every((k) => file[k].wrong === 0)) return;
    for (const k of cleared) file[k] = fresh();
    this.write(file);
  }

  /**
   * Runs one try of a secret after the tries before it (so a burst of parallel guesses cannot slip
   * past the wait), refusing it while the wait lasts and counting its outcome. `checkFirst` runs
   * before the wait is checked (no key file is `no_vault`, not "wait"); `attempt` answers whether
   * the secret matched.
   */
  oneAtATime(kind: SecretKind, checkFirst: () => void, attempt: () => Promise<boolean>): Promise<void> {
    const run = async () => {
      checkFirst();
      this.assertMayTry(kind);
      if (await attempt()) {
        this.noteRight(kind);
        return;
      }
      this.noteWrong(kind);
      if (kind === 'passphrase') throw new HarborError('wrong_passphrase', 'That passphrase does not match. Check caps lock and try again.');
      throw new HarborError('wrong_recovery_code', 'That recovery code does not match. Check each group of four and try again.');
    };
    const next = this.tries.then(run, run);
    this.tries = next.catch(() => undefined);
    return next;
  }

  private read(): AttemptsFile {
    try {
      const parsed = attemptsFile.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // Missing or unreadable: see below.
    }
    // A missing file is the normal start. A damaged one counts as no wrong tries so far: the
    // person must never be locked out by a broken counter, and anyone who can damage this file
    // can also copy the key file, which is what scrypt protects.
    return { format: 'harbor-unlock-attempts', version: 1, passphrase: fresh(), recovery: fresh() };
  }

  private write(file: AttemptsFile): void {
    try {
      writeFileAtomic(this.path, JSON.stringify(file) + '\n');
    } catch {
      throw new HarborError('read_only', `Harbor cannot write to ${join(this.path, '..')}. Check the folder's permissions, then try again.`);
    }
  }
}
