// "Pick one for me": a random visible item, favourites three times as likely.
import type { CopingItem } from '../../../shared/contract/coping.ts';

export const FAVOURITE_WEIGHT = 3;

/**
 * Picks from the visible items. `excludeId` (the item just shown) is skipped when there is
 * anything else, so "pick another" always offers something new.
 */
export function pickOne(items: readonly CopingItem[], random: () => number, excludeId: number | null = null): CopingItem | null {
  const visible = items.filter((item) => !item.hidden);
  const candidates = visible.length > 1 && excludeId !== null ? visible.filter((item) => item.id !== excludeId) : visible;
  if (candidates.length === 0) return null;
  const weightOf = (item: CopingItem) => (item.favourite ? FAVOURITE_WEIGHT : 1);
  const total = candidates.reduce((sum, item) => sum + weightOf(item), 0);
  let point = random() * total;
  for (const item of candidates) {
    point -= weightOf(item);
    if (point < 0) return item;
  }
  return candidates[candidates.length - 1]!;
}
