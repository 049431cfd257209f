// A real encrypted journal for backup and restore tests, with a clock the test moves, and the
// ways a person hands a backup over: "Back up now" into a typed folder, and restore from a file
// whose bytes the page's file picker uploads.
import type { BackupDialogPort } from '../../src/main/core/backup/dialog-port.ts';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import type { HarborCore } from '../../src/main/core/harbor-core.ts';
import type { BackupSummary } from '../../src/shared/contract/backup.ts';
import type { CheckInInput, Entry } from '../../src/shared/contract/journal.ts';
import { uploadBackup } from './backup-upload.ts';
import { TEST_PASSPHRASE, unlockedCore } from './core.ts';
import type { testKeychain } from './keychain.ts';
import { makeTempDir } from './temp-dir.ts';

/** Drained by each test file's afterEach (see drainCleanups). */
export const cleanups: (() => void)[] = [];
export function drainCleanups(): void {
  vi.useRealTimers();
  while (cleanups.length) cleanups.pop()!();
}

export function tempDir(): string {
  const temp = makeTempDir('harbor-backup-test-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

/** A clock the test moves; evening of 14 March 2025 to start with. */
export function clock() {
  let time = new Date(2025, 2, 14, 21, 0).getTime();
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

export async function journal(options: { keychain?: ReturnType<typeof testKeychain>; clock?: ReturnType<typeof clock>; backupDialogs?: BackupDialogPort } = {}) {
  const c = options.clock ?? clock();
  const h = await unlockedCore({ now: c.now, keychain: options.keychain, platform: { backupDialogs: options.backupDialogs ?? null } });
  cleanups.push(() => h.cleanup());
  return { ...h, clock: c };
}

export type Journal = Awaited<ReturnType<typeof journal>>;

export const entries: Record<string, CheckInInput> = {
  '2025-03-10': { mood: 2, peakUrge: 6, selfHarm: 'no', reflection: 'A long Monday, the walk helped', triggers: [{ name: 'Work stress', kind: 'situation' }] },
  '2025-03-12': { mood: 3, emotions: [{ name: 'Anxiety', rating: 4 }], reflection: 'Called my sister' },
  '2025-03-14': { mood: 4, helped: [{ label: 'Cold water on my face', rating: 4 }], reflection: 'A calmer day' },
};

export async function seed(h: Journal) {
  for (const [day, checkIn] of Object.entries(entries)) await h.value('journalSaveEntry', { day, checkIn });
}

/** Everything a person could read back, day by day. */
export async function readJournal(h: Journal) {
  const days: Record<string, unknown> = {};
  for (const day of ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14']) {
    const got = await h.value<{ entry: Entry | null }>('journalGetDay', { day });
    days[day] = got.entry;
  }
  return days;
}

export type Made = BackupSummary & { path: string };

/** "Back up now" into a folder (typed, as in the browser harness); the test knows the folder, the page only the name. */
export async function backUp(h: Journal, folder = tempDir()): Promise<Made> {
  const { made } = await h.value<{ made: BackupSummary }>('backupNow', { folder });
  return { ...made, path: join(folder, made.fileName) };
}

export const withPassphrase = { secret: TEST_PASSPHRASE, secretKind: 'passphrase' } as const;

/** Restore from a file the person picked in the page's file picker: its bytes are uploaded, then restored. */
export async function restoreFrom<T = unknown>(h: { core: HarborCore }, method: 'backupPreviewRestore' | 'backupRestore', path: string, secret: object = withPassphrase): Promise<T> {
  await uploadBackup(h.core, path);
  const result = await h.core.call(method, secret);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export async function expectRefused(h: Journal, method: string, input: unknown, code: string, message: RegExp) {
  const result = await h.core.call(method, input);
  expect(result.ok, JSON.stringify(input)).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  }
}
