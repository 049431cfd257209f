import { describe, expect, it } from 'vitest';
import { FAVOURITE_WEIGHT, pickOne } from '../../src/main/core/coping/pick.ts';
import { seededRandom } from '../../src/main/core/seeded-random.ts';
import type { CopingItem } from '../../src/shared/contract/coping.ts';

const item = (id: number, extra: Partial<CopingItem> = {}): CopingItem => ({
  id,
  starterKey: null,
  kind: 'own',
  title: `Item ${id}`,
  note: '',
  hidden: false,
  favourite: false,
  ...extra,
});

describe('pick one for me', () => {
  it('repeats exactly for the same seed', () => {
    const items = [item(1), item(2), item(3), item(4)];
    const run = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20 }, () => pickOne(items, random)!.id);
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('never picks hidden items, and says so when nothing is visible', () => {
    const random = seededRandom(7);
    const items = [item(1, { hidden: true }), item(2), item(3, { hidden: true })];
    for (let i = 0; i < 200; i++) expect(pickOne(items, random)!.id).toBe(2);
    expect(pickOne([item(1, { hidden: true })], random)).toBeNull();
    expect(pickOne([], random)).toBeNull();
  });

  it('favours favourites about three to one', () => {
    const random = seededRandom(2024);
    const items = [item(1, { favourite: true }), item(2), item(3)];
    const counts = new Map<number, number>();
    const n = 30_000;
    for (let i = 0; i < n; i++) {
      const id = pickOne(items, random)!.id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // Expected share: 3/5 for the favourite, 1/5 for each other item.
    expect(counts.get(1)! / n).toBeCloseTo(FAVOURITE_WEIGHT / (FAVOURITE_WEIGHT + 2), 1);
    expect(counts.get(2)! / n).toBeCloseTo(1 / 5, 1);
    expect(counts.get(1)! / counts.get(2)!).toBeGreaterThan(2.5);
    expect(counts.get(1)! / counts.get(2)!).toBeLessThan(3.5);
  });

  it('offers something new after a pick, unless there is only one item', () => {
    const random = seededRandom(1);
    const items = [item(1), item(2)];
    for (let i = 0; i < 50; i++) expect(pickOne(items, random, 1)!.id).toBe(2);
    expect(pickOne([item(5)], random, 5)!.id).toBe(5);
  });
});
