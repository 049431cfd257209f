// The feelings wheel's words: each family is one of the journal's starting emotions, every word is
// one the check-in accepts, and no word appears twice (a word picked twice would be rated twice).
import { describe, expect, it } from 'vitest';
import { feelingFamilies } from '../../src/renderer/src/screens/journal/feeling-words.ts';
import { checkInInput } from '../../src/shared/contract/journal.ts';
import { unlockedCore } from '../support/core.ts';
import type { Entry, JournalPreferences } from '../../src/shared/contract/journal.ts';

describe('the feelings wheel', () => {
  it('offers the starting emotions as families and words a real journal saves and reads back, none twice', async () => {
    const h = await unlockedCore({ now: () => new Date(2025, 2, 12, 21, 0) });
    try {
      const preferences = await h.value<JournalPreferences>('journalPreferences', {});
      const starting = preferences.emotions.map((e) => e.name);
      expect(feelingFamilies.map((f) => f.name).sort()).toEqual([...starting].sort());

      const all = feelingFamilies.flatMap((f) => [f.name, ...f.words]);
      expect(new Set(all.map((w) => w.toLowerCase())).size).toBe(all.length);
      for (const family of feelingFamilies) expect(family.words.length).toBeGreaterThanOrEqual(3);

      // Every word, at a strength, is a check-in the journal accepts and keeps as written.
      const emotions = all.slice(0, 60).map((name, i) => ({ name, rating: (i % 5) + 1 }));
      expect(checkInInput.safeParse({ mood: 3, emotions }).success).toBe(true);
      const saved = await h.value<Entry>('journalSaveEntry', { day: '2025-03-12', checkIn: { mood: 3, emotions } });
      expect(saved.emotions.map((e) => e.name).sort()).toEqual(emotions.map((e) => e.name).sort());
    } finally {
      await h.cleanup();
    }
  });
});
