// The full page check of a journal that was closed cleanly waits until just after unlock, so the
// first screen comes first (see clean-close.ts). This holds that one waiting check.
import { HarborError } from '../../../shared/result.ts';
import { assertPagesReadable, type Db } from '../db/database.ts';

/** How long after unlock the full page check of a cleanly closed journal waits. */
const PAGE_CHECK_DELAY_MS = 1500;

export class WaitingPageCheck {
  private timer: NodeJS.Timeout | null = null;

  schedule(run: () => void): void {
    this.cancel();
    this.timer = setTimeout(run, PAGE_CHECK_DELAY_MS);
    this.timer.unref();
  }

  /** True while a check waits; cancels it, so the caller runs it at most once. */
  take(): boolean {
    const waiting = this.timer !== null;
    this.cancel();
    return waiting;
  }

  pending(): boolean {
    return this.timer !== null;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** Reads every page: null when all read, or the error to lock the journal with, in the person's words. */
export function pageProblem(db: Db, databasePath: string): HarborError | null {
  try {
    assertPagesReadable(db, databasePath);
    return null;
  } catch (error) {
    if (error instanceof HarborError && error.code === 'read_only') return error;
    return new HarborError(
      'database_damaged',
      `Harbor checked its journal file (${databasePath}) after unlocking and found a part it cannot read: the file may be damaged. ` +
        'Harbor locked it so that nothing more is written to it. You can restore a backup.',
    );
  }
}
