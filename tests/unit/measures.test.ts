// Measures that never reset, against a real encrypted journal: a hard day in the middle only adds.
import { describe, expect, it } from 'vitest';
import type { SteadyMeasures } from '../../src/shared/contract/recovery.ts';
import { unlockedCore } from '../support/core.ts';

/** "Today" is the evening of 30 March 2025 (local time). */
const now = () => new Date(2025, 2, 30, 20, 0);

type Core = Awaited<ReturnType<typeof unlockedCore>>;

const checkIn = (h: Core, day: string, peakUrge: number | null, selfHarm: 'yes' | 'no' | null = null) =>
  h.value('journalSaveEntry', { day, checkIn: { peakUrge, selfHarm, mood: 3 } });

/** A finished urge-timer round on `day` (at 21:00 local), with its outcome. */
const round = (h: Core, day: string, outcome: 'eased' | 'time-up' | 'stopped', urge = 6) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const startedAt = new Date(y, m - 1, d, 21, 0).getTime();
  return h.value('copingUseSave', {
    id: crypto.randomUUID(),
    startedAt,
    endedAt: startedAt + 10 * 60_000,
    minutesPlanned: 10,
    urgeBefore: urge,
    urgeAfter: outcome === 'stopped' ? urge : 2,
    outcome,
    items: [],
    note: '',
  });
};

describe('measures that never reset', () => {
  it('counts rounds ridden out and check-in days in the last 30 days only', async () => {
    const h = await unlockedCore({ now });
    try {
      // The window is 1 to 30 March: February is outside it.
      await checkIn(h, '2025-02-27', 2);
      await round(h, '2025-02-27', 'eased');
      for (const day of ['2025-03-01', '2025-03-10', '2025-03-29']) await checkIn(h, day, 4);
      await round(h, '2025-03-02', 'eased');
      await round(h, '2025-03-03', 'time-up');
      await round(h, '2025-03-04', 'stopped');
      // A round still running (no outcome) is not counted yet.
      await h.value('copingUseSave', {
        id: crypto.randomUUID(),
        startedAt: new Date(2025, 2, 30, 19, 0).getTime(),
        endedAt: null,
        minutesPlanned: 10,
        urgeBefore: 7,
        urgeAfter: null,
        outcome: null,
        items: [],
        note: '',
      });
      const m = await h.value<SteadyMeasures>('recoveryMeasures');
      expect(m).toMatchObject({ from: '2025-03-01', to: '2025-03-30', windowDays: 30, checkInDays: 3, urgesRiddenOut: { riddenOut: 2, rounds: 3 } });
      expect(m.comebacks).toEqual([]);
    } finally {
      h.cleanup();
    }
  });

  it('a hard day in the middle takes nothing away: it adds a comeback, and the way back is the next calm check-in', async () => {
    const h = await unlockedCore({ now });
    try {
      await checkIn(h, '2025-03-05', 2);
      await checkIn(h, '2025-03-06', 5);
      await round(h, '2025-03-06', 'eased');
      await round(h, '2025-03-07', 'time-up');
      const before = await h.value<SteadyMeasures>('recoveryMeasures');
      expect(before).toMatchObject({ checkInDays: 2, urgesRiddenOut: { riddenOut: 2, rounds: 2 }, comebacks: [] });

      // A lapse on 10 March, noted (no check-in that day).
      await h.value('relapseRecord', { day: '2025-03-10' });
      const after = await h.value<SteadyMeasures>('recoveryMeasures');
      expect(after.checkInDays).toBe(before.checkInDays);
      expect(after.urgesRiddenOut).toEqual(before.urgesRiddenOut);
      expect(after.comebacks).toEqual([{ hardDay: '2025-03-10', calmDay: null, days: null }]);

      // Check-ins after it: urge 6 is not yet calm; urge 3 on the 13th is the way back (3 days).
      await checkIn(h, '2025-03-11', 6);
      await checkIn(h, '2025-03-13', 3);
      await checkIn(h, '2025-03-14', 1);
      // A second hard day, said in the check-in; an urge-timer rating of 7 the next day keeps that day from being calm.
      await checkIn(h, '2025-03-20', 8, 'yes');
      await checkIn(h, '2025-03-21', 2);
      await round(h, '2025-03-21', 'eased', 7);
      await checkIn(h, '2025-03-22', 1);
      const later = await h.value<SteadyMeasures>('recoveryMeasures');
      expect(later.comebacks).toEqual([
        { hardDay: '2025-03-10', calmDay: '2025-03-13', days: 3 },
        { hardDay: '2025-03-20', calmDay: '2025-03-22', days: 2 },
      ]);
      // Every count only grew.
      expect(later.checkInDays).toBe(8);
      expect(later.checkInDays).toBeGreaterThanOrEqual(after.checkInDays);
      expect(later.urgesRiddenOut).toEqual({ riddenOut: 3, rounds: 3 });
      // No field of the measures counts days since anything.
      expect(Object.keys(later).some((key) => /since|streak/i.test(key))).toBe(false);
    } finally {
      h.cleanup();
    }
  });
});
