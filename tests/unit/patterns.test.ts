// Patterns aggregation through the handlers (core.call) on a real encrypted database, against
// fixtures computed by hand. The clock is fixed and the time zone is Europe/Berlin, so DST weeks
// (30 March and 26 October 2025) are real DST changes for the grid of timed events.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { unlockedCore } from '../support/core.ts';
import type { CheckInInput } from '../../src/shared/contract/journal.ts';
import type { CopingBoxView } from '../../src/shared/contract/coping.ts';
import type { PatternsOverview, PatternsPreferences } from '../../src/shared/contract/patterns.ts';
import { zoneSegments } from '../../src/shared/calendar.ts';

const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

type Harness = Awaited<ReturnType<typeof unlockedCore>>;
let h: Harness;
/** "Now": Wednesday 2 April 2025, 21:00 in Berlin. */
const NOW = () => new Date(2025, 3, 2, 21, 0);
let clock: Date;

beforeEach(async () => {
  clock = NOW();
  h = await unlockedCore({ now: () => clock });
  await h.value('patternsSetPreferences', { range: { weeks: 12 }, weekStart: 'monday' });
});
afterEach(() => h.cleanup());

interface Fixture {
  urge?: number | null;
  selfHarm?: 'yes' | 'no' | 'unsaid' | null;
  situations?: string[];
  thoughts?: string[];
  feelings?: string[];
  emotions?: Record<string, number>;
  helped?: { label: string; rating: number }[];
  /** When the check-in was written, local time on its day ('21:30'), or a full Date. */
  at?: string | Date;
}

/** Saves a check-in as if written at `at` (the clock sets created_at), then restores "now". */
async function checkIn(day: string, f: Fixture): Promise<void> {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = typeof f.at === 'string' ? f.at.split(':').map(Number) : [21, 0];
  clock = f.at instanceof Date ? f.at : new Date(y, m - 1, d, hh, mm);
  const checkIn: CheckInInput = {
    peakUrge: f.urge ?? null,
    selfHarm: f.selfHarm ?? null,
    triggers: [
      ...(f.situations ?? []).map((name) => ({ name, kind: 'situation' as const })),
      ...(f.thoughts ?? []).map((name) => ({ name, kind: 'thought' as const })),
      ...(f.feelings ?? []).map((name) => ({ name, kind: 'feeling' as const })),
    ],
    emotions: Object.entries(f.emotions ?? {}).map(([name, rating]) => ({ name, rating })),
    helped: f.helped ?? [],
  };
  await h.value('journalSaveEntry', { day, checkIn });
  clock = NOW();
}

async function itemId(starterKey: string): Promise<number> {
  const box = await h.value<CopingBoxView>('copingBox');
  const item = box.items.find((i) => i.starterKey === starterKey);
  if (!item) throw new Error(`no starter item ${starterKey}`);
  return item.id;
}

/** A finished urge-timer use that started at `start` (local time). */
async function use(start: Date, urgeBefore: number, urgeAfter: number | null, items: string[] = []): Promise<void> {
  const refs = await Promise.all(items.map(async (key) => ({ id: await itemId(key), starterKey: key })));
  await h.value('copingUseSave', {
    id: randomUUID(),
    startedAt: start.getTime(),
    endedAt: start.getTime() + 10 * 60_000,
    minutesPlanned: 10,
    urgeBefore,
    urgeAfter,
    outcome: 'eased',
    items: refs,
    note: '',
  });
}

const overview = (range: { weeks?: number; from?: string; to?: string }) => h.value<PatternsOverview>('patternsOverview', range);
/** Four whole weeks by a Monday start, the current one up to today: the fixtures below are laid out on them. */
const FOUR_WHOLE_WEEKS = { from: '2025-03-10', to: '2025-04-02' };

describe('ranges and week boundaries', () => {
  it('shows gentle empty results for a range without check-ins', async () => {
    const o = await overview({ weeks: 4 });
    // "The last 4 weeks" is exactly 28 days ending today; the weeks touching it follow the week start.
    expect(o.range).toMatchObject({ from: '2025-03-06', to: '2025-04-02', days: 28, previousFrom: '2025-02-06', previousTo: '2025-03-05', today: '2025-04-02' });
    expect(o.range.weeks).toEqual(['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31']);
    expect(o.checkIns).toBe(0);
    expect(o.triggersPerWeek).toEqual({ situation: [0, 0, 0, 0, 0], thought: [0, 0, 0, 0, 0], feeling: [0, 0, 0, 0, 0] });
    expect(o.topTriggers).toEqual([]);
    expect(o.urges.strongest).toEqual(Array(28).fill(null));
    expect(o.urges.average).toEqual(Array(28).fill(null));
    expect(o.timeGrid.cells.flat().every((n) => n === 0)).toBe(true);
    expect(o.emotions).toEqual({ available: [], series: [] });
    expect(o.whatHelps).toEqual({ ranked: [], notEnoughData: [] });
    expect(o.triggerUrges).toEqual([]);
    expect(o.summary.sentences).toEqual(['You have not checked in this week yet. When you are ready, a short check-in is enough.']);
    expect(o.summary.hard).toBe(false);
  });

  it.each([
    [12, '2025-01-09', 13],
    [26, '2024-10-03', 27],
    [52, '2024-04-04', 53],
  ])('the last %i weeks are exactly 7 × N days ending today, in weeks starting on a Monday', async (weeks, from, count) => {
    const o = await overview({ weeks });
    expect(o.range.from).toBe(from);
    expect(o.range.days).toBe(7 * weeks);
    expect(o.range.weeks).toHaveLength(count);
    expect(o.range.weeks.every((week) => new Date(`${week}T12:00:00Z`).getUTCDay() === 1)).toBe(true);
    expect(o.urges.strongest).toHaveLength(o.range.days);
  });

  it('puts Sunday and Monday in the right weeks for a Monday or a Sunday start', async () => {
    await checkIn('2025-03-09', { feelings: ['Lonely'] });
    await checkIn('2025-03-16', { situations: ['Argument at home'], urge: 5 });
    await checkIn('2025-03-17', { thoughts: ['Not good enough'], feelings: ['Lonely'], urge: 3 });

    const monday = await overview({ weeks: 4 });
    expect(monday.triggersPerWeek).toEqual({ situation: [0, 1, 0, 0, 0], thought: [0, 0, 1, 0, 0], feeling: [1, 0, 1, 0, 0] });
    expect(monday.checkIns).toBe(3);
    expect(monday.timeGrid.weekdays).toEqual([1, 2, 3, 4, 5, 6, 0]);

    const { preferences: prefs } = await h.value<PatternsOverview>('patternsSetPreferences', { range: { weeks: 12 }, weekStart: 'sunday' });
    expect(prefs).toMatchObject({ weekStart: 'sunday' });
    // One week start for the whole app: the setting the journal's history uses too.
    expect((await h.value<{ weekStart: string }>('settingsGet')).weekStart).toBe('sunday');
    const sunday = await overview({ weeks: 4 });
    expect(sunday.range).toMatchObject({ from: '2025-03-06', days: 28, weekStart: 'sunday' });
    expect(sunday.range.weeks).toEqual(['2025-03-02', '2025-03-09', '2025-03-16', '2025-03-23', '2025-03-30']);
    expect(sunday.triggersPerWeek).toEqual({ situation: [0, 0, 1, 0, 0], thought: [0, 0, 1, 0, 0], feeling: [0, 1, 1, 0, 0] });
    expect(sunday.checkIns).toBe(3);
    expect(sunday.timeGrid.weekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('a custom range that starts mid-week has a partial first week', async () => {
    await checkIn('2025-03-12', { situations: ['Crowds'] });
    await checkIn('2025-03-13', { situations: ['Crowds'] });
    const o = await overview({ from: '2025-03-13', to: '2025-03-18' });
    expect(o.range).toMatchObject({ days: 6, previousFrom: '2025-03-07', previousTo: '2025-03-12' });
    expect(o.range.weeks).toEqual(['2025-03-10', '2025-03-17']);
    expect(o.triggersPerWeek.situation).toEqual([1, 0]);
    expect(o.topTriggers).toEqual([expect.objectContaining({ name: 'Crowds', count: 1, previous: 1, trend: 'steady' })]);
  });

  it('a single day', async () => {
    await checkIn('2025-03-20', { urge: 5, situations: ['Crowds'], selfHarm: 'no' });
    const o = await overview({ from: '2025-03-20', to: '2025-03-20' });
    expect(o.range).toMatchObject({ days: 1, weeks: ['2025-03-17'], previousFrom: '2025-03-19', previousTo: '2025-03-19' });
    expect(o.urges).toEqual({ strongest: [5], average: [null], selfHarmDays: [], selfHarmShown: true });
    expect(o.triggersPerWeek.situation).toEqual([1]);
    expect(o.summary).toMatchObject({ weekOf: '2025-03-17', isCurrentWeek: false, checkIns: 1 });
    expect(o.summary.sentences).toEqual([
      'In the week of 17 March 2025: no evenings with strong urges (7 or more).',
      'The day you noted was without self-harm.',
    ]);
  });

  it('leaves out deleted check-ins', async () => {
    await checkIn('2025-03-20', { urge: 5, situations: ['Crowds'] });
    await h.value('journalDeleteEntry', { day: '2025-03-20' });
    const o = await overview({ weeks: 4 });
    expect(o.checkIns).toBe(0);
    expect(o.triggersPerWeek.situation).toEqual([0, 0, 0, 0, 0]);
    expect(o.urges.strongest.every((u) => u === null)).toBe(true);
  });
});

describe('DST change weeks (Europe/Berlin)', () => {
  it('spring forward: seven days, one week, events in their local hours', async () => {
    const urges: [string, number | null][] = [
      ['2025-03-24', 2],
      ['2025-03-25', 4],
      ['2025-03-26', 6],
      ['2025-03-27', null],
      ['2025-03-28', 8],
      ['2025-03-29', 7],
      ['2025-03-30', 3],
    ];
    for (const [day, urge] of urges) {
      if (urge === null) continue;
      await checkIn(day, {
        urge,
        at: '21:30',
        selfHarm: day === '2025-03-29' ? 'yes' : 'no',
        situations: urge >= 7 ? ['Argument at home'] : [],
      });
    }
    const beforeChange = new Date(2025, 2, 30, 1, 30); // 01:30 CET
    const afterChange = new Date(2025, 2, 30, 3, 30); // 03:30 CEST
    expect(afterChange.getTime() - beforeChange.getTime()).toBe(60 * 60_000); // the clock skipped an hour
    await use(beforeChange, 6, 3);
    await use(afterChange, 6, 4);
    await use(new Date(2025, 2, 24, 0, 5), 5, 2); // Monday night, first minutes of the range
    await use(new Date(2025, 2, 31, 0, 10), 5, 2); // after the range
    await use(new Date(2025, 2, 23, 23, 55), 5, 2); // before the range

    const o = await overview({ from: '2025-03-24', to: '2025-03-30' });
    expect(o.range).toMatchObject({ days: 7, weeks: ['2025-03-24'] });
    // Sunday's strongest urge is the 5 rated in the urge timer at 00:10 that night (before 04:00,
    // so still Sunday's evening), above the check-in's 3; Saturday's 7 beats its timer's 6.
    expect(o.urges.strongest).toEqual([2, 4, 6, null, 8, 7, 5]);
    // On each rated day, its trailing 7 calendar days with at least 3 ratings. The two timer uses
    // of Sunday the 23rd (23:55, and 00:05 the night after, before 04:00) rate it 5, so from Tuesday:
    // (5+2+4)/3, (5+2+4+6)/4, none on Thursday (nothing rated), (5+2+4+6+8)/5, 32/6, (2+4+6+8+7+5)/6.
    expect(o.urges.average).toEqual([null, 3.7, 4.3, null, 5, 5.3, 5.3]);
    expect(o.urges.selfHarmDays).toEqual(['2025-03-29']);
    expect(o.triggersPerWeek.situation).toEqual([2]);
    // Rows Monday..Sunday; bands night, morning, afternoon, evening.
    expect(o.timeGrid.cells).toEqual([
      [1, 0, 0, 1],
      [0, 0, 0, 1],
      [0, 0, 0, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 0, 1],
      [2, 0, 0, 1],
    ]);
    expect(o.timeGrid).toMatchObject({ copingUses: 3, checkIns: 6 });
  });

  it('fall back: the repeated hour counts twice, the late evening stays in the week', async () => {
    const first = new Date(Date.UTC(2025, 9, 26, 0, 30)); // 02:30 CEST
    const second = new Date(Date.UTC(2025, 9, 26, 1, 30)); // 02:30 CET, the same local time again
    expect([first.getHours(), second.getHours()]).toEqual([2, 2]);
    clock = new Date(2025, 10, 5, 21, 0);
    await use(first, 7, 3);
    await use(second, 7, 4);
    await use(new Date(2025, 9, 26, 23, 30), 6, 5); // Sunday 23:30 CET, still inside the range
    await use(new Date(2025, 9, 27, 0, 0), 6, 5); // Monday 00:00, the next range
    const o = await overview({ from: '2025-10-20', to: '2025-10-26' });
    expect(o.range.days).toBe(7);
    expect(o.urges.strongest).toHaveLength(7);
    expect(o.timeGrid.cells[6]).toEqual([2, 0, 0, 1]);
    expect(o.timeGrid.copingUses).toBe(3);
  });
});

describe('when urges come', () => {
  it('counts check-ins written on their own evening (even after midnight), not ones written later', async () => {
    await checkIn('2025-03-20', { urge: 6, at: new Date(2025, 2, 25, 21, 0) }); // written five days later
    await checkIn('2025-03-21', { urge: 6, at: new Date(2025, 2, 22, 0, 30) }); // Friday's, written 00:30 Saturday
    await checkIn('2025-03-18', { urge: 0, at: '21:00' }); // no urge noted
    const o = await overview({ weeks: 4 });
    expect(o.timeGrid.checkIns).toBe(1);
    expect(o.timeGrid.cells[5]).toEqual([1, 0, 0, 0]); // Saturday night
  });
});

describe('triggers', () => {
  it('ranks top triggers by days, ties by name, with rising and falling against the period before', async () => {
    for (const day of ['2025-03-11', '2025-03-19', '2025-03-27']) await checkIn(day, { feelings: ['Lonely'] });
    for (const day of ['2025-03-12', '2025-03-20']) await checkIn(day, { situations: ['Crowds', 'Argument at home'] });
    for (const day of ['2025-02-20', '2025-02-21', '2025-02-24']) await checkIn(day, { situations: ['Crowds'] });
    for (const day of ['2025-02-25', '2025-03-03']) await checkIn(day, { situations: ['Argument at home'] });
    await checkIn('2025-02-13', { feelings: ['Lonely'] }); // before the previous period

    const o = await overview(FOUR_WHOLE_WEEKS);
    expect(o.topTriggers.map(({ name, kind, count, previous, trend }) => ({ name, kind, count, previous, trend }))).toEqual([
      { name: 'Lonely', kind: 'feeling', count: 3, previous: 0, trend: 'rising' },
      { name: 'Argument at home', kind: 'situation', count: 2, previous: 2, trend: 'steady' },
      { name: 'Crowds', kind: 'situation', count: 2, previous: 3, trend: 'falling' },
    ]);
    expect(o.triggersPerWeek).toEqual({ situation: [2, 2, 0, 0], thought: [0, 0, 0, 0], feeling: [1, 1, 1, 0] });
  });

  it('compares urges on days with and without each trigger only with 3 days on each side', async () => {
    const days: [string, number | null, string[]][] = [
      ['2025-03-01', 8, ['A', 'C']],
      ['2025-03-02', 7, ['A', 'C']],
      ['2025-03-03', 9, ['A', 'C']],
      ['2025-03-04', 2, ['B', 'C', 'D']],
      ['2025-03-05', 3, ['B', 'C', 'D']],
      ['2025-03-06', 4, ['C', 'D']],
      ['2025-03-07', 2, []],
      ['2025-03-08', 4, []],
      ['2025-03-09', null, ['A']], // no urge rating: on neither side
    ];
    for (const [day, urge, triggers] of days) await checkIn(day, { urge, situations: triggers });
    const o = await overview({ from: '2025-03-01', to: '2025-03-14' });
    expect(o.triggerUrges.map(({ name, withDays, withAverage, withoutDays, withoutAverage, direction }) => ({ name, withDays, withAverage, withoutDays, withoutAverage, direction }))).toEqual([
      { name: 'A', withDays: 3, withAverage: 8, withoutDays: 5, withoutAverage: 3, direction: 'higher' },
      { name: 'D', withDays: 3, withAverage: 3, withoutDays: 5, withoutAverage: 6, direction: 'lower' },
    ]);
  });
});

describe('what helps', () => {
  it('ranks by average drop, ties by uses then title, fewer than 3 uses apart', async () => {
    const at = (day: number, hour: number) => new Date(2025, 2, day, hour, 0);
    for (const [d, before, after] of [[11, 6, 3], [12, 7, 4], [13, 5, 2]] as const) await use(at(d, 20), before, after, ['ice']);
    for (const [d, before, after] of [[11, 8, 4], [14, 6, 4], [15, 7, 4], [16, 5, 2]] as const) await use(at(d, 21), before, after, ['music']);
    for (const [d, before, after] of [[17, 5, 4], [18, 6, 4], [19, 7, 4]] as const) await use(at(d, 19), before, after, ['bath']);
    for (const d of [20, 21, 22]) await use(at(d, 18), 6, 3, ['film']);
    for (const d of [23, 24]) await use(at(d, 18), 9, 1, ['puzzle']);
    await use(at(25, 18), 9, null, ['bath']); // no after-rating: not counted
    await use(at(1, 18), 9, 0, ['bath']); // before the range
    const o = await overview({ weeks: 4 });
    expect(o.whatHelps.ranked.map(({ title, uses, averageDrop }) => [title, uses, averageDrop])).toEqual([
      ['Listen to soothing music', 4, 3],
      ['Hold an ice cube', 3, 3],
      ['Watch a film', 3, 3],
      ['Take a warm bath', 3, 2],
    ]);
    expect(o.whatHelps.ranked[0]).toMatchObject({ averageBefore: 6.5, averageAfter: 3.5 });
    expect(o.whatHelps.notEnoughData).toEqual([expect.objectContaining({ title: 'Do a hard puzzle', uses: 2, averageDrop: 8 })]);
  });

  it('a use with two items counts for both', async () => {
    await use(new Date(2025, 2, 20, 20, 0), 8, 5, ['ice', 'music']);
    const o = await overview({ weeks: 4 });
    expect(o.whatHelps.notEnoughData.map((i) => [i.title, i.uses, i.averageDrop])).toEqual([
      ['Hold an ice cube', 1, 3],
      ['Listen to soothing music', 1, 3],
    ]);
  });
});

describe('emotions', () => {
  it('weekly averages for the most noted emotions, or the ones picked', async () => {
    await checkIn('2025-03-17', { emotions: { Sadness: 4, Anxiety: 2 } });
    await checkIn('2025-03-18', { emotions: { Sadness: 2, Joy: 3 } });
    await checkIn('2025-03-25', { emotions: { Sadness: 5, Anxiety: 4, Calm: 1 } });
    let o = await overview(FOUR_WHOLE_WEEKS);
    expect(o.emotions.available).toEqual(['Sadness', 'Anxiety', 'Joy', 'Calm']);
    expect(o.emotions.series).toEqual([
      { name: 'Sadness', weekly: [null, 3, 5, null] },
      { name: 'Anxiety', weekly: [null, 2, 4, null] },
      { name: 'Joy', weekly: [null, 3, null, null] },
    ]);
    await h.value('patternsSetPreferences', { range: { weeks: 12 }, emotions: ['Calm', 'Sadness'] });
    o = await overview(FOUR_WHOLE_WEEKS);
    expect(o.emotions.series).toEqual([
      { name: 'Calm', weekly: [null, null, 1, null] },
      { name: 'Sadness', weekly: [null, 3, 5, null] },
    ]);
  });
});

describe('weekly summary', () => {
  async function hardWeek() {
    await checkIn('2025-03-31', { urge: 8, selfHarm: 'no', situations: ['Argument at home'] });
    await checkIn('2025-04-01', { urge: 7, selfHarm: 'yes', situations: ['Argument at home'] });
    await checkIn('2025-04-02', { urge: 9, selfHarm: 'no', situations: ['Argument at home', 'Crowds'], at: '20:00' });
    await use(new Date(2025, 2, 31, 22, 0), 8, 4, ['ice']);
    await use(new Date(2025, 3, 1, 22, 0), 7, 5, ['ice']);
    await use(new Date(2025, 3, 2, 20, 30), 9, 8, ['music']);
  }

  it('says a hard week in plain, kind words', async () => {
    await hardWeek();
    const o = await overview({ weeks: 4 });
    expect(o.summary).toMatchObject({
      weekOf: '2025-03-31',
      isCurrentWeek: true,
      checkIns: 3,
      strongUrgeDays: 3,
      commonTrigger: 'Argument at home',
      helped: ['Hold an ice cube', 'Listen to soothing music'],
      selfHarmDays: 1,
      answeredDays: 3,
      hard: true,
    });
    expect(o.summary.sentences).toEqual([
      'This week: 3 evenings with strong urges (7 or more), most often on days with “Argument at home”.',
      '“Hold an ice cube” and “Listen to soothing music” helped most.',
      '2 of the 3 days you noted were without self-harm.',
      'This week was hard. A setback is not a failure: it tells you something about what you were carrying. Your safety plan is one step away, and so are the people in it.',
    ]);
    expect(o.urges.selfHarmDays).toEqual(['2025-04-01']);
  });

  it('leaves self-harm out of the charts and the summary when the person hides it', async () => {
    await hardWeek();
    await h.value('patternsSetPreferences', { range: { weeks: 12 }, selfHarmDays: 'hidden' });
    const o = await overview({ weeks: 4 });
    expect(o.urges.selfHarmDays).toEqual([]);
    expect(o.urges.selfHarmShown).toBe(false);
    expect(o.summary.selfHarmDays).toBeNull();
    expect(o.summary.sentences.join(' ')).not.toMatch(/self-harm|setback/);
    expect(o.summary.sentences.at(-1)).toBe('This week sounds hard. You kept noticing what was happening, and that matters. Go gently with yourself.');
  });

  it('an easier week, with what helped from check-in ratings', async () => {
    await checkIn('2025-03-31', { urge: 2, selfHarm: 'no', helped: [{ label: 'Walk by the water', rating: 4 }] });
    await checkIn('2025-04-01', { urge: 3, selfHarm: 'no', helped: [{ label: 'walk by the water ', rating: 5 }, { label: 'Tea', rating: 2 }] });
    const o = await overview({ weeks: 4 });
    expect(o.summary.sentences).toEqual([
      'This week: no evenings with strong urges (7 or more).',
      '“Walk by the water” helped most.',
      'The 2 days you noted were all without self-harm.',
    ]);
    expect(o.summary.hard).toBe(false);
  });
});

describe('preferences and bad input', () => {
  it('keeps preferences in the encrypted journal', async () => {
    const { preferences: prefs } = await h.value<PatternsOverview>('patternsSetPreferences', { range: { weeks: 12 }, selfHarmDays: 'hidden', emotions: ['Anger', 'Anger', 'Shame'] });
    expect(prefs).toEqual({ weekStart: 'monday', selfHarmDays: 'hidden', emotions: ['Anger', 'Shame'] });
    expect(await h.value('patternsPreferences')).toEqual(prefs);
  });

  it('saves a choice and answers with the page redrawn for the same range, in one call', async () => {
    const shown = await overview({ weeks: 4 });
    expect(shown.preferences.selfHarmDays).toBe('markers');
    const redrawn = await h.value<PatternsOverview>('patternsSetPreferences', { range: { weeks: 4 }, selfHarmDays: 'hidden' });
    expect(redrawn.preferences.selfHarmDays).toBe('hidden');
    expect(redrawn.range).toEqual(shown.range);
    expect(redrawn).toEqual(await overview({ weeks: 4 }));
  });

  it('keeps following an emotion the person renames in the journal', async () => {
    await h.value('patternsSetPreferences', { range: { weeks: 12 }, emotions: ['Anger', 'Shame'] });
    const journal = await h.value<{ emotions: { id: number; name: string }[] }>('journalPreferences');
    const anger = journal.emotions.find((e) => e.name === 'Anger')!;
    await h.value('journalUpdateEmotion', { id: anger.id, name: 'Frustration' });
    expect((await h.value<PatternsPreferences>('patternsPreferences')).emotions).toEqual(['Frustration', 'Shame']);
  });

  it('groups journal history by the same week start as Patterns', async () => {
    await checkIn('2025-03-16', { urge: 2 });
    const before = await h.value<{ entries: { day: string; weekOf: string }[] }>('journalHistory', { limit: 10 });
    expect(before.entries.find((e) => e.day === '2025-03-16')?.weekOf).toBe('2025-03-10');
    await h.value('patternsSetPreferences', { range: { weeks: 12 }, weekStart: 'sunday' });
    const after = await h.value<{ entries: { day: string; weekOf: string }[] }>('journalHistory', { limit: 10 });
    expect(after.entries.find((e) => e.day === '2025-03-16')?.weekOf).toBe('2025-03-16');
  });

  it.each([
    [{}, 'Choose a number of weeks, or a start and an end date.'],
    [{ weeks: 5 }, 'Choose 4, 12, 26 or 52 weeks.'],
    [{ weeks: 4, from: '2025-03-01', to: '2025-03-02' }, 'Choose a number of weeks, or a start and an end date.'],
    [{ from: '2025-03-01' }, 'Choose both a start and an end date.'],
    [{ from: '2025-03-10', to: '2025-03-01' }, 'The start date is after the end date.'],
    [{ from: '2020-01-01', to: '2025-03-01' }, 'Choose a range of at most three years.'],
    [{ from: '2025-02-30', to: '2025-03-01' }, 'That date does not exist on the calendar.'],
  ])('refuses %j with a clear message', async (input, message) => {
    const result = await h.core.call('patternsOverview', input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toContain(message);
    }
  });

  it('needs an unlocked Harbor', async () => {
    await h.value('vaultLock');
    const result = await h.core.call('patternsOverview', { weeks: 4 });
    expect(result).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('time zone spans', () => {
  it('starts a new span at the exact DST change', () => {
    const start = new Date(2025, 2, 29).getTime();
    const end = new Date(2025, 2, 31).getTime();
    expect(zoneSegments(start, end)).toEqual([
      [start, Date.UTC(2025, 2, 30, 1, 0), 3_600_000],
      [Date.UTC(2025, 2, 30, 1, 0), end, 7_200_000],
    ]);
    const summer = new Date(2025, 6, 1).getTime();
    expect(zoneSegments(summer, summer + 86_400_000)).toEqual([[summer, summer + 86_400_000, 7_200_000]]);
  });
});
