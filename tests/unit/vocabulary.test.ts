// The vocabulary discreet mode reads: every discreet word is free of the words that say what
// Harbor is for, and differs from the usual word wherever the usual one gives purpose away.
import { describe, expect, it } from 'vitest';
import { revealingWords, vocabulary, word, wordsFor, wordsShownInSettings, type WordKey } from '../../src/shared/vocabulary.ts';

const keys = Object.keys(vocabulary) as WordKey[];

describe('vocabulary', () => {
  it('has no revealing word in discreet mode', () => {
    expect(keys.filter((key) => revealingWords.test(word(key, true)))).toEqual([]);
  });

  it('hides every usual word that gives the purpose away', () => {
    const revealing = keys.filter((key) => /self[\s-]?harm|relapse|suicid|coping box|safety|harbor|diary/i.test(word(key, false)));
    expect(revealing.length).toBeGreaterThan(15);
    expect(revealing.filter((key) => /coping box|safety|harbor|diary/i.test(word(key, true)) || revealingWords.test(word(key, true)))).toEqual([]);
  });

  it('matches every form of the three words, whatever the case', () => {
    for (const text of ['self-harmed', 'Self harm', 'SELFHARM', 'Relapse', 'relapses', 'suicidal', 'Suicide']) {
      expect(revealingWords.test(text), text).toBe(true);
    }
    expect(revealingWords.test('Something happened')).toBe(false);
  });

  it('gives the words of one mode through wordsFor, and lists only known keys for Settings', () => {
    const discreet = wordsFor(true);
    expect([discreet('copingBox'), discreet('safetyPlan'), discreet('selfHarmedButton')]).toEqual(['Toolbox', 'My plan', 'Something happened']);
    expect(wordsFor(false)('copingBox')).toBe('Coping box');
    expect(wordsShownInSettings.every((key) => key in vocabulary)).toBe(true);
  });
});
