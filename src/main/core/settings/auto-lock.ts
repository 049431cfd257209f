// Locks Harbor after a stretch without use. "Use" is any request from a page (every IPC call)
// or an explicit activity ping the page sends on key presses, clicks and scrolling. The timer
// is not reset on each call: it fires when the limit could first be reached and then checks
// the time of the last activity, so a busy page costs nothing but a Date.now().
import type { AutoLockMinutes } from '../../../shared/contract/settings.ts';

export interface AutoLockOptions {
  minutes(): AutoLockMinutes;
  /** The graceful lock (pages save drafts first). */
  lock(): Promise<void> | void;
}

export class AutoLock {
  private readonly options: AutoLockOptions;
  private timer: NodeJS.Timeout | null = null;
  private lastActivity = 0;
  private running = false;

  constructor(options: AutoLockOptions) {
    this.options = options;
  }

  /** Harbor was unlocked: start counting from now. */
  start(): void {
    this.running = true;
    this.lastActivity = Date.now();
    this.schedule();
  }

  /** Harbor locked (by any path): nothing to count. */
  stop(): void {
    this.running = false;
    this.clear();
  }

  noteActivity(): void {
    this.lastActivity = Date.now();
  }

  /** The setting changed: apply the new limit from the last activity. */
  reschedule(): void {
    if (this.running) this.schedule();
  }

  private schedule(): void {
    this.clear();
    const limitMs = this.limitMs();
    if (limitMs === null) return;
    const wait = Math.max(0, this.lastActivity + limitMs - Date.now());
    this.timer = setTimeout(() => this.check(), wait);
    // Never the reason a process stays alive (tests, the harness shutting down).
    this.timer.unref?.();
  }

  private check(): void {
    this.timer = null;
    if (!this.running) return;
    const limitMs = this.limitMs();
    if (limitMs === null) return;
    if (Date.now() - this.lastActivity < limitMs) return this.schedule();
    this.running = false;
    void this.options.lock();
  }

  private limitMs(): number | null {
    const minutes = this.options.minutes();
    return minutes === 'never' ? null : minutes * 60_000;
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
