// The journal through the handlers (core.call), on a real encrypted database in a temp dir.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unlockedCore, TEST_PASSPHRASE } from '../support/core.ts';
import type { CheckInInput, Entry, EntrySummary, JournalPreferences } from '../../src/shared/contract/journal.ts';

type Harness = Awaited<ReturnType<typeof unlockedCore>>;
let h: Harness;
// A fixed evening: Wednesday 12 March 2025, 21:00 local time.
let clock = new Date(2025, 2, 12, 21, 0);

beforeEach(async () => {
  clock = new Date(2025, 2, 12, 21, 0);
  h = await unlockedCore({ now: () => clock });
});
afterEach(() => h.cleanup());

const save = (day: string, checkIn: CheckInInput) => h.value<Entry>('journalSaveEntry', { day, checkIn });
const getDay = (day: string) => h.value<{ entry: Entry | null; draft: { checkIn: CheckInInput; savedAt: number } | null; deleted: unknown }>('journalGetDay', { day });
const search = (query: string) =>
  h.value<{ results: { day: string; where: string; snippet: { text: string; mark: boolean }[] }[]; more: boolean }>('journalSearch', { query });
const ftsIntact = () => {
  // FTS5 compares its index with the content view; it throws SQLITE_CORRUPT_VTAB when they differ.
  h.core.vault.db.prepare(`INSERT INTO journal_fts(journal_fts, rank) VALUES ('integrity-check', 1)`).run();
};

describe('check-ins', () => {
  it('saves a full check-in and reads it back', async () => {
    const saved = await save('2025-03-12', {
      mood: 2,
      emotions: [
        { name: 'sadness', rating: 4 },
        { name: 'Calm', rating: 1 },
      ],
      peakUrge: 6,
      selfHarm: 'no',
      triggers: [
        { name: 'Argument at work', kind: 'situation' },
        { name: "I'm not good enough", kind: 'thought' },
        { name: 'Lonely', kind: 'feeling' },
      ],
      helped: [{ label: 'Cold water on my face', rating: 4 }],
      reflection: 'A hard day, but I called my sister.',
      prompts: [{ key: 'kind', answer: 'I did my best.' }],
      extras: { sleepHours: 6.5, ateRegularly: true, medicationTaken: null, exercised: false },
    });
    expect(saved.day).toBe('2025-03-12');
    const { entry } = await getDay('2025-03-12');
    expect(entry).toMatchObject({
      mood: 2,
      peakUrge: 6,
      selfHarm: 'no',
      reflection: 'A hard day, but I called my sister.',
      prompts: [{ key: 'kind', answer: 'I did my best.' }],
      helped: [{ label: 'Cold water on my face', rating: 4, copingItemId: null }],
      extras: { sleepHours: 6.5, ateRegularly: true, medicationTaken: null, exercised: false },
    });
    // Emotion names take the list's spelling ("sadness" → "Sadness").
    expect(entry!.emotions).toEqual([
      { name: 'Calm', rating: 1 },
      { name: 'Sadness', rating: 4 },
    ]);
    expect(entry!.triggers.map((t) => `${t.kind}:${t.name}`)).toEqual([
      'feeling:Lonely',
      'situation:Argument at work',
      "thought:I'm not good enough",
    ]);
    ftsIntact();
  });

  it('allows an empty check-in and one with only a mood', async () => {
    const empty = await save('2025-03-10', {});
    expect(empty).toMatchObject({ mood: null, peakUrge: null, selfHarm: null, reflection: '', emotions: [], triggers: [] });
    const moodOnly = await save('2025-03-11', { mood: 4 });
    expect(moodOnly.mood).toBe(4);
  });

  it('editing a day replaces its check-in instead of adding a second one', async () => {
    await save('2025-03-12', { mood: 2, reflection: 'first words', triggers: [{ name: 'exam', kind: 'situation' }] });
    const edited = await save('2025-03-12', { mood: 3, reflection: 'second words' });
    expect(edited).toMatchObject({ mood: 3, reflection: 'second words', triggers: [] });
    const list = await h.value<{ entries: EntrySummary[] }>('journalHistory', {});
    expect(list.entries.map((e) => e.day)).toEqual(['2025-03-12']);
    expect((await search('first')).results).toEqual([]);
    expect((await search('second')).results.map((r) => r.day)).toEqual(['2025-03-12']);
    ftsIntact();
  });

  it('refuses a future day, and a date that does not exist', async () => {
    const future = await h.core.call('journalSaveEntry', { day: '2025-03-13', checkIn: { mood: 3 } });
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!future.ok) expect(future.error.message).toMatch(/not happened yet/);
    const draft = await h.core.call('journalSaveDraft', { day: '2026-01-01', checkIn: {} });
    expect(draft.ok).toBe(false);
    const notADate = await h.core.call('journalSaveEntry', { day: '2025-02-30', checkIn: {} });
    expect(notADate).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await h.core.call('journalSaveEntry', { day: '2024-02-29', checkIn: {} })).ok).toBe(true);
  });

  it('writing between midnight and 04:00 can still save the calendar day (it is not in the future)', async () => {
    clock = new Date(2025, 2, 13, 1, 30);
    expect((await h.core.call('journalSaveEntry', { day: '2025-03-13', checkIn: {} })).ok).toBe(true);
  });

  it('round-trips 100,000 characters, emoji, right-to-left and combining characters exactly', async () => {
    const tricky = 'نص عربي · עברית · 👩🏽‍💻🏳️‍🌈 · e\u0301 (combining) · ﷽ · \u200f';
    // "Characters" are code points (zod counts them so): an emoji is one, however many UTF-16 units.
    const codePoints = Array.from(tricky);
    const long = Array.from({ length: 100_000 }, (_, i) => codePoints[i % codePoints.length]).join('');
    expect(Array.from(long).length).toBe(100_000);
    await save('2025-03-12', {
      reflection: long,
      triggers: [{ name: 'e\u0301té ✨', kind: 'feeling' }],
      prompts: [{ key: 'felt', answer: tricky }],
      helped: [{ label: '🧊 ice', rating: 5 }],
    });
    const { entry } = await getDay('2025-03-12');
    expect(entry!.reflection).toBe(long);
    expect(entry!.prompts[0]!.answer).toBe(tricky);
    expect(entry!.helped[0]!.label).toBe('🧊 ice');
    // Tag names are tidied to NFC (é as one character), so "é" typed either way is one tag.
    expect(entry!.triggers[0]!.name).toBe('\u00e9té ✨');
    const tooLong = await h.core.call('journalSaveEntry', { day: '2025-03-11', checkIn: { reflection: long + 'y' } });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    ftsIntact();
  });

  it('refuses out-of-range values with a readable message', async () => {
    for (const checkIn of [{ mood: 6 }, { peakUrge: 11 }, { emotions: [{ name: 'Joy', rating: 9 }] }, { selfHarm: 'how' }, { extras: { sleepHours: 7.3 } }]) {
      const result = await h.core.call('journalSaveEntry', { day: '2025-03-12', checkIn });
      expect(result.ok, JSON.stringify(checkIn)).toBe(false);
    }
  });

  it('links what helped to a coping-box item when one is given, and refuses an unknown item', async () => {
    const db = h.core.vault.db;
    const itemId = Number(db.prepare(`INSERT INTO coping_items (kind, title) VALUES ('sensory', 'Hold ice')`).run().lastInsertRowid);
    const saved = await save('2025-03-12', { helped: [{ label: 'Hold ice', rating: 5, copingItemId: itemId }] });
    expect(saved.helped).toEqual([{ label: 'Hold ice', rating: 5, copingItemId: itemId }]);
    const missing = await h.core.call('journalSaveEntry', { day: '2025-03-11', checkIn: { helped: [{ label: 'Gone', copingItemId: 999 }] } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('delete and restore', () => {
  it('deletes once, hides from history and search, restores, and purges after 30 days', async () => {
    await save('2025-03-12', { reflection: 'lighthouse walk' });
    const deleted = await h.value<{ restorableUntil: number }>('journalDeleteEntry', { day: '2025-03-12' });
    expect(deleted.restorableUntil - clock.getTime()).toBe(30 * 24 * 3600 * 1000);
    expect((await getDay('2025-03-12')).entry).toBeNull();
    expect((await getDay('2025-03-12')).deleted).not.toBeNull();
    expect((await search('lighthouse')).results).toEqual([]);
    expect((await h.value<{ entries: unknown[] }>('journalHistory', {})).entries).toEqual([]);
    ftsIntact();

    const restored = await h.value<Entry>('journalRestoreEntry', { day: '2025-03-12' });
    expect(restored.reflection).toBe('lighthouse walk');
    expect((await search('lighthouse')).results.map((r) => r.day)).toEqual(['2025-03-12']);
    ftsIntact();

    await h.value('journalDeleteEntry', { day: '2025-03-12' });
    clock = new Date(clock.getTime() + 31 * 24 * 3600 * 1000);
    expect((await h.value<{ entries: unknown[] }>('journalRecentlyDeleted', {})).entries).toEqual([]);
    const late = await h.core.call('journalRestoreEntry', { day: '2025-03-12' });
    expect(late).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(h.core.vault.db.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 0 });
  });

  it('writing a new check-in on a deleted day starts fresh', async () => {
    await save('2025-03-12', { reflection: 'old', triggers: [{ name: 'noise', kind: 'situation' }] });
    await h.value('journalDeleteEntry', { day: '2025-03-12' });
    const fresh = await save('2025-03-12', { reflection: 'new' });
    expect(fresh).toMatchObject({ reflection: 'new', triggers: [] });
    expect((await getDay('2025-03-12')).deleted).toBeNull();
    ftsIntact();
  });

  it('deleting a day with no check-in says so', async () => {
    expect(await h.core.call('journalDeleteEntry', { day: '2025-03-01' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('drafts', () => {
  it('keeps a draft across lock and unlock, and saving the check-in clears it', async () => {
    const saved = await h.value<{ savedAt: number }>('journalSaveDraft', { day: '2025-03-12', checkIn: { reflection: 'half a tho', mood: 3 } });
    expect(saved.savedAt).toBe(clock.getTime());
    await h.value('vaultLock');
    expect(await h.core.call('journalSaveDraft', { day: '2025-03-12', checkIn: { reflection: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    const day = await getDay('2025-03-12');
    expect(day.entry).toBeNull();
    expect(day.draft?.checkIn).toMatchObject({ reflection: 'half a tho', mood: 3 });

    await save('2025-03-12', { reflection: 'half a thought, finished' });
    expect((await getDay('2025-03-12')).draft).toBeNull();
  });

  it('a draft over a saved entry leaves the entry untouched until saved, and can be discarded', async () => {
    await save('2025-03-11', { reflection: 'saved words' });
    await h.value('journalSaveDraft', { day: '2025-03-11', checkIn: { reflection: 'saved words and more' } });
    let day = await getDay('2025-03-11');
    expect(day.entry?.reflection).toBe('saved words');
    expect(day.draft?.checkIn.reflection).toBe('saved words and more');
    expect(await h.value('journalDiscardDraft', { day: '2025-03-11' })).toEqual({ discarded: true });
    day = await getDay('2025-03-11');
    expect(day.draft).toBeNull();
    expect(day.entry?.reflection).toBe('saved words');
  });
});

describe('trigger tags', () => {
  it('treats tags that differ only in case or surrounding spaces as one tag', async () => {
    await save('2025-03-10', { triggers: [{ name: 'Work', kind: 'situation' }] });
    await save('2025-03-11', { triggers: [{ name: '  work ', kind: 'situation' }, { name: 'WORK', kind: 'situation' }] });
    await save('2025-03-12', { triggers: [{ name: 'ÄRGER', kind: 'feeling' }, { name: 'ärger', kind: 'feeling' }, { name: 'work', kind: 'thought' }] });
    const { triggers } = await h.value<{ triggers: { id: number; name: string; kind: string; uses: number; lastUsed: string }[] }>('journalTags');
    expect(triggers.map((t) => [t.kind, t.name, t.uses, t.lastUsed])).toEqual([
      ['situation', 'Work', 2, '2025-03-11'],
      ['thought', 'work', 1, '2025-03-12'],
      ['feeling', 'ÄRGER', 1, '2025-03-12'],
    ]);
  });

  it('renames a tag everywhere, refuses a rename onto another tag, and merges', async () => {
    await save('2025-03-10', { triggers: [{ name: 'boss', kind: 'situation' }] });
    await save('2025-03-11', { triggers: [{ name: 'manager', kind: 'situation' }, { name: 'boss', kind: 'situation' }] });
    await save('2025-03-12', { triggers: [{ name: 'manager', kind: 'situation' }] });
    const tags = async () => (await h.value<{ triggers: { id: number; name: string; uses: number }[] }>('journalTags')).triggers;
    const boss = (await tags()).find((t) => t.name === 'boss')!;
    const manager = (await tags()).find((t) => t.name === 'manager')!;

    const renamed = await h.value<{ name: string }>('journalRenameTrigger', { id: boss.id, name: ' The boss ' });
    expect(renamed.name).toBe('The boss');
    expect((await search('boss')).results.map((r) => r.day)).toEqual(['2025-03-11', '2025-03-10']);
    ftsIntact();

    const clash = await h.core.call('journalRenameTrigger', { id: boss.id, name: 'MANAGER' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await h.value('journalMergeTriggers', { fromId: boss.id, intoId: manager.id });
    expect((await tags()).map((t) => [t.name, t.uses])).toEqual([['manager', 3]]);
    expect((await getDay('2025-03-11')).entry!.triggers.map((t) => t.name)).toEqual(['manager']);
    expect((await search('boss')).results).toEqual([]);
    expect((await search('manager')).results).toHaveLength(3);
    ftsIntact();
  });

  it('suggests earlier "what helped" words', async () => {
    await save('2025-03-10', { helped: [{ label: 'Sour sweets', rating: 3 }] });
    await save('2025-03-11', { helped: [{ label: 'sour sweets', rating: 4 }, { label: 'A walk', rating: 2 }] });
    const { helped } = await h.value<{ helped: string[] }>('journalTags');
    expect(helped).toHaveLength(2);
    expect(helped).toContain('A walk');
  });
});

describe('search', () => {
  beforeEach(async () => {
    await save('2025-03-01', { reflection: 'Walked by the sea. Felt calmer afterwards.' });
    await save('2025-03-05', { reflection: 'Café with Sam', triggers: [{ name: 'crowded bus', kind: 'situation' }] });
    await save('2025-03-09', { prompts: [{ key: 'helped', answer: 'walking the dog helped a little' }] });
  });

  it('finds words in reflections, prompt answers and tags, newest first, with the matches marked', async () => {
    const walk = await search('walk');
    expect(walk.results.map((r) => r.day)).toEqual(['2025-03-09', '2025-03-01']);
    expect(walk.results[0]!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['walking']);
    expect(walk.results[0]!.snippet.map((p) => p.text).join('')).toBe('walking the dog helped a little');
    expect(walk.results.map((r) => r.where)).toEqual(['answers', 'reflection']);
    const bus = await search('BUS');
    expect(bus.results.map((r) => [r.day, r.where])).toEqual([['2025-03-05', 'tags']]);
    expect(bus.results[0]!.snippet).toEqual([{ text: 'crowded ', mark: false }, { text: 'bus', mark: true }]);
    // Diacritics are folded: "cafe" finds "Café".
    expect((await search('cafe')).results.map((r) => r.day)).toEqual(['2025-03-05']);
    expect((await search('sea calmer')).results.map((r) => r.day)).toEqual(['2025-03-01']);
    expect((await search('sea dog')).results).toEqual([]);
  });

  it('treats FTS syntax as plain words and never errors', async () => {
    for (const query of ['"', '""', 'sea"', '*', 'sea*', 'NEAR(sea dog)', 'NEAR', '-sea', 'sea -dog', '(sea', 'sea)', '((', 'AND', 'sea OR dog', 'NOT', '^sea', 'reflection:sea', '{sea}', ':', "'", '', '   ', '🙂']) {
      const result = await h.core.call('journalSearch', { query });
      expect(result.ok, query).toBe(true);
    }
    expect((await search('"sea')).results.map((r) => r.day)).toEqual(['2025-03-01']);
    expect((await search('NEAR(sea')).results).toEqual([]);
    expect((await search('(sea)')).results.map((r) => r.day)).toEqual(['2025-03-01']);
    expect((await search('-sea')).results.map((r) => r.day)).toEqual(['2025-03-01']);
  });

  it('never errors on any input (property test)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: 'binary' }), async (query) => {
        const result = await h.core.call('journalSearch', { query });
        return result.ok;
      }),
      { numRuns: 300 },
    );
  });

  it('pages with before and more', async () => {
    await save('2025-03-10', { reflection: 'sea again' });
    const first = await h.value<{ results: { day: string }[]; more: boolean }>('journalSearch', { query: 'sea', limit: 1 });
    expect(first).toMatchObject({ results: [{ day: '2025-03-10' }], more: true });
    const next = await h.value<{ results: { day: string }[]; more: boolean }>('journalSearch', { query: 'sea', limit: 1, before: '2025-03-10' });
    expect(next).toMatchObject({ results: [{ day: '2025-03-01' }], more: false });
  });
});

describe('history', () => {
  it('lists newest first with week starts, pages back, and picks one week', async () => {
    for (const day of ['2025-03-02', '2025-03-03', '2025-03-04', '2025-03-09', '2025-03-10']) {
      await save(day, { mood: 3, reflection: `Note for ${day}`, triggers: [{ name: 'tired', kind: 'feeling' }] });
    }
    const page = await h.value<{ entries: EntrySummary[]; more: boolean }>('journalHistory', { limit: 2 });
    expect(page.entries.map((e) => [e.day, e.weekOf])).toEqual([
      ['2025-03-10', '2025-03-10'],
      ['2025-03-09', '2025-03-03'],
    ]);
    expect(page.entries[0]).toMatchObject({ mood: 3, triggers: ['tired'], excerpt: 'Note for 2025-03-10' });
    expect(page.more).toBe(true);
    const older = await h.value<{ entries: EntrySummary[] }>('journalHistory', { before: '2025-03-09', limit: 10 });
    expect(older.entries.map((e) => e.day)).toEqual(['2025-03-04', '2025-03-03', '2025-03-02']);
    const week = await h.value<{ entries: EntrySummary[] }>('journalHistory', { from: '2025-03-03', to: '2025-03-09' });
    expect(week.entries.map((e) => e.day)).toEqual(['2025-03-09', '2025-03-04', '2025-03-03']);
  });

  it('shortens long excerpts without cutting an emoji in half', async () => {
    await save('2025-03-12', { reflection: '🌊'.repeat(400) });
    const { entries } = await h.value<{ entries: EntrySummary[] }>('journalHistory', {});
    expect(entries[0]!.excerpt).toBe('🌊'.repeat(160) + '…');
  });
});

describe('preferences and emotions', () => {
  it('starts with the default emotions and prompts on, extras off', async () => {
    const prefs = await h.value<JournalPreferences>('journalPreferences');
    expect(prefs.promptsEnabled).toBe(true);
    expect(prefs.dbtExtrasEnabled).toBe(false);
    expect(prefs.emotions.map((e) => e.name)).toEqual(['Sadness', 'Anger', 'Anxiety', 'Shame', 'Numbness', 'Loneliness', 'Calm', 'Joy']);
  });

  it('renames (earlier check-ins follow), hides, extends, and survives lock', async () => {
    await save('2025-03-11', { emotions: [{ name: 'Anxiety', rating: 4 }] });
    let prefs = await h.value<JournalPreferences>('journalPreferences');
    const anxiety = prefs.emotions.find((e) => e.name === 'Anxiety')!;
    const numbness = prefs.emotions.find((e) => e.name === 'Numbness')!;
    await h.value('journalUpdateEmotion', { id: anxiety.id, name: 'Worry' });
    await h.value('journalUpdateEmotion', { id: numbness.id, hidden: true });
    await h.value('journalAddEmotion', { name: ' Hope ' });
    expect(await h.core.call('journalAddEmotion', { name: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await h.core.call('journalUpdateEmotion', { id: anxiety.id, name: 'joy' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await h.value('journalSetPreferences', { promptsEnabled: false, dbtExtrasEnabled: true });

    await h.value('vaultLock');
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    prefs = await h.value<JournalPreferences>('journalPreferences');
    expect(prefs).toMatchObject({ promptsEnabled: false, dbtExtrasEnabled: true });
    expect(prefs.emotions.map((e) => `${e.name}${e.hidden ? ' (hidden)' : ''}`)).toEqual([
      'Sadness', 'Anger', 'Worry', 'Shame', 'Numbness (hidden)', 'Loneliness', 'Calm', 'Joy', 'Hope',
    ]);
    expect((await getDay('2025-03-11')).entry!.emotions).toEqual([{ name: 'Worry', rating: 4 }]);
  });
});

describe('reminder settings', () => {
  it('is off until turned on, and keeps the chosen time', async () => {
    expect(await h.value('journalReminder')).toEqual({ enabled: false, time: '20:30' });
    await h.value('journalSetReminder', { enabled: true, time: '21:15' });
    expect(await h.value('journalReminder')).toEqual({ enabled: true, time: '21:15' });
    expect((await h.core.call('journalSetReminder', { enabled: true, time: '25:00' })).ok).toBe(false);
  });
});

describe('locked', () => {
  it('every journal call answers locked while Harbor is locked', async () => {
    await h.value('vaultLock');
    for (const method of ['journalToday', 'journalHistory', 'journalSearch', 'journalTags', 'journalPreferences']) {
      const result = await h.core.call(method, method === 'journalSearch' ? { query: 'x' } : {});
      expect(result, method).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
  });
});
