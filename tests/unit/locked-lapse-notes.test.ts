// "I self-harmed" from the locked coping window: sealed like a timer use (nothing readable on disk),
// merged at unlock only as a question, and added to the journal only when the person says so.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PENDING_MAX_USES, PENDING_USES_FILE, seal } from '../../src/main/core/coping/pending-uses.ts';
import { readDayRecord } from '../../src/main/core/record/day-record.ts';
import type { LockedLapseNote, Relapse } from '../../src/shared/contract/recovery.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';

type Saved = { stored: string; message: string };
type Answer = { relapse: Relapse | null; waiting: LockedLapseNote[] };

/** Evening of 4 March 2025, local time: the note belongs to that day. */
const evening = () => new Date(2025, 2, 4, 21, 30);

function filesContaining(dir: string, text: string): string[] {
  const hits: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isFile() && readFileSync(full).includes(Buffer.from(text, 'utf8'))) hits.push(full);
  }
  return hits;
}

describe('a lapse noted while locked', () => {
  it('is sealed, waits after unlock, and is added only when the person chooses', async () => {
    const h = await unlockedCore({ now: evening });
    try {
      await h.value('vaultLock');
      const id = crypto.randomUUID();
      const saved = await h.value<Saved>('copingNoteLapse', { id });
      expect(saved.stored).toBe('pending');
      expect(saved.message).toMatch(/kept sealed/);
      // Pressing again (a double click, a retry) seals a second copy with the same id.
      await h.value('copingNoteLapse', { id });
      expect(existsSync(join(h.dataDir, PENDING_USES_FILE))).toBe(true);
      // Nothing readable while locked: not the id, not the day, not the kind of record.
      for (const text of [id, '2025-03-04', 'lapse-note']) expect(filesContaining(h.dataDir, text)).toEqual([]);
      // The waiting list is journal data: refused while locked.
      const locked = await h.core.call('lockedLapseNotesWaiting', {});
      expect(locked.ok).toBe(false);

      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      expect(existsSync(join(h.dataDir, PENDING_USES_FILE))).toBe(false);
      const { waiting } = await h.value<{ waiting: LockedLapseNote[] }>('lockedLapseNotesWaiting');
      expect(waiting).toEqual([{ id, day: '2025-03-04', notedAt: evening().getTime() }]);
      // Never automatic: the day has no note until the person answers.
      expect(readDayRecord(h.core.vault.db, '2025-03-04')).toMatchObject({ lapseNotes: 0, selfHarm: null });
      expect(await h.value<Relapse[]>('recoveryOverview').then((o) => (o as unknown as { relapses: Relapse[] }).relapses)).toEqual([]);

      const added = await h.value<Answer>('lockedLapseNoteAnswer', { id, answer: 'add' });
      expect(added.relapse).toMatchObject({ day: '2025-03-04' });
      expect(added.waiting).toEqual([]);
      expect(readDayRecord(h.core.vault.db, '2025-03-04')).toMatchObject({ lapseNotes: 1, selfHarm: 'yes' });
      // Answering again (another window) adds no second note.
      const again = await h.value<Answer>('lockedLapseNoteAnswer', { id, answer: 'add' });
      expect(again.relapse?.id).toBe(added.relapse?.id);
      expect(readDayRecord(h.core.vault.db, '2025-03-04').lapseNotes).toBe(1);
    } finally {
      h.cleanup();
    }
  });

  it('left out: nothing is added and the card does not ask again; the same record merged twice adds nothing', async () => {
    const h = await unlockedCore({ now: evening });
    try {
      await h.value('vaultLock');
      const id = crypto.randomUUID();
      await h.value('copingNoteLapse', { id });
      const sealed = readFileSync(join(h.dataDir, PENDING_USES_FILE), 'utf8');
      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      await h.value<Answer>('lockedLapseNoteAnswer', { id, answer: 'leave-out' });
      expect(readDayRecord(h.core.vault.db, '2025-03-04')).toMatchObject({ lapseNotes: 0 });

      // A crash after the merge but before the file went: the same records come back at the next unlock.
      await h.value('vaultLock');
      writeFileSync(join(h.dataDir, PENDING_USES_FILE), sealed);
      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      expect(await h.value<{ waiting: LockedLapseNote[] }>('lockedLapseNotesWaiting')).toEqual({ waiting: [] });
      expect(readDayRecord(h.core.vault.db, '2025-03-04')).toMatchObject({ lapseNotes: 0 });
    } finally {
      h.cleanup();
    }
  });

  it('shares the timer uses’ cap: the newest records win, and a note is one of them', async () => {
    const h = await unlockedCore({ now: evening });
    try {
      await h.value('vaultLock');
      // A full file of sealed uses, written at once (as many appends would leave it).
      const start = evening().getTime();
      const key = h.core.coping.pending.readPublicKey()!;
      const sealedUse = (i: number) =>
        JSON.stringify(
          seal(
            Buffer.from(
              JSON.stringify({ id: crypto.randomUUID(), startedAt: start - (PENDING_MAX_USES - i) * 60_000, endedAt: null, minutesPlanned: 5, urgeBefore: 5, urgeAfter: null, ratings: [], outcome: null, items: [], note: '' }),
            ),
            key,
          ),
        );
      writeFileSync(join(h.dataDir, PENDING_USES_FILE), Array.from({ length: PENDING_MAX_USES }, (_, i) => sealedUse(i) + '\n').join(''));
      const id = crypto.randomUUID();
      expect(await h.value<Saved>('copingNoteLapse', { id })).toMatchObject({ stored: 'pending' });
      const lines = readFileSync(join(h.dataDir, PENDING_USES_FILE), 'utf8').trim().split('\n');
      // A header counting the one dropped, then exactly the cap.
      expect(JSON.parse(lines[0]!)).toEqual({ v: 1, dropped: 1 });
      expect(lines).toHaveLength(PENDING_MAX_USES + 1);
      await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      expect((await h.value<{ waiting: LockedLapseNote[] }>('lockedLapseNotesWaiting')).waiting.map((n) => n.id)).toEqual([id]);
    } finally {
      h.cleanup();
    }
  }, 60_000);

  it('while unlocked it is an ordinary note for today at once, and pressing twice notes it once', async () => {
    const h = await unlockedCore({ now: evening });
    try {
      const id = crypto.randomUUID();
      expect(await h.value<Saved>('copingNoteLapse', { id })).toMatchObject({ stored: 'journal' });
      expect(await h.value<Saved>('copingNoteLapse', { id })).toMatchObject({ stored: 'journal', message: 'This was already noted.' });
      expect(readDayRecord(h.core.vault.db, '2025-03-04')).toMatchObject({ lapseNotes: 1, selfHarm: 'yes' });
      expect(await h.value('lockedLapseNotesWaiting')).toEqual({ waiting: [] });
      // A note id must be an id the page made, nothing else.
      expect((await h.core.call('copingNoteLapse', { id: 'x' })).ok).toBe(false);
    } finally {
      h.cleanup();
    }
  });
});
