// Text limits against a real encrypted journal: a check-in holds 100,000 characters of reflection;
// a longer draft is kept whole, and only saving it as a check-in waits until it is shortened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unlockedCore } from '../support/core.ts';
import { MAX_TEXT, type CheckIn } from '../../src/shared/contract/journal.ts';
import { limitWords } from '../../src/renderer/src/components/limit-words.ts';

type Harness = Awaited<ReturnType<typeof unlockedCore>>;
let h: Harness;
beforeAll(async () => {
  h = await unlockedCore({ now: () => new Date(2025, 2, 12, 21, 0) });
});
afterAll(() => h.cleanup());

const withReflection = (reflection: string): Partial<CheckIn> => ({ reflection });
// Not one repeated letter: varied words, so the full-text index does real work.
const textOf = (length: number) => 'the sea was calm tonight and so was I. '.repeat(Math.ceil(length / 39)).slice(0, length);

describe('the reflection limit', () => {
  it('saves a reflection of exactly 100,000 characters, and reads it back whole', async () => {
    expect(MAX_TEXT).toBeGreaterThanOrEqual(100_000);
    const text = textOf(100_000);
    await h.value('journalSaveEntry', { day: '2025-03-10', checkIn: withReflection(text) });
    const day = await h.value<{ entry: { reflection: string } }>('journalGetDay', { day: '2025-03-10' });
    expect(day.entry.reflection).toBe(text);
  });

  it('keeps a 100,001-character draft whole, and says in words why the check-in waits', async () => {
    const text = textOf(100_001);
    const draft = await h.core.call('journalSaveDraft', { day: '2025-03-11', checkIn: withReflection(text) });
    expect(draft.ok).toBe(true);

    const refused = await h.core.call('journalSaveEntry', { day: '2025-03-11', checkIn: withReflection(text) });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Your reflection is too long: it can hold at most 100,000 characters.' },
    });
    const day = await h.value<{ entry: unknown; draft: { checkIn: { reflection: string } } }>('journalGetDay', { day: '2025-03-11' });
    expect(day.entry).toBeNull();
    expect(day.draft.checkIn.reflection).toBe(text);
  });

  it('keeps a too-long "what helped" label in the draft too, never cut', async () => {
    const label = 'a walk by the water, '.repeat(20).trim();
    expect(label.length).toBeGreaterThan(200);
    await h.value('journalSaveDraft', { day: '2025-03-09', checkIn: { helped: [{ label }] } });
    const day = await h.value<{ draft: { checkIn: { helped: { label: string }[] } } }>('journalGetDay', { day: '2025-03-09' });
    expect(day.draft.checkIn.helped[0]!.label).toBe(label);
  });
});

describe('the words near a limit', () => {
  it('is silent until 90% of the limit, then counts down', () => {
    expect(limitWords(89_999, 100_000)).toBeNull();
    expect(limitWords(90_000, 100_000)).toBe('10,000 characters left.');
    expect(limitWords(79, 80)).toBe('1 character left.');
    expect(limitWords(80, 80)).toBe('No characters left: this is the limit.');
  });

  it('past the limit, says how much to shorten and that nothing is lost', () => {
    expect(limitWords(81, 80)).toBe('1 character too long. Shorten it to save it; nothing you wrote is lost.');
    expect(limitWords(100_500, 100_000, (n) => `${n} over.`)).toBe('500 over.');
  });
});
