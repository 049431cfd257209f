// Patterns in the harness: on a year of seeded demo data, each chart draws what main aggregated,
// the table views show the same numbers, range changes redraw; a hand-made hard week reads as
// expected in plain words; a new journal shows gentle empty states. Screenshots in both themes.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test as base, expect, expectAccessible, PASSPHRASE, settled } from './fixtures.ts';
import { harborCall, openSetUp, unlock } from './flows.ts';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../support/temp-dir.ts';
import type { PatternsOverview } from '../../src/shared/contract/patterns.ts';

const SCREENS = '/work/notes/screens';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** How a table cell reads: numbers as given, averages with one decimal, missing values as "–none". */
const cell = (n: number | null, decimals = false) => (n === null ? '–none' : decimals ? n.toFixed(1) : String(n));

const seeded = base.extend({
  // A year of the journal helper's demo history, written before the harness starts.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const temp = makeTempDir('harbor-e2e-patterns-');
    // `npm run seed:demo`, as a person would run it (the core does not load inside Playwright's runner).
    execFileSync(process.execPath, ['scripts/seed-demo.mjs', '--data-dir', temp.dir, '--years', '1', '--seed', '5'], {
      input: `${PASSPHRASE}\n`,
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      stdio: 'pipe',
    });
    await use(temp.dir);
    temp.cleanup();
  },
});

async function openPatterns(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Patterns' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patterns' })).toBeVisible();
  await ready(page);
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('.patterns__content')).toHaveAttribute('data-state', 'ready');
}

const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** The card scrolled into view, once its chart is drawn (charts draw as they come near the window). */
async function drawnCard(page: Page, title: string): Promise<Locator> {
  const region = card(page, title);
  await region.scrollIntoViewIfNeeded();
  await expect(region.locator('.chart-card__pending')).toHaveCount(0);
  return region;
}

/** Shows the card's table, returns its body rows as text cells, and goes back to the chart. */
async function tableOf(region: Locator): Promise<string[][]> {
  await region.getByRole('button', { name: 'Show as table' }).click();
  const table = region.getByRole('table');
  await expect(table).toBeVisible();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
  await region.getByRole('button', { name: 'Show as chart' }).click();
  await expect(region.locator('.chart-card__chart')).toBeVisible();
  return rows;
}

async function overview(page: Page, range: { weeks?: number; from?: string; to?: string }): Promise<PatternsOverview> {
  const result = await harborCall(page, 'patternsOverview', range as never);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** How many points a line was drawn through: one M or L command per point in its path. */
async function linePoints(region: Locator, key: string): Promise<number> {
  const paths = await region.locator(`.chart-line--${key} path.recharts-line-curve, path.chart-line--${key}`).evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
  return paths.reduce((n, d) => n + (d.match(/[ML]/g)?.length ?? 0), 0);
}

/** Every chart against the aggregation main returns for the same range. */
async function expectChartsMatch(page: Page, data: PatternsOverview): Promise<void> {
  const nonZero = (values: number[]) => values.filter((v) => v > 0).length;
  await expect(page.locator('.patterns__range')).toContainText(`${longDay(data.range.from)} to ${longDay(data.range.to)} · ${data.range.days} days`);

  // 1. Triggers per week: one bar segment per week and kind with triggers.
  const triggers = await drawnCard(page, 'Triggers per week');
  for (const kind of ['situation', 'thought', 'feeling'] as const) {
    await expect(triggers.locator(`path.chart-bar--${kind}`)).toHaveCount(nonZero(data.triggersPerWeek[kind]));
  }
  await expect(triggers.locator('.top-triggers li')).toHaveCount(data.topTriggers.length);
  if (data.topTriggers[0]) await expect(triggers.locator('.top-triggers li').first()).toContainText(`${data.topTriggers[0].name} (${data.topTriggers[0].kind}) · ${data.topTriggers[0].count} day`);

  // 2. Urges: a point on the line for each day with a rating (a dot too, up to 120 days: see
  // DAILY_DOTS_UP_TO), a neutral mark for each day with self-harm.
  const urges = await drawnCard(page, 'Urges over time');
  const rated = data.urges.strongest.filter((u) => u !== null).length;
  expect(await linePoints(urges, 'strongest')).toBe(rated);
  await expect(urges.locator('.chart-dot--strongest')).toHaveCount(data.range.days <= 120 ? rated : 0);
  await expect(urges.locator('.chart-marker')).toHaveCount(data.urges.selfHarmDays.length);

  // 3. When urges come: the grid's numbers, row by row.
  const grid = await drawnCard(page, 'When urges come');
  if (data.timeGrid.copingUses + data.timeGrid.checkIns > 0) {
    await expect(grid.locator('.heat-grid__cell')).toHaveText(data.timeGrid.cells.flat().map(String));
  }

  // 4. Emotions: a dot per week with a value, for each picked emotion.
  const emotions = await drawnCard(page, 'Emotions over time');
  for (const [i, series] of data.emotions.series.entries()) {
    await expect(emotions.locator(`.chart-dot--emotion${i}`)).toHaveCount(series.weekly.filter((v) => v !== null).length);
    await expect(emotions.getByRole('checkbox', { name: series.name })).toBeChecked();
  }

  // 5 and 6: bars and sentences.
  await expect((await drawnCard(page, 'What helps')).locator('path.chart-bar--drop')).toHaveCount(data.whatHelps.ranked.length);
  await expect(card(page, 'What helps').locator('.not-enough li')).toHaveCount(data.whatHelps.notEnoughData.length);
  await expect((await drawnCard(page, 'Triggers and urges together')).locator('path.chart-bar--with')).toHaveCount(data.triggerUrges.length);
  await expect(card(page, 'Triggers and urges together').locator('.trigger-urges li')).toHaveText(
    data.triggerUrges.map(
      (t) =>
        `On days with “${t.name}” your urges were on average ${t.direction === 'same' ? 'about the same' : t.direction}: ${t.withAverage.toFixed(1)} on ${t.withDays} day${t.withDays === 1 ? '' : 's'} with it, ${t.withoutAverage.toFixed(1)} on ${t.withoutDays} day${t.withoutDays === 1 ? '' : 's'} without.`,
    ),
  );

  // 7. How your urges pass: a dot on the median line per mark, the middle half as a band behind it.
  const wave = await drawnCard(page, 'How your urges pass');
  if (data.urgeWave.rounds >= 3 && data.urgeWave.points.length > 0) {
    await expect(wave.locator('.chart-dot--median')).toHaveCount(data.urgeWave.points.length);
    await expect(wave.locator('.chart-band path.recharts-area-area')).toHaveCount(1);
    await expect(wave).toContainText(`Based on ${data.urgeWave.rounds} rounds`);
  } else {
    await expect(wave.locator('.chart-card__empty')).toBeVisible();
  }

  // 8. The summary, sentence by sentence.
  await expect(page.getByTestId('weekly-summary').locator('p')).toHaveText(data.summary.sentences);
}

seeded('on a year of check-ins every chart draws the aggregation, tables agree, ranges redraw', async ({ page, harness }) => {
  // A long walk: every chart and table, in three ranges, on a machine other work may share.
  seeded.setTimeout(180_000);
  await page.goto(harness.url);
  await unlock(page);
  await openPatterns(page);

  let data = await overview(page, { weeks: 12 });
  expect(data.checkIns).toBeGreaterThan(50);
  expect(data.range.weeks).toHaveLength(12);
  await expectChartsMatch(page, data);

  // Tables: the same numbers as the aggregation.
  const weekly = await tableOf(card(page, 'Triggers per week'));
  expect(weekly).toEqual(data.range.weeks.map((w, i) => [longDay(w), ...(['situation', 'thought', 'feeling'] as const).map((k) => String(data.triggersPerWeek[k][i]))]));
  const daily = await tableOf(card(page, 'Urges over time'));
  const harm = new Set(data.urges.selfHarmDays);
  expect(daily).toEqual(
    Array.from({ length: data.range.days }, (_, i) => {
      const day = addDays(data.range.from, i);
      return [longDay(day), cell(data.urges.strongest[i]!), cell(data.urges.average[i]!, true), harm.has(day) ? 'yes' : ''];
    }),
  );
  const grid = await tableOf(card(page, 'When urges come'));
  expect(grid.map((row) => row.slice(1).map(Number))).toEqual(data.timeGrid.cells);
  const feelings = await tableOf(card(page, 'Emotions over time'));
  expect(feelings).toEqual(data.range.weeks.map((w, i) => [longDay(w), ...data.emotions.series.map((s) => cell(s.weekly[i]!, true))]));
  expect(data.urgeWave.rounds).toBeGreaterThanOrEqual(3);
  expect(await tableOf(card(page, 'How your urges pass'))).toEqual(
    data.urgeWave.points.map((p) => [String(p.minute), Number.isInteger(p.median) ? String(p.median) : p.median.toFixed(1), `${p.lower} to ${p.upper}`, String(p.rounds)]),
  );
  if (data.triggerUrges.length > 0) {
    const together = await tableOf(card(page, 'Triggers and urges together'));
    expect(together).toEqual(data.triggerUrges.map((t) => [t.name, t.withAverage.toFixed(1), String(t.withDays), t.withoutAverage.toFixed(1), String(t.withoutDays)]));
  }
  await expectAccessible(page);

  mkdirSync(SCREENS, { recursive: true });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${SCREENS}/patterns-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/patterns-dark.png`, fullPage: true });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // Range changes redraw every chart.
  for (const weeks of [52, 4] as const) {
    await page.getByRole('radio', { name: `Last ${weeks} weeks` }).check();
    data = await overview(page, { weeks });
    await expect(page.locator('.patterns__range')).toContainText(`${longDay(data.range.from)} to`);
    await ready(page);
    expect(data.range.weeks).toHaveLength(weeks);
    await expectChartsMatch(page, data);
    const rows = await tableOf(card(page, 'Triggers per week'));
    expect(rows).toHaveLength(weeks);
  }

  // Picking emotions redraws that chart and is remembered.
  const emotions = card(page, 'Emotions over time');
  const offered = data.emotions.available.find((name) => !data.emotions.series.some((s) => s.name === name));
  if (offered) {
    await emotions.getByRole('checkbox', { name: offered }).check();
    await expect(emotions.getByRole('checkbox', { name: offered })).toBeChecked();
    data = await overview(page, { weeks: 4 });
    expect(data.emotions.series.map((s) => s.name)).toContain(offered);
    await ready(page);
    await expectChartsMatch(page, data);
  }
});

base('a hard week in plain, kind words; custom dates; self-harm days shown or left out', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  const days: [string, Record<string, unknown>][] = [
    ['2025-03-10', { peakUrge: 8, selfHarm: 'no', triggers: [{ name: 'Argument at home', kind: 'situation' }] }],
    [
      '2025-03-12',
      { peakUrge: 7, selfHarm: 'yes', triggers: [{ name: 'Argument at home', kind: 'situation' }, { name: 'Lonely', kind: 'feeling' }] },
    ],
    [
      '2025-03-14',
      { peakUrge: 3, selfHarm: 'no', triggers: [{ name: 'Not good enough', kind: 'thought' }], helped: [{ label: 'Walk by the water', rating: 4 }] },
    ],
  ];
  for (const [day, checkIn] of days) expect((await harborCall(page, 'journalSaveEntry', { day, checkIn } as never)).ok).toBe(true);

  await openPatterns(page);
  await expect(card(page, 'How Patterns shows things')).toContainText('Weeks start on Monday. You can change this in Settings.');
  await expect(page.getByRole('radio', { name: 'Monday' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Custom dates' }).check();
  await page.getByLabel('From', { exact: true }).fill('2025-03-10');
  await page.getByLabel('To', { exact: true }).fill('2025-03-16');
  await page.getByRole('button', { name: 'Show these dates' }).click();
  await expect(page.locator('.patterns__range')).toHaveText('10 March 2025 to 16 March 2025 · 7 days · 3 check-ins');
  await ready(page);

  await expect(page.getByRole('heading', { name: 'The week of 10 March 2025 in plain words' })).toBeVisible();
  await expect(page.getByTestId('weekly-summary').locator('p')).toHaveText([
    'In the week of 10 March 2025: 2 evenings with strong urges (7 or more), most often on days with “Argument at home”.',
    '“Walk by the water” helped most.',
    '2 of the 3 days you noted were without self-harm.',
    'This week was hard. A setback is not a failure: it tells you something about what you were carrying. Your safety plan is one step away, and so are the people in it.',
  ]);
  expect(await tableOf(card(page, 'Triggers per week'))).toEqual([['10 March 2025', '2', '1', '1']]);
  expect(await tableOf(card(page, 'Urges over time'))).toEqual([
    ['10 March 2025', '8', '–none', ''],
    ['11 March 2025', '–none', '–none', ''],
    ['12 March 2025', '7', '–none', 'yes'],
    ['13 March 2025', '–none', '–none', ''],
    ['14 March 2025', '3', '6.0', ''],
    ['15 March 2025', '–none', '–none', ''],
    ['16 March 2025', '–none', '–none', ''],
  ]);
  const urges = await drawnCard(page, 'Urges over time');
  await expect(urges.locator('.chart-dot--strongest')).toHaveCount(3);
  await expect(urges.locator('.chart-marker')).toHaveCount(1);
  // Check-ins written long after their day say nothing about when urges came: a gentle sentence.
  await expect(card(page, 'When urges come').locator('.chart-card__empty')).toBeVisible();
  await expect(card(page, 'What helps').locator('.chart-card__empty')).toBeVisible();
  await expect(card(page, 'Triggers and urges together').locator('.chart-card__empty')).toContainText('at least 3 days');
  await expectAccessible(page);

  mkdirSync(SCREENS, { recursive: true });
  await page.setViewportSize({ width: 1100, height: 900 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SCREENS}/patterns-hard-week-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Leaving self-harm days out: no marks, no self-harm words in the summary.
  await card(page, 'How Patterns shows things').getByRole('radio', { name: 'Leave them out of Patterns' }).check();
  await expect(urges.locator('.chart-marker')).toHaveCount(0);
  await expect(page.getByTestId('weekly-summary')).not.toContainText('self-harm');
  await expect(page.getByTestId('weekly-summary').locator('p').last()).toHaveText(
    'This week sounds hard. You kept noticing what was happening, and that matters. Go gently with yourself.',
  );
  await expect(urges.getByText('Days with self-harm are shown')).toHaveCount(0);

  // A start after the end is refused in words.
  await page.getByLabel('From', { exact: true }).fill('2025-03-20');
  await page.getByLabel('To', { exact: true }).fill('2025-03-16');
  await page.getByRole('button', { name: 'Show these dates' }).click();
  await expect(page.getByRole('alert')).toContainText('The start date is after the end date.');

  // The kind sentence promises that help is one step away: it is.
  await page.getByRole('button', { name: 'Open your safety plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeVisible();
});

base('a new journal shows gentle sentences instead of empty charts', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openPatterns(page);
  await expect(page.getByTestId('weekly-summary')).toHaveText('You have not checked in this week yet. When you are ready, a short check-in is enough.');
  for (const title of ['Triggers per week', 'Urges over time', 'When urges come', 'Emotions over time', 'What helps', 'How your urges pass', 'Triggers and urges together']) {
    await expect(card(page, title).locator('.chart-card__empty')).toBeVisible();
    await expect(card(page, title).getByRole('button', { name: 'Show as table' })).toHaveCount(0);
  }
  await expect(card(page, 'Urges over time')).toContainText('After a few check-ins your patterns will appear here.');
  await expectAccessible(page);
  mkdirSync(SCREENS, { recursive: true });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.screenshot({ path: `${SCREENS}/patterns-empty-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/patterns-empty-dark.png`, fullPage: true });
  await expectAccessible(page);
});
