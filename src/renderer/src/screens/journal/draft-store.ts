// Drafts that never get lost. The check-in form hands every change to this store; the store writes
// it to the encrypted database (journalSaveDraft) a moment after typing pauses, and at once before a
// lock, when the window is hidden or closed. The words live here, outside React, so they survive
// the journal screen being unmounted by a lock: if a save fails (locked, or Harbor not reachable),
// the text stays in memory and is saved after unlock or on the next try. Nothing is ever dropped.
import type { CheckIn } from '../../../../shared/contract/journal.ts';
import { harbor } from '../../api/harbor';
import { registerBeforeLock } from '../../api/lock-guard';

export const DRAFT_DEBOUNCE_MS = 400;
const RETRY_MS = 5000;

export type DraftStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; savedAt: number }
  | { state: 'waiting'; reason: 'locked' | 'failed'; message: string };

const pending = new Map<string, CheckIn>();
const statuses = new Map<string, DraftStatus>();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;
/** Saves run one after another, so a slow draft write can never land after the check-in is saved. */
let queue: Promise<void> = Promise.resolve();
let started = false;

function start(): void {
  if (started) return;
  started = true;
  // Every lock, from the page or from main ('before-lock', answered by the shell), flushes through here.
  registerBeforeLock(flushDrafts);
  harbor.onEvent((event) => {
    if (event.type === 'vault' && event.state === 'unlocked' && pending.size > 0) void flushDrafts();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushDrafts();
  });
  window.addEventListener('pagehide', () => void flushDrafts());
}

function setStatus(day: string, status: DraftStatus): void {
  statuses.set(day, status);
  for (const listener of listeners) listener();
}

const IDLE: DraftStatus = { state: 'idle' };

/** Stable objects, so React's useSyncExternalStore can compare them. */
export function draftStatus(day: string): DraftStatus {
  return statuses.get(day) ?? IDLE;
}

export function onDraftStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The newest words for a day that are not in the database yet (newer than any stored draft). */
export function unsavedDraft(day: string): CheckIn | undefined {
  return pending.get(day);
}

/** Records the form as it is now; it is written after a short pause in typing. */
export function queueDraft(day: string, checkIn: CheckIn): void {
  start();
  pending.set(day, checkIn);
  setStatus(day, { state: 'pending' });
  schedule(DRAFT_DEBOUNCE_MS);
}

function schedule(ms: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void flushDrafts();
  }, ms);
}

/** Writes every unsaved draft now. Resolves once they are written, or kept for a later try. */
export function flushDrafts(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  queue = queue.then(writePending, writePending);
  return queue;
}

async function writePending(): Promise<void> {
  for (const [day, checkIn] of [...pending]) {
    setStatus(day, { state: 'saving' });
    const result = await harbor.journalSaveDraft({ day, checkIn });
    // Typing may have continued meanwhile; only forget the words that were actually written.
    const stillSame = pending.get(day) === checkIn;
    if (result.ok) {
      if (stillSame) {
        pending.delete(day);
        setStatus(day, { state: 'saved', savedAt: result.value.savedAt });
      }
    } else if (result.error.code === 'locked') {
      setStatus(day, { state: 'waiting', reason: 'locked', message: 'Locked for now. Your words are kept here and saved as soon as you unlock.' });
    } else if (result.error.code === 'invalid_input') {
      // Retrying the same refused input cannot help; the words stay here and the next edit tries again.
      setStatus(day, { state: 'waiting', reason: 'failed', message: `Your words are kept here, but not yet on disk. ${result.error.message}` });
    } else {
      setStatus(day, { state: 'waiting', reason: 'failed', message: `${result.error.message} Trying again in a moment.` });
      schedule(RETRY_MS);
    }
  }
}

/**
 * Stops drafting a day (its check-in was saved, discarded or deleted): waits for any write in
 * flight, so a late draft cannot reappear over the saved check-in.
 */
export async function settleDraft(day: string): Promise<void> {
  pending.delete(day);
  await queue;
  pending.delete(day);
  setStatus(day, IDLE);
}
