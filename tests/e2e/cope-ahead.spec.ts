// Planning ahead for a hard day, as a person would: from the Safety plan screen, a plan for today
// (a day gone by refused in plain words, Escape closes the dialog); the coping box shows it first,
// its skill starts the urge timer; then the plan is changed and deleted.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expect, expectAccessible, settled, test } from './fixtures.ts';
import { openSetUp } from './flows.ts';

const SHOTS = '/work/notes/shots/copeahead';
mkdirSync(SHOTS, { recursive: true });

async function go(page: Page, screen: 'Safety plan' | 'Coping box'): Promise<void> {
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: screen }).click();
  await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
}

async function shootBoth(page: Page, name: string, target?: ReturnType<Page['getByRole']>): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    if (target) await target.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
    else await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('make a plan for today, see it first in the coping box, change it and delete it', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await go(page, 'Safety plan');
  const section = page.getByRole('region', { name: 'Plan ahead for a hard day' });
  await expect(section.getByText('No day is planned yet.')).toBeVisible();

  // The dialog opens from the keyboard and Escape closes it.
  await section.getByRole('button', { name: 'Make a plan for a day' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Plan ahead for a hard day' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('A short name for it')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await section.getByRole('button', { name: 'Make a plan for a day' }).click();
  const today = await dialog.getByLabel('The day').inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // A name is needed; a day gone by is refused in plain words; nothing typed is lost.
  await dialog.getByRole('button', { name: 'Save the plan' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the day a short name, for example "The exam".');
  await page.keyboard.type('Hospital appointment');
  await dialog.getByLabel('What might happen (optional)').fill('Waiting a long time, and hearing news I do not want.');
  await dialog.getByRole('checkbox', { name: 'Hold an ice cube' }).check();
  await dialog.getByLabel('Other skills, one on each line (optional)').fill('Slow breathing in the waiting room');
  await dialog.getByLabel('Other people, one on each line (optional)').fill('Sam');
  await dialog.getByLabel('A note to yourself (optional)').fill('Take headphones and a snack.');
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel('The day').fill(yesterday);
  await dialog.getByRole('button', { name: 'Save the plan' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That day has already passed. Choose today or a day still to come.');
  await expect(dialog.getByLabel('A short name for it')).toHaveValue('Hospital appointment');
  await dialog.getByLabel('The day').fill(today);
  await expectAccessible(page);
  await shootBoth(page, 'plan-form', dialog);
  await dialog.getByRole('button', { name: 'Save the plan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section.getByRole('status')).toContainText('Your plan for Hospital appointment is saved.');
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('listitem')).toContainText('Today');

  // On its day the plan is the first thing in the coping box, its skill a button for the timer.
  await go(page, 'Coping box');
  const planCard = page.getByRole('region', { name: 'Today you planned for: Hospital appointment' });
  await expect(planCard).toBeVisible();
  const firstHeading = page.locator('main h2').first();
  await expect(firstHeading).toHaveText('Today you planned for: Hospital appointment');
  await expect(planCard).toContainText('Waiting a long time');
  await expect(planCard).toContainText('Slow breathing in the waiting room');
  await expect(planCard).toContainText('Who you will tell: Sam');
  await expect(planCard).toContainText('Take headphones and a snack.');
  await expectAccessible(page);
  await shootBoth(page, 'coping-box-with-plan');
  await planCard.getByRole('button', { name: 'Start the timer with Hold an ice cube' }).click();
  await expect(page.getByRole('button', { name: 'Stop the timer' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop the timer' }).click();

  // Change it: the new name shows in the box.
  await go(page, 'Safety plan');
  await section.getByRole('button', { name: 'Change the plan for Hospital appointment' }).click();
  const change = page.getByRole('dialog', { name: 'Change your plan for Hospital appointment' });
  await expect(change.getByRole('checkbox', { name: 'Hold an ice cube' })).toBeChecked();
  await change.getByLabel('A short name for it').fill('Scan at the hospital');
  await change.getByRole('button', { name: 'Save the plan' }).click();
  await expect(section.getByRole('status')).toContainText('Your plan for Scan at the hospital is saved.');
  await go(page, 'Coping box');
  await expect(page.getByRole('heading', { name: 'Today you planned for: Scan at the hospital' })).toBeVisible();

  // Delete it, asked once: the box no longer shows it.
  await go(page, 'Safety plan');
  await section.getByRole('button', { name: 'Delete the plan for Scan at the hospital' }).click();
  await page.getByRole('dialog', { name: 'Delete your plan for Scan at the hospital?' }).getByRole('button', { name: 'Delete the plan' }).click();
  await expect(section.getByRole('status')).toContainText('Your plan for Scan at the hospital is deleted.');
  await expect(section.getByText('No day is planned yet.')).toBeVisible();
  await go(page, 'Coping box');
  await expect(page.getByRole('heading', { name: 'Your coping box' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Today you planned for/ })).toHaveCount(0);
});
