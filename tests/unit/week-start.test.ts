// The person's week start, from Settings, through every place that groups days into weeks:
// Patterns (its weeks, the time grid's columns, the weekly summary), the journal's history and
// the diary card's PDF pages. Saturday is the least usual start, so it is the one walked here.
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PatternsOverview } from '../../src/shared/contract/patterns.ts';
import { unlockedCore } from '../support/core.ts';

const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

type Harness = Awaited<ReturnType<typeof unlockedCore>>;
let h: Harness;
/** "Now": Wednesday 2 April 2025, 21:00 in London (the clocks went forward on 30 March). */
let clock: Date;
beforeEach(async () => {
  clock = new Date(2025, 3, 2, 21, 0);
  h = await unlockedCore({ now: () => clock });
  await h.value('settingsUpdate', { weekStart: 'saturday' });
  for (const day of ['2025-03-28', '2025-03-29', '2025-03-30']) {
    await h.value('journalSaveEntry', { day, checkIn: { peakUrge: 4, triggers: [{ name: 'Crowds', kind: 'situation' }] } });
  }
});
afterEach(() => h.cleanup());

describe('a week that starts on Saturday', () => {
  it('Patterns: 28 days in Saturday weeks, the grid from Saturday, the summary of this Saturday’s week', async () => {
    const o = await h.value<PatternsOverview>('patternsOverview', { weeks: 4 });
    expect(o.range).toMatchObject({ from: '2025-03-06', to: '2025-04-02', days: 28, weekStart: 'saturday' });
    expect(o.range.weeks).toEqual(['2025-03-01', '2025-03-08', '2025-03-15', '2025-03-22', '2025-03-29']);
    // Friday the 28th closes one week; Saturday and Sunday (the DST day) open the next.
    expect(o.triggersPerWeek.situation).toEqual([0, 0, 0, 1, 2]);
    expect(o.timeGrid.weekdays).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(o.summary).toMatchObject({ weekOf: '2025-03-29', isCurrentWeek: true, checkIns: 2 });
  });

  it('History groups check-ins by Saturday weeks', async () => {
    const history = await h.value<{ entries: { day: string; weekOf: string }[] }>('journalHistory', {});
    expect(history.entries.map(({ day, weekOf }) => [day, weekOf])).toEqual([
      ['2025-03-30', '2025-03-29'],
      ['2025-03-29', '2025-03-29'],
      ['2025-03-28', '2025-03-22'],
    ]);
  });

  it('the diary card PDF has one page per Saturday week', async () => {
    const pages = async (from: string, to: string) => {
      const file = await h.value<{ content: string }>('recoveryExport', { format: 'diary-pdf', from, to, understood: true });
      return (await PDFDocument.load(Buffer.from(file.content, 'base64'))).getPageCount();
    };
    expect(await pages('2025-03-22', '2025-03-28')).toBe(1);
    expect(await pages('2025-03-28', '2025-03-29')).toBe(2);
    expect(await pages('2025-03-29', '2025-04-02')).toBe(1);
  });
});
