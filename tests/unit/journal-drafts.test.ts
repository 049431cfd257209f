// The page's draft store (src/renderer/src/screens/journal/draft-store.ts) against a real core:
// words typed while Harbor locks are kept in memory and written after unlock, never dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unlockedCore, TEST_PASSPHRASE } from '../support/core.ts';
import { flushBeforeLock } from '../../src/renderer/src/api/lock-guard.ts';
import type { HarborEvent } from '../../src/shared/contract/index.ts';
import type { CheckIn } from '../../src/shared/contract/journal.ts';

type Harness = Awaited<ReturnType<typeof unlockedCore>>;
/** The store's surface used here (typed by hand: the module itself needs DOM types the Node tsconfig lacks). */
interface Store {
  queueDraft(day: string, checkIn: CheckIn): void;
  flushDrafts(): Promise<void>;
  settleDraft(day: string): Promise<void>;
  draftStatus(day: string): { state: string; reason?: string };
  unsavedDraft(day: string): CheckIn | undefined;
}
let h: Harness;
let store: Store;
const pageListeners: Record<string, (() => void)[]> = {};

const checkIn = (reflection: string): CheckIn => ({
  mood: null,
  emotions: [],
  peakUrge: null,
  selfHarm: null,
  triggers: [],
  helped: [],
  reflection,
  prompts: [],
  extras: { sleepHours: null, ateRegularly: null, medicationTaken: null, exercised: null },
});
const storedDraft = async (day: string) => {
  const result = await h.value<{ draft: { checkIn: { reflection: string } } | null }>('journalGetDay', { day });
  return result.draft?.checkIn.reflection ?? null;
};
const until = async (condition: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

beforeAll(async () => {
  h = await unlockedCore({ now: () => new Date(2025, 2, 12, 21, 0) });
  // The page's window.harbor, wired straight to the core (as the preload and the harness bridge are).
  const harbor = {
    journalSaveDraft: (input: unknown) => h.core.call('journalSaveDraft', input),
    onEvent: (listener: (event: HarborEvent) => void) => h.core.onEvent(listener),
  };
  const on = (type: string, fn: () => void) => (pageListeners[type] ??= []).push(fn);
  Object.assign(globalThis, {
    window: { harbor, addEventListener: on },
    document: { visibilityState: 'visible', addEventListener: on },
  });
  const storeModule = new URL('../../src/renderer/src/screens/journal/draft-store.ts', import.meta.url).pathname;
  store = (await import(/* @vite-ignore */ storeModule)) as Store;
});
afterAll(() => {
  h.cleanup();
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'document');
});

describe('draft store', () => {
  it('writes a draft a moment after typing pauses, keeping only the newest words', async () => {
    store.queueDraft('2025-03-12', checkIn('Hal'));
    store.queueDraft('2025-03-12', checkIn('Half a thought'));
    expect(store.draftStatus('2025-03-12').state).toBe('pending');
    await until(() => store.draftStatus('2025-03-12').state === 'saved');
    expect(await storedDraft('2025-03-12')).toBe('Half a thought');
    expect(store.unsavedDraft('2025-03-12')).toBeUndefined();
  });

  it('flushes at once before a lock that starts in the page', async () => {
    store.queueDraft('2025-03-11', checkIn('Typed, then Lock at once'));
    await flushBeforeLock();
    expect(await storedDraft('2025-03-11')).toBe('Typed, then Lock at once');
  });

  it('keeps words typed while locked in memory and writes them after unlock', async () => {
    await h.value('vaultLock');
    store.queueDraft('2025-03-10', checkIn('Written while Harbor locked'));
    await store.flushDrafts();
    expect(store.draftStatus('2025-03-10')).toMatchObject({ state: 'waiting', reason: 'locked' });
    expect(store.unsavedDraft('2025-03-10')?.reflection).toBe('Written while Harbor locked');

    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    await until(() => store.draftStatus('2025-03-10').state === 'saved');
    expect(await storedDraft('2025-03-10')).toBe('Written while Harbor locked');
  });

  it('flushes when the window is hidden or closed', async () => {
    store.queueDraft('2025-03-09', checkIn('Closing the window now'));
    for (const fn of pageListeners.pagehide ?? []) fn();
    await until(async () => (await storedDraft('2025-03-09')) !== null);
    expect(await storedDraft('2025-03-09')).toBe('Closing the window now');
  });

  it('settling a day waits for a write in flight, so no late draft reappears', async () => {
    store.queueDraft('2025-03-08', checkIn('about to be saved'));
    const flushing = store.flushDrafts();
    await store.settleDraft('2025-03-08');
    await flushing;
    await h.value('journalSaveEntry', { day: '2025-03-08', checkIn: checkIn('about to be saved') });
    expect(await storedDraft('2025-03-08')).toBeNull();
    expect(store.draftStatus('2025-03-08').state).toBe('idle');
  });
});
