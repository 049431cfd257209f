// The chain analysis is saved as the person types: a moment after typing pauses, and at once before
// a lock, when the window is hidden or closed, or when the screen closes. The words wait here,
// outside React, until they are written, so a failed save (locked, or Harbor not reachable) keeps
// them for the next try and reopening the screen shows them. Nothing typed is dropped.
import type { ChainContent } from '../../../../shared/contract/chain.ts';
import { harbor } from '../../api/harbor';
import { registerBeforeLock } from '../../api/lock-guard';
import { DRAFT_DEBOUNCE_MS } from '../journal/draft-store';

const RETRY_MS = 5000;

const pending = new Map<number, ChainContent>();
const problems = new Map<number, string>();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;
/** Saves run one after another, so an older save can never land after a newer one. */
let queue: Promise<void> = Promise.resolve();
let started = false;

function start(): void {
  if (started) return;
  started = true;
  registerBeforeLock(flushChains);
  harbor.onEvent((event) => {
    if (event.type === 'vault' && event.state === 'unlocked' && pending.size > 0) void flushChains();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushChains();
  });
  window.addEventListener('pagehide', () => void flushChains());
}

function setProblem(relapseId: number, message: string | null): void {
  if ((problems.get(relapseId) ?? null) === message) return;
  if (message === null) problems.delete(relapseId);
  else problems.set(relapseId, message);
  for (const listener of listeners) listener();
}

/** Why the newest words are not saved yet, in the person's words; null when all is saved. */
export function chainProblem(relapseId: number): string | null {
  return problems.get(relapseId) ?? null;
}

export function onChainProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Words for this analysis that are newer than what the database holds. */
export function unsavedChain(relapseId: number): ChainContent | undefined {
  return pending.get(relapseId);
}

/** Records the analysis as it is now; it is written after a short pause in typing. */
export function queueChain(relapseId: number, content: ChainContent): void {
  start();
  pending.set(relapseId, content);
  schedule(DRAFT_DEBOUNCE_MS);
}

function schedule(ms: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void flushChains();
  }, ms);
}

/** Writes every unsaved analysis now; resolves once written, or kept for a later try. */
export function flushChains(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  queue = queue.then(writePending, writePending);
  return queue;
}

async function writePending(): Promise<void> {
  for (const [relapseId, content] of [...pending]) {
    const result = await harbor.chainSave({ relapseId, content });
    // Typing may have continued meanwhile; only forget the words that were actually written.
    if (result.ok) {
      if (pending.get(relapseId) === content) pending.delete(relapseId);
      setProblem(relapseId, null);
    } else if (result.error.code === 'locked') {
      setProblem(relapseId, 'Locked for now. Your words are kept here and saved as soon as you unlock.');
    } else if (result.error.code === 'not_found') {
      // The note was removed elsewhere: there is nothing left to save these words to.
      pending.delete(relapseId);
      setProblem(relapseId, result.error.message);
    } else if (result.error.code === 'invalid_input') {
      // The same words would be refused again; they stay here and the next change tries again.
      setProblem(relapseId, `Not saved yet: ${result.error.message}`);
    } else {
      setProblem(relapseId, `Not saved yet: ${result.error.message} Harbor will try again in a moment.`);
      schedule(RETRY_MS);
    }
  }
}
