// What Patterns reads instead of joining (migration 007): the day number and strongest urge copied
// onto emotion and trigger rows, and each day's 7-day urge window. SQLite triggers keep them in step;
// here random sequences of real writes through the core (saves, deletes, restores, purges, tag
// merges, emotion renames), and the migration of an existing journal, must leave them equal to what
// the check-ins say, recomputed independently.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, type Db } from '../../src/main/core/db/database.ts';
import { migrate } from '../../src/main/core/db/migrations/index.ts';
import { purgeExpired, RESTORE_MS } from '../../src/main/core/journal/entries.ts';
import { addDays, dayNumber } from '../../src/shared/calendar.ts';
import type { CheckInInput, TriggerKind } from '../../src/shared/contract/journal.ts';
import { unlockedCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Everything that disagrees with the check-ins; empty lists when all is in step. */
function outOfStep(db: Db) {
  const live = db.prepare('SELECT day, peak_urge AS urge FROM entries WHERE deleted_at IS NULL').all() as { day: string; urge: number | null }[];
  const urgeOn = new Map(live.map((e) => [dayNumber(e.day), e.urge]));
  const expectedWindows = [...urgeOn.keys()]
    .sort((a, b) => a - b)
    .map((n) => {
      const urges = [0, 1, 2, 3, 4, 5, 6].map((back) => urgeOn.get(n - back)).filter((u): u is number => u !== undefined && u !== null);
      return { day_number: n, urge_sum: urges.reduce((a, b) => a + b, 0), urge_days: urges.length };
    });
  return {
    emotions: db
      .prepare(
        `SELECT e.day, ee.emotion, ee.day_number FROM entry_emotions ee JOIN entries e ON e.id = ee.entry_id
         WHERE ee.day_number IS NOT iif(e.deleted_at IS NULL, unixepoch(e.day) / 86400)`,
      )
      .all(),
    triggers: db
      .prepare(
        `SELECT e.day, et.trigger_id, et.day_number, et.peak_urge FROM entry_triggers et JOIN entries e ON e.id = et.entry_id
         WHERE et.day_number IS NOT iif(e.deleted_at IS NULL, unixepoch(e.day) / 86400) OR et.peak_urge IS NOT e.peak_urge`,
      )
      .all(),
    windows: { stored: db.prepare('SELECT day_number, urge_sum, urge_days FROM urge_windows ORDER BY day_number').all(), expected: expectedWindows },
  };
}

function expectInStep(db: Db): void {
  const found = outOfStep(db);
  expect(found.emotions).toEqual([]);
  expect(found.triggers).toEqual([]);
  expect(found.windows.stored).toEqual(found.windows.expected);
}

const FIRST_DAY = '2025-03-01';
const EMOTIONS = ['Sadness', 'Anger', 'Calm'];
const TAGS: { name: string; kind: TriggerKind }[] = [
  { name: 'Work', kind: 'situation' },
  { name: 'Alone', kind: 'situation' },
  { name: 'Not good enough', kind: 'thought' },
  { name: 'Empty', kind: 'feeling' },
];

// Ten days: close enough that 7-day windows overlap, few enough that operations meet the same day.
const dayIndex = fc.integer({ min: 0, max: 9 });
const operation = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('save' as const),
      day: dayIndex,
      urge: fc.option(fc.integer({ min: 0, max: 10 })),
      emotions: fc.subarray(EMOTIONS).chain((names) => fc.tuple(fc.constant(names), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: names.length, maxLength: names.length }))),
      tags: fc.subarray(TAGS),
    }),
  },
  // The same check-in again with only the urge changed: no emotion or trigger row is rewritten.
  { weight: 2, arbitrary: fc.record({ op: fc.constant('urge' as const), day: dayIndex, urge: fc.option(fc.integer({ min: 0, max: 10 })) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), day: dayIndex }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore' as const), day: dayIndex }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('purge' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('merge' as const), from: fc.nat(), into: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), which: fc.nat(), to: fc.constantFrom('Grief', 'Rage', 'Peace') }) },
);

describe('Patterns by day (migration 007)', () => {
  it('stays in step with the check-ins through any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 8, maxLength: 30 }), async (operations) => {
        const h = await unlockedCore();
        try {
          const db = h.core.vault.db;
          for (const o of operations) {
            if (o.op === 'save') {
              const [names, ratings] = o.emotions;
              const checkIn: CheckInInput = {
                peakUrge: o.urge,
                emotions: names.map((name, i) => ({ name, rating: ratings[i]! })),
                triggers: o.tags,
              };
              await h.value('journalSaveEntry', { day: addDays(FIRST_DAY, o.day), checkIn });
            } else if (o.op === 'urge') {
              const { entry } = await h.value<{ entry: (CheckInInput & { triggers: { name: string; kind: TriggerKind }[] }) | null }>('journalGetDay', { day: addDays(FIRST_DAY, o.day) });
              if (!entry) continue;
              const checkIn: CheckInInput = { peakUrge: o.urge, emotions: entry.emotions, triggers: entry.triggers.map(({ name, kind }) => ({ name, kind })) };
              await h.value('journalSaveEntry', { day: addDays(FIRST_DAY, o.day), checkIn });
            } else if (o.op === 'delete') {
              await h.core.call('journalDeleteEntry', { day: addDays(FIRST_DAY, o.day) }); // "not found" is fine
            } else if (o.op === 'restore') {
              await h.core.call('journalRestoreEntry', { day: addDays(FIRST_DAY, o.day) });
            } else if (o.op === 'purge') {
              purgeExpired(db, Date.now() + RESTORE_MS + 1);
            } else if (o.op === 'merge') {
              const tags = (await h.value<{ triggers: { id: number }[] }>('journalTags')).triggers;
              if (tags.length < 2) continue;
              const from = tags[o.from % tags.length]!.id;
              const into = tags[o.into % tags.length]!.id;
              await h.core.call('journalMergeTriggers', { fromId: from, intoId: into }); // merging a tag into itself is refused
            } else {
              const emotions = (await h.value<{ emotions: { id: number }[] }>('journalPreferences')).emotions;
              await h.core.call('journalUpdateEmotion', { id: emotions[o.which % emotions.length]!.id, name: o.to }); // a clash is refused
            }
            expectInStep(db);
          }
        } finally {
          h.cleanup();
        }
      }),
      { numRuns: 40 },
    );
    // Forty fresh encrypted journals: slow on a busy machine, whatever the triggers cost.
  }, 180_000);

  it('fills in an existing journal when it is migrated', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const db = new Database(join(temp.dir, 'harbor.db'));
    cleanups.unshift(() => db.close());
    applyKey(db, randomBytes(32));
    db.pragma('foreign_keys = ON');
    migrate(db, 6);
    const addEntry = db.prepare('INSERT INTO entries (day, peak_urge, created_at, updated_at, deleted_at) VALUES (?, ?, 0, 0, ?)');
    const urges = [4, null, 7, 2, 9, 0, 5, 3, null, 8];
    urges.forEach((urge, i) => addEntry.run(addDays('2024-12-28', i * 2), urge, i === 3 ? 1 : null));
    db.exec(`
      INSERT INTO triggers (id, name, kind, name_key) VALUES (1, 'Work', 'situation', 'work'), (2, 'Alone', 'situation', 'alone');
      INSERT INTO entry_triggers (entry_id, trigger_id) SELECT id, 1 FROM entries;
      INSERT INTO entry_triggers (entry_id, trigger_id) SELECT id, 2 FROM entries WHERE id % 2 = 0;
      INSERT INTO entry_emotions (entry_id, emotion, rating) SELECT id, 'Sadness', id % 6 FROM entries;
    `);
    migrate(db);
    expect(db.prepare('SELECT count(*) FROM entry_triggers WHERE day_number IS NOT NULL').pluck().get()).toBe(13); // 15 rows, 2 of the deleted check-in
    expect(db.prepare('SELECT count(*) FROM urge_windows').pluck().get()).toBe(9);
    expectInStep(db);
  });
});
