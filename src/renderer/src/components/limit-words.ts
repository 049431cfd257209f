// The words of LimitCounter, apart from React so they can be checked under plain Node.

/** The counter's words for a text of `length` characters against `limit`, or null while far from it. */
export function limitWords(length: number, limit: number, over?: (excess: number) => string): string | null {
  if (length < Math.ceil(limit * 0.9)) return null;
  const left = limit - length;
  if (left > 1) return `${left.toLocaleString('en')} characters left.`;
  if (left === 1) return '1 character left.';
  if (left === 0) return 'No characters left: this is the limit.';
  const excess = -left;
  if (over) return over(excess);
  return `${excess.toLocaleString('en')} ${excess === 1 ? 'character' : 'characters'} too long. Shorten it to save it; nothing you wrote is lost.`;
}
