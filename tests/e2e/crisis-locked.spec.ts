// The crisis moment while Harbor is locked, walked as a person: the locked coping box never says
// something false, the lock screen shows nothing of the journal, and Escape closes what opened.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures.ts';
import { harborCall, lockWithButton, openSetUp } from './flows.ts';

const SHOTS = '.tmp/shots';
mkdirSync(SHOTS, { recursive: true });

const nav = (page: Page, name: string): Locator => page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name, exact: true });

const recoveryTab = (page: Page, name: string): Locator => page.getByRole('navigation', { name: 'Recovery' }).getByRole('button', { name });

async function fillPlanOnItsScreen(page: Page): Promise<void> {
  await nav(page, 'Safety plan').click();
  await page.getByLabel('Warning signs').fill('I stop answering messages and stay in my room.');
  await page.getByLabel('Things I can do on my own').fill('A walk by the river. The blue playlist.');
  await page.getByRole('button', { name: 'Add a person' }).nth(1).click();
  const person = page.getByRole('group', { name: 'Person 1' });
  await person.getByLabel('Name').fill('Sam');
  await person.getByLabel('How to reach them').fill('call or text 07700 900123');
  await page.getByRole('button', { name: 'Save your plan' }).click();
  await expect(page.getByText('Your safety plan is saved.')).toBeVisible();
}

/** One round of the urge timer, stopped early: urge 8 before, 9 after. */
async function roundThatRose(page: Page): Promise<void> {
  await nav(page, 'Coping box').click();
  const timer = page.getByRole('region', { name: 'Urge timer' });
  const before = timer.getByRole('group', { name: 'How strong is the urge right now?' });
  if (await before.isVisible()) await before.getByRole('radio', { name: '8', exact: true }).check();
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await timer.getByRole('button', { name: 'Stop the timer' }).click();
  const after = timer.getByRole('group', { name: 'How strong is the urge now?' });
  if (await after.isVisible()) await after.getByRole('radio', { name: '9', exact: true }).check();
  await timer.getByRole('button', { name: 'Save and finish' }).click();
}

test('locked without a copy: the honest sentence, a crisis line and the unlock field, never an empty plan', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await fillPlanOnItsScreen(page);
  await roundThatRose(page);
  await expect(page.getByText(/Your urge went from 8 to 9/)).toBeVisible();
  await lockWithButton(page);

  // Nothing of the journal on the lock screen itself.
  await expect(page.getByText(/went from|urge \d/i)).toHaveCount(0);
  await page.getByRole('button', { name: 'Open coping box' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your own plan and box open after you unlock.' })).toBeVisible();
  await expect(page.getByText('Not filled in yet')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Your safety plan' })).toHaveCount(0);
  // The last round is not shown while locked: no numbers, not even that it was saved.
  await expect(page.getByText(/went from/)).toHaveCount(0);
  await expect(page.getByText('Saved in your journal.')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Urge timer' }).getByRole('button', { name: 'Start the timer' })).toBeVisible();
  await expect(page.getByText('Hold an ice cube')).toBeVisible();

  const help = page.getByRole('button', { name: 'Need help now?' });
  await help.click();
  await expect(page.locator('.crisis-help__panel').getByText('Samaritans', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/locked-coping-only-after-unlock.png`, fullPage: true });
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('.crisis-help__panel')).toBeHidden();
  await expect(help).toBeFocused();

  // The unlock field is right there; a wrong passphrase says so, the right one opens the own box.
  await page.getByLabel('Passphrase', { exact: true }).fill('not it');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('quiet harbour evening');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Harbor' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
  await page.getByRole('button', { name: 'Your safety plan' }).click();
  await expect(page.getByRole('region', { name: 'Your safety plan' }).getByText('A walk by the river. The blue playlist.')).toBeVisible();
});

test('Escape closes "Need help now?" and every dialog, and focus returns to where it was', async ({ page, harness }) => {
  await page.goto(harness.url);
  // Before setup, on the welcome screen.
  const welcomeHelp = page.getByRole('button', { name: 'Need help now?' });
  await welcomeHelp.click();
  await expect(welcomeHelp).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(welcomeHelp).toHaveAttribute('aria-expanded', 'false');
  await expect(welcomeHelp).toBeFocused();

  await openSetUp(page, harness.url);
  // The journal: delete and discard ask once; Escape cancels and focus goes back to the button.
  await nav(page, 'Journal').click();
  await page.getByLabel('Anything else about today').fill('A quiet evening.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(/^Check-in saved at/).first()).toBeVisible();
  const remove = page.getByRole('button', { name: 'Delete this check-in' });
  await remove.click();
  await expect(page.getByRole('dialog', { name: 'Delete this check-in?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(remove).toBeFocused();
  await page.getByLabel('Anything else about today').fill('A quiet evening. Then second thoughts.');
  const discard = page.getByRole('button', { name: 'Discard changes' });
  await discard.click();
  await expect(page.getByRole('dialog', { name: 'Discard your unsaved changes?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(discard).toBeFocused();
  await expect(page.getByLabel('Anything else about today')).toHaveValue('A quiet evening. Then second thoughts.');

  // Recovery: the export warning, and removing a note of a relapse.
  await nav(page, 'Recovery').click();
  await recoveryTab(page, 'Share with a therapist').click();
  const create = page.getByRole('button', { name: 'Create file' });
  await create.click();
  await expect(page.getByRole('dialog', { name: 'This file will not be encrypted' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(create).toBeFocused();

  const today = await harborCall(page, 'journalToday', {});
  expect(today.ok).toBe(true);
  if (today.ok) await harborCall(page, 'relapseRecord', { day: today.value.calendarDay });
  await page.reload();
  await nav(page, 'Recovery').click();
  await recoveryTab(page, 'After a relapse').click();
  const removeNote = page.getByRole('button', { name: 'Remove this note' });
  await removeNote.click();
  await expect(page.getByRole('dialog', { name: 'Remove this note?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(removeNote).toBeFocused();

  // "Need help now?" inside the unlocked app (the coping box) and on the lock screen.
  await nav(page, 'Coping box').click();
  const copingHelp = page.getByRole('button', { name: 'Need help now?' });
  await copingHelp.click();
  await page.keyboard.press('Escape');
  await expect(copingHelp).toHaveAttribute('aria-expanded', 'false');
  await expect(copingHelp).toBeFocused();
  await lockWithButton(page);
  const lockHelp = page.getByRole('button', { name: 'Need help now?' });
  await lockHelp.click();
  await page.keyboard.press('Escape');
  await expect(lockHelp).toHaveAttribute('aria-expanded', 'false');
  await expect(lockHelp).toBeFocused();
});
