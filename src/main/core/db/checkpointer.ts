// Folding the write-ahead log back into the journal file, on a timer, outside every save.
import type { Db } from './database.ts';

export interface CheckpointerOptions {
  /** Quiet time after the last save before checkpointing. */
  idleMs?: number;
  /** Saves to gather in the WAL before a checkpoint is worth it (see below). */
  minWrites?: number;
  /** Once there are enough, checkpoint at the latest this long after, even if saves never pause. */
  maxDelayMs?: number;
}

/**
 * Folds the WAL back into the database (a passive checkpoint) on a timer, after saves have
 * answered, never inside one. It waits until `minWrites` saves have gathered: every checkpoint
 * makes the next save restart the WAL, which costs an extra fsync of its header, so
 * checkpointing after every quiet moment would put that fsync on nearly every save at a
 * person's pace. Between checkpoints the WAL file keeps its size and is overwritten in place.
 * Lock closes the database, which checkpoints whatever is left.
 */
export class Checkpointer {
  private timer: NodeJS.Timeout | null = null;
  private pending = 0;
  private dueSince: number | null = null;
  private readonly db: Db;
  private readonly idleMs: number;
  private readonly minWrites: number;
  private readonly maxDelayMs: number;
  constructor(db: Db, options: CheckpointerOptions = {}) {
    this.db = db;
    this.idleMs = options.idleMs ?? 1500;
    this.minWrites = options.minWrites ?? 32;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
  }
  noteWrite(): void {
    this.pending++;
    if (this.pending < this.minWrites) return;
    const now = Date.now();
    this.dueSince ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.idleMs, this.dueSince + this.maxDelayMs - now));
    this.timer = setTimeout(() => this.run(), wait);
    this.timer.unref();
  }
  run(): void {
    this.stop();
    if (this.db.open) this.db.pragma('wal_checkpoint(PASSIVE)');
  }
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = 0;
    this.dueSince = null;
  }
}
