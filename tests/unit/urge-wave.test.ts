// The person's own urge wave, through the real core and a real encrypted database: the ratings'
// migration, Patterns' median curve with its middle half, and the evidence sentence at the
// timer's start (said only when true and based on at least 3 rounds).
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, type Db } from '../../src/main/core/db/database.ts';
import { migrate } from '../../src/main/core/db/migrations/index.ts';
import type { UrgeWave } from '../../src/shared/contract/patterns.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { seededRandom } from '../../src/main/core/seeded-random.ts';
import { urgeWave } from '../../src/main/core/patterns/urge-wave.ts';

type Rating = { minute: number; urge: number };
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const HOUR = 3_600_000;
let clock = Date.now() - 400 * HOUR;
/** Saves one finished round, each an hour after the one before. */
async function saveRound(h: Awaited<ReturnType<typeof unlockedCore>>, ratings: Rating[]): Promise<void> {
  clock += HOUR;
  await h.value('copingUseSave', {
    id: crypto.randomUUID(),
    startedAt: clock,
    endedAt: clock + (ratings.at(-1)?.minute ?? 1) * 60_000,
    minutesPlanned: 10,
    urgeBefore: ratings[0]?.urge ?? null,
    urgeAfter: ratings.at(-1)?.urge ?? null,
    outcome: 'time-up',
    ratings,
    items: [],
    note: '',
  });
}

async function core() {
  const h = await unlockedCore();
  cleanups.push(h.cleanup);
  return h;
}

async function wave(h: Awaited<ReturnType<typeof unlockedCore>>): Promise<UrgeWave> {
  return (await h.value<{ urgeWave: UrgeWave }>('patternsOverview', { weeks: 4 })).urgeWave;
}

const sentence = async (h: Awaited<ReturnType<typeof unlockedCore>>) => (await h.value<{ sentence: string | null }>('copingUrgeEvidence')).sentence;

describe('migration 009: urge ratings', () => {
  it('turns the before and after of earlier uses into ratings at minute 0 and at the end', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const db: Db = new Database(join(temp.dir, 'harbor.db'));
    cleanups.unshift(() => db.close());
    applyKey(db, randomBytes(32));
    migrate(db, 8);
    const insert = db.prepare('INSERT INTO coping_uses (started_at, ended_at, urge_before, urge_after) VALUES (?, ?, ?, ?)');
    const t = Date.parse('2025-03-01T20:00:00Z');
    const finished = Number(insert.run(t, t + 12.5 * 60_000, 8, 3).lastInsertRowid);
    const unfinished = Number(insert.run(t, null, 6, null).lastInsertRowid);
    const unrated = Number(insert.run(t, t + 60_000, null, null).lastInsertRowid);
    migrate(db);
    const ratings = (id: number) => db.prepare('SELECT minute, urge FROM coping_use_ratings WHERE use_id = ? ORDER BY minute').all(id);
    expect(ratings(finished)).toEqual([
      { minute: 0, urge: 8 },
      { minute: 12.5, urge: 3 },
    ]);
    expect(ratings(unfinished)).toEqual([{ minute: 0, urge: 6 }]);
    expect(ratings(unrated)).toEqual([]);
    // Ratings go with their use.
    db.prepare('DELETE FROM coping_uses WHERE id = ?').run(finished);
    expect(ratings(finished)).toEqual([]);
  });
});

describe('migration 015: each round\'s urge at every mark, kept ready', () => {
  it('gives rounds saved before it their marks, so the wave is the same as computed from the ratings', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const db: Db = new Database(join(temp.dir, 'harbor.db'));
    cleanups.unshift(() => db.close());
    applyKey(db, randomBytes(32));
    db.pragma('foreign_keys = ON');
    migrate(db, 14);
    const random = seededRandom(21);
    const insertUse = db.prepare('INSERT INTO coping_uses (started_at, ended_at) VALUES (?, ?)');
    const insertRating = db.prepare('INSERT OR REPLACE INTO coping_use_ratings (use_id, minute, urge) VALUES (?, ?, ?)');
    const rounds: Rating[][] = [];
    const t = Date.parse('2025-03-01T20:00:00Z');
    for (let r = 0; r < 60; r++) {
      const id = Number(insertUse.run(t + r * HOUR, t + r * HOUR + 600_000).lastInsertRowid);
      const ratings: Rating[] = [];
      for (let i = 0; i < 1 + Math.floor(random() * 6); i++) ratings.push({ minute: Math.round((i * 2.5 + random()) * 10) / 10, urge: Math.floor(random() * 11) });
      for (const rating of ratings) insertRating.run(id, rating.minute, rating.urge);
      if (ratings.length >= 2) rounds.push(ratings);
    }
    migrate(db);
    const bounds = { startMs: t, endMs: t + 100 * HOUR };
    expect(urgeWave(db, bounds)).toEqual(referenceWave(rounds));
    // A later start (a use merged from while locked began earlier) moves its marks with it.
    const moved = db.prepare('SELECT use_id, started_at FROM coping_use_marks WHERE first = 1 LIMIT 1').get() as { use_id: number; started_at: number };
    db.prepare('UPDATE coping_uses SET started_at = started_at - ? WHERE id = ?').run(2 * HOUR, moved.use_id);
    expect(db.prepare('SELECT DISTINCT started_at FROM coping_use_marks WHERE use_id = ?').pluck().all(moved.use_id)).toEqual([moved.started_at - 2 * HOUR]);
  });
});

describe('How your urges pass (Patterns)', () => {
  it('gives the median and the middle half at each 2-minute mark reached by at least 3 rounds', async () => {
    const h = await core();
    expect(await wave(h)).toEqual({ rounds: 0, points: [] });
    await saveRound(h, [{ minute: 0, urge: 8 }, { minute: 2.2, urge: 6 }, { minute: 4, urge: 3 }]);
    await saveRound(h, [{ minute: 0.3, urge: 7 }, { minute: 1.8, urge: 7 }, { minute: 4.1, urge: 5 }, { minute: 6, urge: 2 }]);
    await saveRound(h, [{ minute: 0, urge: 9 }, { minute: 2, urge: 8 }]);
    // No rating near minute 2: the start's 6 holds until the next one.
    await saveRound(h, [{ minute: 0, urge: 6 }, { minute: 4, urge: 4 }]);
    // One rating is not a round.
    await saveRound(h, [{ minute: 0, urge: 10 }]);
    expect(await wave(h)).toEqual({
      rounds: 4,
      points: [
        { minute: 0, rounds: 4, median: 7.5, lower: 6, upper: 8 },
        { minute: 2, rounds: 4, median: 6.5, lower: 6, upper: 7 },
        { minute: 4, rounds: 3, median: 4, lower: 3, upper: 5 },
      ],
    });
  });

  it('matches a plain JavaScript computation on 200 generated rounds', async () => {
    const h = await core();
    const random = seededRandom(7);
    const rounds: Rating[][] = [];
    for (let r = 0; r < 200; r++) {
      const ratings: Rating[] = [];
      let urge = 5 + Math.floor(random() * 6);
      const length = 2 + Math.floor(random() * 8);
      for (let i = 0; i < length; i++) {
        ratings.push({ minute: Math.round((i * 2 + random() * 1.6) * 10) / 10, urge });
        urge = Math.max(0, Math.min(10, urge + Math.floor(random() * 5) - 3));
      }
      rounds.push(ratings);
      await saveRound(h, ratings);
    }
    expect(await wave(h)).toEqual(referenceWave(rounds));
  });
});

/** The wave computed the obvious way, as the documentation of urge-wave.ts describes it. */
function referenceWave(rounds: Rating[][]): UrgeWave {
  const byMark = new Map<number, number[]>();
  for (const ratings of rounds) {
    const steps = new Map<number, Rating>();
    for (const r of ratings) {
      const mark = Math.round(r.minute / 2) * 2;
      const held = steps.get(mark);
      if (!held || r.minute >= held.minute) steps.set(mark, r);
    }
    const marks = [...steps.keys()].sort((a, b) => a - b);
    for (let m = marks[0]!; m <= marks.at(-1)!; m += 2) {
      const from = marks.filter((k) => k <= m).at(-1)!;
      byMark.set(m, [...(byMark.get(m) ?? []), steps.get(from)!.urge]);
    }
  }
  const points = [...byMark.entries()]
    .filter(([m, values]) => m <= 60 && values.length >= 3)
    .sort((a, b) => a[0] - b[0])
    .map(([minute, values]) => {
      const v = [...values].sort((a, b) => a - b);
      const n = v.length;
      return { minute, rounds: n, median: (v[Math.floor((n + 1) / 2) - 1]! + v[Math.floor((n + 2) / 2) - 1]!) / 2, lower: v[Math.ceil(n / 4) - 1]!, upper: v[Math.ceil((3 * n) / 4) - 1]! };
    });
  return { rounds: rounds.length, points };
}

describe('the evidence sentence at the timer’s start', () => {
  const fell = (minute: number): Rating[] => [{ minute: 0, urge: 8 }, { minute: 6, urge: 5 }, { minute, urge: 3 }];
  const stayed: Rating[] = [{ minute: 0, urge: 8 }, { minute: 10, urge: 7 }];

  it('says nothing with fewer than 3 rounds, even when every one of them eased', async () => {
    const h = await core();
    expect(await sentence(h)).toBeNull();
    await saveRound(h, fell(5));
    await saveRound(h, fell(5));
    expect(await sentence(h)).toBeNull();
    await saveRound(h, fell(5));
    expect(await sentence(h)).toBe('Your urge fell below 4 within 5 minutes in 3 of your last 3 rounds.');
  });

  it('says nothing when it would not be true: the urge did not fall in most rounds', async () => {
    const h = await core();
    for (let i = 0; i < 6; i++) await saveRound(h, stayed);
    for (let i = 0; i < 5; i++) await saveRound(h, fell(9));
    expect(await sentence(h)).toBeNull();
  });

  it('gives the count and the minutes from the person’s own rounds', async () => {
    const h = await core();
    // Older rounds beyond the last 20 do not count.
    for (let i = 0; i < 10; i++) await saveRound(h, stayed);
    for (let i = 0; i < 3; i++) await saveRound(h, stayed);
    for (let i = 0; i < 11; i++) await saveRound(h, fell(11.5));
    for (let i = 0; i < 6; i++) await saveRound(h, [{ minute: 0, urge: 9 }, { minute: 2, urge: 9 }]);
    // The last 20: 11 fell below 4 by 11.5 minutes (said as "within 12"), 9 did not.
    expect(await sentence(h)).toBe('Your urge fell below 4 within 12 minutes in 11 of your last 20 rounds.');
  });

  it('names the rounds it looked at when some began below the level', async () => {
    const h = await core();
    for (let i = 0; i < 3; i++) await saveRound(h, stayed);
    for (let i = 0; i < 11; i++) await saveRound(h, fell(11.5));
    for (let i = 0; i < 2; i++) await saveRound(h, [{ minute: 0, urge: 3 }, { minute: 4, urge: 3 }]);
    expect(await sentence(h)).toBe('Your urge fell below 4 within 12 minutes in 11 of your last 14 rounds that began at 4 or higher.');
  });

  it('is not given while Harbor is locked', async () => {
    const h = await core();
    for (let i = 0; i < 3; i++) await saveRound(h, fell(4));
    expect(await sentence(h)).not.toBeNull();
    await h.value('vaultLock');
    expect(await sentence(h)).toBeNull();
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    expect(await sentence(h)).not.toBeNull();
  });
});
