// Whether a new passphrase is too easy to guess, judged by zxcvbn-ts with its common-password and
// keyboard lists, bundled: nothing leaves the computer. Main checks every new passphrase with it;
// the page loads it lazily for live feedback, so it never enters the coping window's bundle.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

const estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
/** zxcvbn's scores run 0–4; below this, a guesser with a common-password list gets there quickly. */
const ENOUGH = 2;
/** The estimator's work grows with length; beyond this, length alone makes it strong. */
const CHECKED_LENGTH = 100;

const reasons: Record<string, string> = {
  topTen: 'This is one of the most common passwords there is, so it is among the first anyone would try.',
  topHundred: 'This is one of the most common passwords, so it is among the first anyone would try.',
  common: 'This is a common password, so it is among the first anyone would try.',
  similarToCommon: 'This is very close to a common password, so it is among the first anyone would try.',
  extendedRepeat: 'Repeated words or letters are quick to guess.',
  simpleRepeat: 'Repeated letters are quick to guess.',
  straightRow: 'A row of keys on the keyboard is quick to guess.',
  keyPattern: 'A pattern on the keyboard is quick to guess.',
  sequences: 'A sequence like abc or 123 is quick to guess.',
  dates: 'A date is quick to guess.',
  recentYears: 'A recent year is quick to guess.',
};
const tryInstead = 'A few unrelated words of your own, with spaces, work well.';

/** Null when the passphrase is hard enough to guess; otherwise a kind reason and what to try instead. */
export function passphraseWeakness(passphrase: string): string | null {
  if (passphrase.length > CHECKED_LENGTH) return null;
  const result = estimator.check(passphrase);
  if (result.score >= ENOUGH) return null;
  const reason = (result.feedback.warning && reasons[result.feedback.warning]) || 'This passphrase would be quick to guess.';
  return `${reason} ${tryInstead}`;
}
