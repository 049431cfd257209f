// One calendar, one date format: a person opens an earlier day and is never told it is "today";
// a slip into 1899 is refused in plain words; "the last 4 weeks" is 28 days; exports start on the
// person's week start and write dates as the screens do (this harness runs in en-GB).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, settled } from './fixtures.ts';
import { harborCall, openSetUp } from './flows.ts';
import { addDays, formatDay, weekStartOf } from '../../src/shared/calendar.ts';

const SHOTS = '/work/notes/shots/calendar';
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name, exact: true });
const journalTab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name });
const recoveryTab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Recovery' }).getByRole('button', { name });

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function openDay(page: Page, day: string): Promise<void> {
  await nav(page, 'Journal').click();
  await journalTab(page, 'History').click();
  await page.getByLabel('Go to a day').fill(day);
  await page.getByRole('button', { name: 'Open this day' }).click();
}

test('an earlier day is named, never "today"; 1899 is refused; dates read the same everywhere', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  const today = await harborCall(page, 'journalToday', {});
  if (!today.ok) throw new Error(today.error.message);
  const checkInDay = today.value.day;
  const threeDaysAgo = addDays(checkInDay, -3);
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${threeDaysAgo}T12:00:00Z`));

  // A slip into 1899 is refused before anything opens.
  await openDay(page, '1899-12-31');
  await expect(page.getByRole('alert')).toHaveText('Choose a day in 1900 or later.');

  // Three days ago: the heading is the date in the person's format, every question names the day.
  await page.getByLabel('Go to a day').fill(threeDaysAgo);
  await page.getByRole('button', { name: 'Open this day' }).click();
  const form = page.locator('form.check-in');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText(formatDay(threeDaysAgo, 'en-GB'));
  await expect(form.getByRole('group', { name: `How was your mood on ${weekday}?` })).toBeVisible();
  await expect(form.getByRole('group', { name: `Strongest urge to self-harm on ${weekday}` })).toBeVisible();
  await expect(form.getByRole('group', { name: `Did you self-harm on ${weekday}?` })).toBeVisible();
  await expect(form.getByLabel(`Anything else about ${weekday}`)).toBeVisible();
  await expect(form).not.toContainText(/\btoday\b/i);
  await expectAccessible(page);
  await shoot(page, 'past-day-check-in');

  await form.getByRole('group', { name: `How was your mood on ${weekday}?` }).getByRole('radio', { name: '3 Okay' }).check();
  await form.getByRole('group', { name: `Did you self-harm on ${weekday}?` }).getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(/^Check-in saved at/).first()).toBeVisible();

  // Yesterday is "yesterday"; today's own check-in still says "today".
  await openDay(page, addDays(checkInDay, -1));
  await expect(form.getByRole('group', { name: 'Did you self-harm yesterday?' })).toBeVisible();
  await journalTab(page, "Today's check-in").click();
  await expect(form.getByRole('group', { name: 'Did you self-harm today?' })).toBeVisible();

  // Patterns: "Last 4 weeks" is exactly 28 days, ending today.
  await nav(page, 'Patterns').click();
  await page.getByRole('radio', { name: 'Last 4 weeks' }).check();
  const calendarDay = today.value.calendarDay;
  const from = addDays(calendarDay, -27);
  const longDate = (day: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  await expect(page.locator('.patterns__range')).toContainText(`${longDate(from)} to ${longDate(calendarDay)} · 28 days`);
  await shoot(page, 'patterns-last-4-weeks');

  // Export: the range starts on the person's week start (Monday by default), a week before this one.
  await nav(page, 'Recovery').click();
  await recoveryTab(page, 'Share with a therapist').click();
  await expect(page.getByLabel('First day')).toHaveValue(addDays(weekStartOf(calendarDay, 'monday'), -7));
  await expect(page.getByLabel('Last day')).toHaveValue(calendarDay);
  await page.getByLabel('First day').fill(threeDaysAgo);
  await page.getByRole('radio', { name: 'Journal as Markdown' }).check();
  await page.getByRole('button', { name: 'Create file' }).click();
  const dialog = page.getByRole('dialog', { name: 'This file will not be encrypted' });
  const [md] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Create the file' }).click()]);
  const markdown = readFileSync((await md.path())!, 'utf8');
  // The same words for the day as the check-in's heading; the file name keeps ISO dates.
  expect(markdown).toContain(`## ${formatDay(threeDaysAgo, 'en-GB')}`);
  expect(md.suggestedFilename()).toBe(`journal-${threeDaysAgo}-to-${calendarDay}.md`);
  await shoot(page, 'export-week-start');
});
