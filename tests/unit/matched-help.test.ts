// Help matched to the trigger, through the real core on a real encrypted database: check-ins that
// name triggers, urge-timer rounds on those days with the items ticked, and the coping box's
// "what has helped after ‘…’" — the order, the ties, nothing without a trigger, and no claim from
// fewer than MIN_MATCHED_ROUNDS rounds. Generated rounds are checked against a plain computation.
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_MATCHED_ROUNDS, TRIGGER_CHOICES, type CopingBoxView, type MatchedHelpView } from '../../src/shared/contract/coping.ts';
import { seededRandom } from '../../src/main/core/seeded-random.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';

type Harness = Awaited<ReturnType<typeof unlockedCore>>;
type Kind = 'situation' | 'thought' | 'feeling';

const TODAY = '2026-03-10';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function core(): Promise<Harness> {
  const h = await unlockedCore({ now: () => new Date(`${TODAY}T21:00:00`) });
  cleanups.push(h.cleanup);
  return h;
}

/** The day's check-in, naming these triggers. */
async function checkIn(h: Harness, day: string, triggers: string[], kind: Kind = 'situation'): Promise<void> {
  await h.value('journalSaveEntry', { day, checkIn: { mood: 2, triggers: triggers.map((name) => ({ name, kind })) } });
}

const roundsOnDay = new Map<string, number>();
/** One finished round on `day` (in the evening, local time), with these ratings and items ticked. */
async function round(
  h: Harness,
  day: string,
  ratings: { minute: number; urge: number }[],
  itemIds: number[],
  beforeAfter: [number | null, number | null] = [ratings[0]?.urge ?? null, ratings.length >= 2 ? ratings.at(-1)!.urge : null],
): Promise<void> {
  const nth = roundsOnDay.get(day) ?? 0;
  roundsOnDay.set(day, nth + 1);
  const startedAt = new Date(`${day}T18:00:00`).getTime() + nth * 60_000;
  await h.value('copingUseSave', {
    id: crypto.randomUUID(),
    startedAt,
    endedAt: startedAt + 30_000,
    minutesPlanned: 10,
    urgeBefore: beforeAfter[0],
    urgeAfter: beforeAfter[1],
    ratings,
    outcome: 'time-up',
    items: itemIds.map((id) => ({ id, starterKey: null })),
    note: '',
  });
}
const eased = (from: number, to: number) => [
  { minute: 0, urge: from },
  { minute: 2, urge: Math.round((from + to) / 2) },
  { minute: 6, urge: to },
];

async function itemIds(h: Harness): Promise<Record<string, number>> {
  const box = await h.value<CopingBoxView>('copingBox');
  return Object.fromEntries(box.items.map((item) => [item.title, item.id]));
}

const help = (h: Harness, triggerId?: number | null) =>
  h.value<MatchedHelpView>('copingMatchedHelp', triggerId === undefined ? {} : { triggerId });

describe('help matched to the trigger', () => {
  it('puts first the items that lowered the urge most after today’s trigger, with how often', async () => {
    const h = await core();
    const ids = await itemIds(h);
    const ice = ids['Hold an ice cube']!;
    const music = ids['Listen to soothing music']!;
    const film = ids['Watch a film']!;
    await checkIn(h, '2026-03-02', ['work stress']);
    await checkIn(h, '2026-03-05', ['work stress', 'loneliness']);
    await checkIn(h, '2026-03-07', ['loneliness']);
    await checkIn(h, TODAY, ['Work stress']); // the same trigger, however it is written
    // After work stress: music lowered the urge 3 of 3 times, ice 4 of 5, the film 1 of 4.
    for (const day of ['2026-03-02', '2026-03-05', '2026-03-05']) await round(h, day, eased(8, 3), [music, ice]);
    await round(h, '2026-03-02', eased(7, 4), [ice]);
    await round(h, '2026-03-05', [{ minute: 0, urge: 6 }, { minute: 4, urge: 6 }], [ice, film]);
    for (let i = 0; i < 3; i++) await round(h, '2026-03-02', [{ minute: 0, urge: 7 }, { minute: 4, urge: 8 }], [film]);
    await round(h, '2026-03-02', eased(9, 2), [film]);
    // On a day with only loneliness, the film always helped: that says nothing about work stress.
    for (let i = 0; i < 4; i++) await round(h, '2026-03-07', eased(9, 1), [film]);

    const view = await help(h);
    expect(view.trigger?.name).toBe('work stress');
    expect(view.items).toEqual([
      { itemId: music, helped: 3, rounds: 3, sentence: 'Helped 3 of 3 times after ‘work stress’' },
      { itemId: ice, helped: 4, rounds: 5, sentence: 'Helped 4 of 5 times after ‘work stress’' },
    ]);
    // Today's trigger first among the choices, then the most common others.
    expect(view.choices.map((c) => [c.name, c.today])).toEqual([
      ['work stress', true],
      ['loneliness', false],
    ]);

    // Picking the other trigger (named on the 5th and the 7th): the film first (4 of 5), then the
    // ice (2 of 3); the music was used only twice on those days, too few to say.
    const loneliness = view.choices[1]!.id;
    expect((await help(h, loneliness)).items).toEqual([
      { itemId: film, helped: 4, rounds: 5, sentence: 'Helped 4 of 5 times after ‘loneliness’' },
      { itemId: ice, helped: 2, rounds: 3, sentence: 'Helped 2 of 3 times after ‘loneliness’' },
    ]);
    // "Not sure": no trigger, so the page shows favourites first.
    expect(await help(h, null)).toMatchObject({ trigger: null, items: [] });
  });

  it('breaks ties by the larger drop, then more rounds, then a favourite, then the title', async () => {
    const h = await core();
    const ids = await itemIds(h);
    const [bath, poem, puzzle, lotion, hobby] = [
      ids['Take a warm bath']!,
      ids['Write a poem']!,
      ids['Do a hard puzzle']!,
      ids['Use a lotion that smells nice']!,
      ids['Spend time on a focused hobby']!,
    ];
    await h.value('copingItemUpdate', { id: lotion, favourite: true });
    await checkIn(h, TODAY, ['an argument'], 'situation');
    // All helped every time. bath: drop 6 (3 rounds); poem: drop 4 (4 rounds); puzzle: drop 4 (3 rounds);
    // lotion and hobby: drop 2 (3 rounds each), lotion a favourite.
    for (let i = 0; i < 3; i++) await round(h, TODAY, eased(9, 3), [bath]);
    for (let i = 0; i < 4; i++) await round(h, TODAY, eased(8, 4), [poem]);
    for (let i = 0; i < 3; i++) await round(h, TODAY, eased(8, 4), [puzzle]);
    for (let i = 0; i < 3; i++) await round(h, TODAY, eased(6, 4), [hobby, lotion]);
    const view = await help(h);
    expect(view.items.map((i) => i.itemId)).toEqual([bath, poem, puzzle, lotion, hobby]);
    await h.value('copingItemUpdate', { id: lotion, favourite: false });
    // Without the favourite, the title decides: "Spend time…" before "Use a lotion…".
    expect((await help(h)).items.map((i) => i.itemId)).toEqual([bath, poem, puzzle, hobby, lotion]);
    // A hidden item is not offered first.
    await h.value('copingItemUpdate', { id: bath, hidden: true });
    expect((await help(h)).items.map((i) => i.itemId)).toEqual([poem, puzzle, hobby, lotion]);
  });

  it('without a trigger named today, matches nothing: favourites come first, as always', async () => {
    const h = await core();
    const ice = (await itemIds(h))['Hold an ice cube']!;
    await checkIn(h, '2026-03-09', ['work stress']);
    for (let i = 0; i < 4; i++) await round(h, '2026-03-09', eased(8, 2), [ice]);
    // A check-in today without triggers, and no check-in at all, both give no match.
    expect(await help(h)).toMatchObject({ trigger: null, items: [] });
    await checkIn(h, TODAY, []);
    const view = await help(h);
    expect(view).toMatchObject({ trigger: null, items: [] });
    // The person can still pick it: one of their most common.
    expect(view.choices).toEqual([{ id: expect.any(Number), name: 'work stress', today: false }]);
    expect((await help(h, view.choices[0]!.id)).items).toHaveLength(1);
    // A check-in today that was deleted names nothing either.
    await checkIn(h, TODAY, ['work stress']);
    expect((await help(h)).items).toHaveLength(1);
    await h.value('journalDeleteEntry', { day: TODAY });
    expect(await help(h)).toMatchObject({ trigger: null, items: [] });
  });

  it(`claims nothing from fewer than ${MIN_MATCHED_ROUNDS} rounds, nor from an item that helped less than half the time`, async () => {
    const h = await core();
    const ice = (await itemIds(h))['Hold an ice cube']!;
    await checkIn(h, TODAY, ['a bad night'], 'feeling');
    for (let i = 1; i < MIN_MATCHED_ROUNDS; i++) {
      await round(h, TODAY, eased(9, 1), [ice]);
      expect(await help(h)).toMatchObject({ trigger: { name: 'a bad night' }, items: [] });
    }
    await round(h, TODAY, eased(9, 1), [ice]);
    expect((await help(h)).items.map((i) => i.sentence)).toEqual([`Helped ${MIN_MATCHED_ROUNDS} of ${MIN_MATCHED_ROUNDS} times after ‘a bad night’`]);
    // A round rated only once, or not at all, tells nothing and is not counted.
    await round(h, TODAY, [{ minute: 0, urge: 8 }], [ice]);
    await round(h, TODAY, [], [ice]);
    expect((await help(h)).items[0]!.rounds).toBe(MIN_MATCHED_ROUNDS);
    // A round kept with only a before and an after (no re-ratings) counts by those two.
    await round(h, TODAY, [], [ice], [7, 2]);
    expect((await help(h)).items[0]).toMatchObject({ helped: MIN_MATCHED_ROUNDS + 1, rounds: MIN_MATCHED_ROUNDS + 1 });
    // Rounds where the urge did not ease, until it helped in fewer than half: no claim at all.
    for (let i = 0; i <= MIN_MATCHED_ROUNDS + 1; i++) await round(h, TODAY, [{ minute: 0, urge: 5 }, { minute: 6, urge: 7 }], [ice]);
    expect((await help(h)).items).toEqual([]);
  });

  it('offers the five most common triggers, and is journal data: refused while locked', async () => {
    const h = await core();
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => `trigger ${n}`);
    // trigger a on 7 days, b on 6, … g on 1.
    for (let day = 1; day <= 7; day++) await checkIn(h, `2026-02-${String(day).padStart(2, '0')}`, names.slice(0, 8 - day));
    const view = await help(h);
    expect(view.choices.map((c) => c.name)).toEqual(names.slice(0, TRIGGER_CHOICES));
    await h.value('vaultLock');
    const locked = await h.core.call('copingMatchedHelp', {});
    expect(locked).toMatchObject({ ok: false, error: { code: 'locked' } });
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    expect((await help(h)).choices).toHaveLength(TRIGGER_CHOICES);
  });

  it('matches a plain computation on generated check-ins and rounds', async () => {
    const h = await core();
    const random = seededRandom(12);
    const ids = Object.values(await itemIds(h));
    const triggers = ['work stress', 'loneliness', 'an argument', 'tired'];
    const days = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2026, 0, 20 + i)).toISOString().slice(0, 10));
    const named = new Map<string, string[]>();
    for (const day of days) {
      const some = triggers.filter(() => random() < 0.4);
      named.set(day, some);
      await checkIn(h, day, some);
    }
    const rounds: { day: string; first: number; last: number; items: number[] }[] = [];
    for (let r = 0; r < 160; r++) {
      const day = days[Math.floor(random() * days.length)]!;
      const first = 4 + Math.floor(random() * 7);
      const last = Math.max(0, Math.min(10, first + Math.floor(random() * 9) - 6));
      const items = ids.filter(() => random() < 0.25);
      rounds.push({ day, first, last, items });
      await round(h, day, [{ minute: 0, urge: first }, { minute: 2, urge: Math.floor(random() * 11) }, { minute: 8, urge: last }], items);
    }
    const box = await h.value<CopingBoxView>('copingBox');
    const titleOf = new Map(box.items.map((i) => [i.id, i.title]));
    const choices = (await help(h, null)).choices;
    let claims = 0;
    for (const trigger of choices) {
      const stats = new Map<number, { rounds: number; helped: number; drop: number }>();
      for (const r of rounds.filter((x) => named.get(x.day)!.includes(trigger.name))) {
        for (const item of r.items) {
          const s = stats.get(item) ?? { rounds: 0, helped: 0, drop: 0 };
          stats.set(item, { rounds: s.rounds + 1, helped: s.helped + (r.last < r.first ? 1 : 0), drop: s.drop + r.first - r.last });
        }
      }
      const expected = [...stats.entries()]
        .filter(([, s]) => s.rounds >= MIN_MATCHED_ROUNDS && 2 * s.helped >= s.rounds)
        .sort(
          ([a, x], [b, y]) =>
            y.helped / y.rounds - x.helped / x.rounds ||
            y.drop / y.rounds - x.drop / x.rounds ||
            y.rounds - x.rounds ||
            titleOf.get(a)!.toLowerCase().localeCompare(titleOf.get(b)!.toLowerCase()),
        )
        .map(([itemId, s]) => ({ itemId, helped: s.helped, rounds: s.rounds, sentence: `Helped ${s.helped} of ${s.rounds} times after ‘${trigger.name}’` }));
      claims += expected.length;
      expect((await help(h, trigger.id)).items, trigger.name).toEqual(expected);
    }
    // The generated history is rich enough to say something.
    expect(claims).toBeGreaterThan(3);
  });
});
