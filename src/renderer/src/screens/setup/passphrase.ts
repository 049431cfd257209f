// Passphrase rules the person sees. The contract enforces at least 8 characters; the hint is
// about length because length is what makes a passphrase strong.

export const MIN_PASSPHRASE = 8;

export const passphraseHint =
  'Use at least 8 characters. A few unrelated words, typed with spaces, are strong and easier to remember than a short mix of symbols.';

/** A short, kind description of how strong the passphrase is so far (length-based). */
export function strengthOf(passphrase: string): string {
  const length = [...passphrase].length;
  if (length === 0) return '';
  if (length < MIN_PASSPHRASE) return `Strength: too short so far (${length} of at least ${MIN_PASSPHRASE} characters).`;
  if (length < 12) return 'Strength: fair. One more word would make it much stronger.';
  if (length < 20) return 'Strength: good.';
  return 'Strength: strong.';
}

export interface NewPassphraseErrors {
  passphrase: string | null;
  confirm: string | null;
}

/** Checks a new passphrase and its confirmation, with a message for each field. */
export function checkNewPassphrase(passphrase: string, confirm: string): NewPassphraseErrors {
  let first: string | null = null;
  if (passphrase.length === 0) first = 'Choose a passphrase to continue.';
  else if ([...passphrase].length < MIN_PASSPHRASE) first = 'Use at least 8 characters. A few unrelated words work well.';
  let second: string | null = null;
  if (!first) {
    if (confirm.length === 0) second = 'Type the same passphrase again to confirm it.';
    else if (confirm !== passphrase) second = 'This does not match the passphrase above. Try typing it again.';
  }
  return { passphrase: first, confirm: second };
}
