// Help matched to the trigger, walked as a person: earlier evenings that named their triggers,
// today's check-in naming "work stress", three urge-timer rounds with soothing music that eased the
// urge, then the coping box: the music comes first, with how often it helped after work stress.
// "What set it off?" offers the person's common triggers and "Not sure" (favourites first); while
// locked, nothing of the journal shows: favourites only. Screenshots in both schemes.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, settled } from './fixtures.ts';
import { harborCall, lockWithButton, openSetUp } from './flows.ts';

const SHOTS = '/work/notes/shots/crisis';
const MUSIC = 'Listen to soothing music';
const ICE = 'Hold an ice cube';

/** One day, `daysAgo` before the check-in's day, as YYYY-MM-DD. */
function dayBefore(day: string, daysAgo: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - daysAgo);
  return date.toISOString().slice(0, 10);
}

/** A round in the coping window: start, rate the urge, tick what is used, stop, rate again, save. */
async function timerRound(page: Page, items: string[], before: number, after: number): Promise<void> {
  const timer = page.getByRole('region', { name: 'Urge timer' });
  await timer.getByRole('button', { name: 'Start the timer', exact: true }).click();
  await timer.getByRole('group', { name: 'How strong is the urge right now?' }).getByRole('button', { name: String(before), exact: true }).click();
  const using = timer.getByRole('group', { name: 'What are you using?' });
  for (const item of items) await using.getByRole('checkbox', { name: item }).check();
  await timer.getByRole('button', { name: 'Stop the timer' }).click();
  await timer.getByRole('group', { name: 'How strong is the urge now? (optional)' }).getByRole('radio', { name: String(after), exact: true }).check();
  await timer.getByRole('button', { name: 'Save and finish' }).click();
  await expect(timer.getByText('The urge has eased. You rode it out.')).toBeVisible();
  await timer.getByRole('button', { name: 'Start another timer' }).click();
}

test('the coping box puts first what helped after today’s trigger, with how often', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await openSetUp(page, harness.url);
  const today = await harborCall(page, 'journalToday', {});
  expect(today.ok).toBe(true);
  const day = today.ok ? today.value.day : '';
  // Earlier evenings: work stress twice, loneliness three times (so both are common triggers).
  for (const [ago, names] of [
    [5, ['Work stress', 'Loneliness']],
    [4, ['Loneliness']],
    [2, ['Work stress', 'Loneliness']],
  ] as const) {
    const saved = await harborCall(page, 'journalSaveEntry', {
      day: dayBefore(day, ago),
      checkIn: { mood: 3, triggers: names.map((name) => ({ name, kind: 'situation' as const })) },
    });
    expect(saved.ok).toBe(true);
  }

  // Today's check-in names work stress.
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Journal' }).click();
  await page.getByRole('group', { name: 'How was your mood today?' }).getByRole('radio', { name: '2 Low' }).check();
  const situations = page.getByLabel('Situations', { exact: true });
  await situations.fill('Work stress');
  await situations.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove situation: Work stress' })).toBeVisible();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved at' }).first()).toBeVisible();

  // A favourite, for when no trigger is known.
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Coping box' }).click();
  await page.getByRole('button', { name: `Favourite: ${ICE}` }).click();
  await expect(page.getByRole('button', { name: `Favourite: ${ICE}` })).toHaveAttribute('aria-pressed', 'true');
  // Before any round: today's trigger is known, but there is nothing yet to say about it.
  let first = page.getByRole('region', { name: 'Your favourites' });
  await expect(first.getByText('After ‘Work stress’ there are not enough timer rounds yet to say what helps. Your favourites come first.')).toBeVisible();
  await expect(first.getByRole('listitem')).toHaveText([/Hold an ice cube/]);

  // Three rounds in the coping window, each with the music, each easing the urge.
  await page.goto(`${harness.url}/coping.html?test-minute-ms=1000`);
  await timerRound(page, [MUSIC], 8, 3);
  await timerRound(page, [MUSIC, ICE], 7, 4);
  await timerRound(page, [MUSIC], 9, 5);

  // Opening the box again: the music comes first, with its evidence after work stress.
  await page.goto(harness.url);
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Coping box' }).click();
  first = page.getByRole('region', { name: 'What has helped after ‘Work stress’' });
  await expect(first).toBeVisible();
  const chooser = first.getByRole('group', { name: 'What set it off?' });
  await expect(chooser.getByRole('button')).toHaveText(['Work stress', 'Loneliness', 'Not sure']);
  await expect(chooser.getByRole('button', { name: 'Work stress' })).toHaveAttribute('aria-pressed', 'true');
  const items = first.getByRole('listitem');
  // The ice was used in one round only: too few to say anything about it after work stress.
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(MUSIC);
  await expect(items.first()).toContainText('Helped 3 of 3 times after ‘Work stress’');
  await expectAccessible(page);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1000, height: 900 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    await first.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/coping-matched-help-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Starting from it: the timer runs with the music ticked.
  await items.first().getByRole('button', { name: `Start the timer with ${MUSIC}` }).click();
  const timer = page.getByRole('region', { name: 'Urge timer' });
  await expect(timer.getByRole('group', { name: 'What are you using?' }).getByRole('checkbox', { name: MUSIC })).toBeChecked();
  await timer.getByRole('button', { name: 'Stop the timer' }).click();
  await timer.getByRole('button', { name: 'Save and finish' }).click();

  // "Not sure": favourites first. Loneliness: no rounds after it yet, so nothing is claimed.
  await chooser.getByRole('button', { name: 'Not sure' }).click();
  first = page.getByRole('region', { name: 'Your favourites' });
  await expect(first.getByRole('listitem')).toHaveText([/Hold an ice cube/]);
  await expect(first.getByText(/Helped/)).toHaveCount(0);
  await first.getByRole('button', { name: 'Loneliness' }).click();
  await expect(first.getByText('After ‘Loneliness’ there are not enough timer rounds yet to say what helps. Your favourites come first.')).toBeVisible();
  await first.getByRole('button', { name: 'Work stress' }).click();
  await expect(page.getByRole('region', { name: 'What has helped after ‘Work stress’' })).toBeVisible();

  // While locked: the box may open, but triggers are journal data. Favourites only, no trigger named.
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: /Also while Harbor is locked/ }).check();
  await lockWithButton(page);
  await page.goto(`${harness.url}/coping.html`);
  await expect(page.getByText('Harbor is locked. Your coping box and safety plan are here; your journal stays locked.')).toBeVisible();
  first = page.getByRole('region', { name: 'Your favourites' });
  await expect(first.getByRole('listitem')).toHaveText([/Hold an ice cube/]);
  await expect(page.getByText(/Work stress|Loneliness|Helped \d/)).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'What set it off?' })).toHaveCount(0);
});
