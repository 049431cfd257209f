// Settings in the browser harness: appearance, discreet mode, back up now and restore,
// the person's crisis line, and a hand-edited settings file.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, PASSPHRASE, test, settled } from './fixtures.ts';
import { harborCall, openSetUp, skipCrisisSteps, unlock } from './flows.ts';
import { startHarnessProcess } from '../support/harness-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const SCREENS = '/work/notes/screens';
/** What the backup section looks like, for a person to judge. */
const SHOTS = '/work/notes/shots/privacy';

async function openSettings(page: Page, name = 'Harbor') {
  await page.getByRole('navigation', { name }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

const section = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

async function today(page: Page): Promise<string> {
  const result = await harborCall(page, 'journalToday', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value.day;
}

test('settings sections: labelled, keyboard-only, axe clean, light and dark', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openSettings(page);
  for (const title of ['Appearance', 'Privacy and locking', 'Backups', 'Your crisis line']) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Same as your computer' })).toBeChecked();
  await expect(page.getByLabel('Lock after this long without use')).toHaveValue('5');
  await expect(page.getByRole('checkbox', { name: 'Lock when your screen locks or the computer goes to sleep' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Use neutral words' })).not.toBeChecked();
  await expect(page.getByText('There is no automatic backup yet.')).toBeVisible();

  // Keyboard only: into the theme group, arrow to Dark; tab to the discreet box, Space.
  await page.getByRole('radio', { name: 'Same as your computer' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Same as your computer' })).toBeChecked();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');

  // "Never" shows its plain warning.
  await page.getByLabel('Lock after this long without use').selectOption('never');
  await expect(page.getByText('Harbor will stay open until you lock it yourself.')).toBeVisible();
  await page.getByLabel('Lock after this long without use').selectOption('15');
  await expect(page.getByText('Harbor will stay open until you lock it yourself.')).toHaveCount(0);
  const saved = await harborCall(page, 'settingsGet', {});
  expect(saved.ok && saved.value.autoLockMinutes).toBe(15);

  await expectAccessible(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByLabel('Lock after this long without use').selectOption('never'); // with its warning
    for (const [title, file] of [['Appearance', 'appearance'], ['Privacy and locking', 'privacy'], ['Backups', 'backups'], ['Your crisis line', 'crisis-line']]) {
      await section(page, title!).screenshot({ path: `${SCREENS}/settings-${file}-${scheme}.png` });
    }
    await expectAccessible(page);
  }
});

test('theme: a choice in Settings wins over the system, and follows to the lock screen', async ({ page, harness }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openSetUp(page, harness.url);
  await openSettings(page);
  const background = () => page.locator('body').evaluate((body) => (body.ownerDocument.defaultView as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(body).backgroundColor);
  expect(await background()).toBe('rgb(246, 244, 239)');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(background).toBe('rgb(22, 27, 27)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await settled(page);
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(background).toBe('rgb(246, 244, 239)');
  await page.getByRole('radio', { name: 'Same as your computer' }).check();
  await expect.poll(background).toBe('rgb(22, 27, 27)');
  await page.getByRole('radio', { name: 'Light' }).check();
  // Locked, and after a reload: the theme is read without the passphrase.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor is locked' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(246, 244, 239)');
});

test('discreet mode changes the visible wording and the page title, also while locked', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await expect(page).toHaveTitle('Harbor');
  await openSettings(page);
  await page.getByRole('checkbox', { name: 'Use neutral words' }).check();
  await expect(page).toHaveTitle('Notes');
  const nav = page.getByRole('navigation', { name: 'Notes' });
  await expect(nav.locator('.shell__brand')).toHaveText('Notes');
  await expect(page.locator('.shell__brand', { hasText: 'Harbor' })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: 'Lock', exact: true })).toHaveAttribute('title', /^Lock Notes/);

  await nav.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  await expect(page.getByRole('heading', { level: 1, name: /Harbor/ })).toHaveCount(0);
  await expect(page.locator('.brand')).toHaveText('Notes');
  await page.screenshot({ path: `${SCREENS}/settings-discreet-lock-light.png`, fullPage: true });
  await expectAccessible(page);

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await openSettings(page, 'Notes');
  await page.getByRole('checkbox', { name: 'Use neutral words' }).uncheck();
  await expect(page).toHaveTitle('Harbor');
  await expect(page.getByRole('navigation', { name: 'Harbor' }).locator('.shell__brand')).toHaveText('Harbor');
});

test('back up now, then restore through the Settings screen with the file picker', async ({ page, harness }) => {
  const folder = makeTempDir('harbor-e2e-backups-');
  try {
    await openSetUp(page, harness.url);
    const day = await today(page);
    const first = await harborCall(page, 'journalSaveEntry', { day, checkIn: { mood: 4, reflection: 'Before the backup' } });
    expect(first.ok).toBe(true);
    await openSettings(page);
    const backups = section(page, 'Backups');

    // A folder that does not exist: a clear message, which does not repeat the path.
    await backups.getByLabel('Folder for the backup').fill(join(folder.dir, 'nowhere'));
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByRole('alert')).toContainText('There is no folder at that path');

    await backups.getByLabel('Folder for the backup').fill(folder.dir);
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByRole('status')).toContainText('Backed up as ');
    const [file] = readdirSync(folder.dir);
    expect(file).toMatch(/^harbor-backup-\d{4}-\d{2}-\d{2}-\d{6}\.backup$/);
    // The page names the file, never where it is.
    await expect(backups.getByRole('status')).toContainText(`Backed up as ${file}, in the folder you chose`);
    await expect(backups).not.toContainText(folder.dir);
    // The harness cannot open a file manager, so it offers none.
    await expect(backups.getByRole('button', { name: /in its folder$/ })).toHaveCount(0);
    await backups.screenshot({ path: `${SHOTS}/backups-after-back-up-now.png` });

    // Later the entry changes; then the backup is restored: chosen in the page's file picker.
    await harborCall(page, 'journalSaveEntry', { day, checkIn: { mood: 1, reflection: 'After the backup' } });
    await backups.getByLabel('Choose a backup file').setInputFiles(join(folder.dir, file!));
    const panel = backups.getByRole('region', { name: `Restore ${file}` });
    await expect(panel.getByRole('heading', { level: 4, name: `Restore ${file}` })).toBeFocused();
    await panel.getByLabel('Passphrase for this backup', { exact: true }).fill('not the passphrase');
    await panel.getByRole('button', { name: 'Check this backup' }).click();
    await expect(panel.getByRole('alert')).toContainText('That passphrase does not open this backup');
    await panel.getByLabel('Passphrase for this backup', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Check this backup' }).click();
    await expect(panel.getByText('In your journal now')).toBeVisible();
    await expect(panel.getByText(/^1 check-in, the newest from /)).toHaveCount(2);
    await expectAccessible(page);
    await panel.screenshot({ path: `${SCREENS}/settings-restore-preview-light.png` });
    await backups.screenshot({ path: `${SHOTS}/backups-restore-preview.png` });

    await panel.getByRole('button', { name: 'Replace my journal with this backup' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace your journal with this backup?' });
    await expect(dialog).toBeVisible();
    // Asked once, and the safe choice has the focus.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Replace my journal' }).click();
    await expect(backups.getByRole('status').first()).toContainText('Your journal now holds what was in the backup');
    await backups.screenshot({ path: `${SHOTS}/backups-after-restore.png` });

    // The journal shows the words from the backup again.
    await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Journal' }).click();
    await expect(page.getByLabel('Anything else about today')).toHaveValue('Before the backup');
    await openSettings(page);

    // The replaced journal is listed, and can be restored in turn (main reads it by the list's id).
    await expect(backups.getByText('Your journal before a restore')).toBeVisible();
    await expect(backups.getByRole('button', { name: /^Restore the backup from / })).toHaveCount(1);
    await backups.getByRole('button', { name: /^Restore the backup from / }).click();
    await expect(backups.getByRole('heading', { level: 4, name: /^Restore before-restore-/ })).toBeFocused();
    await page.emulateMedia({ colorScheme: 'dark' });
    await settled(page);
    await backups.screenshot({ path: `${SCREENS}/settings-backups-after-restore-dark.png` });
    await backups.screenshot({ path: `${SHOTS}/backups-kept-restore-dark.png` });
    // Closing the restore forgets the chosen file.
    await backups.getByRole('button', { name: 'Cancel' }).click();
    const after = await harborCall(page, 'backupPreviewRestore', { secret: PASSPHRASE, secretKind: 'passphrase' });
    expect(after.ok ? null : after.error.code).toBe('not_found');
  } finally {
    folder.cleanup();
  }
});

test('a file that is not a backup, picked in the file picker: a calm message naming only that file', async ({ page, harness }) => {
  const folder = makeTempDir('harbor-e2e-not-a-backup-');
  try {
    await openSetUp(page, harness.url);
    await openSettings(page);
    const backups = section(page, 'Backups');
    writeFileSync(join(folder.dir, 'shopping.backup'), 'milk, bread, apples');
    await backups.getByLabel('Choose a backup file').setInputFiles(join(folder.dir, 'shopping.backup'));
    const panel = backups.getByRole('region', { name: 'Restore shopping.backup' });
    await panel.getByLabel('Passphrase for this backup', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Check this backup' }).click();
    await expect(panel.getByRole('alert')).toContainText('shopping.backup is not a Harbor backup. Nothing was replaced.');
    await expect(backups).not.toContainText(folder.dir);
  } finally {
    folder.cleanup();
  }
});

test('your crisis line lives in the safety plan: Settings points there, and "Need help now?" shows it first', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openSettings(page);
  const card = section(page, 'Your crisis line');
  await expect(card.getByText('There is no crisis line in your plan yet.')).toBeVisible();
  await card.getByRole('button', { name: 'Open your safety plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a professional or service' }).click();
  const service = page.getByRole('group', { name: 'Service 1' });
  await service.getByLabel('Name').fill('Harbourline');
  await service.getByLabel('How to reach them').fill('call 0800 555 0199');
  await page.getByRole('button', { name: 'Save your plan' }).click();
  await expect(page.getByText('Your safety plan is saved.')).toBeVisible();
  await openSettings(page);
  await expect(section(page, 'Your crisis line').getByText('call 0800 555 0199')).toBeVisible();

  // Only after unlock (no keychain, nothing chosen): the lock screen cannot read the plan, so only the starter lines.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.locator('.crisis-lines__own')).toHaveCount(0);
  await expect(page.getByText('Samaritans', { exact: true })).toBeVisible();
  await unlock(page);

  // Available while locked: the lock screen shows it first, marked as theirs.
  await openSettings(page);
  await page.getByRole('radio', { name: /Also while Harbor is locked/ }).check();
  await expect(page.getByText(/stored unencrypted in Harbor's data folder/)).toHaveCount(2);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  const own = page.locator('.crisis-lines__own');
  await expect(own).toContainText('Your safety plan');
  await expect(own).toContainText('Harbourline');
  await expect(own).toContainText('call 0800 555 0199');
  await expectAccessible(page);
});

test('a hand-edited settings file: defaults for the bad values and a notice once', async ({ page }) => {
  const temp = makeTempDir('harbor-e2e-');
  mkdirSync(temp.dir, { recursive: true });
  writeFileSync(join(temp.dir, 'settings.json'), JSON.stringify({ theme: 'purple', discreetMode: true, autoLockMinutes: 'soon' }));
  const harness = await startHarnessProcess(temp.dir);
  try {
    // Set up as in flows.ts, but the shell is called "Notes": discreet mode was a good value and was kept.
    await page.goto(harness.signInUrl);
    await page.getByRole('button', { name: 'Choose a passphrase' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('checkbox', { name: 'I have saved my recovery code somewhere safe' }).check();
    await page.getByRole('button', { name: 'Continue to Harbor' }).click();
    await skipCrisisSteps(page);
    await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
    const notice = page.getByText('Some settings were reset to their defaults: Theme, Lock after a time without use.');
    await expect(notice).toBeVisible();
    await expect(page).toHaveTitle('Notes');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    await harness.stop();
    temp.cleanup();
  }
});

test('a new computer starts from a backup on the welcome screen', async ({ page, harness }) => {
  const folder = makeTempDir('harbor-e2e-backups-');
  const newComputer = makeTempDir('harbor-e2e-new-computer-');
  try {
    // The old computer: a check-in, then "Back up now".
    await openSetUp(page, harness.url);
    const day = await today(page);
    expect((await harborCall(page, 'journalSaveEntry', { day, checkIn: { mood: 4, reflection: 'Kept in the backup' } })).ok).toBe(true);
    const made = await harborCall(page, 'backupNow', { folder: folder.dir });
    if (!made.ok || !made.value.made) throw new Error(made.ok ? 'no backup made' : made.error.message);
    const backupFile = join(folder.dir, made.value.made.fileName);

    // The new computer has no journal yet.
    const fresh = await startHarnessProcess(newComputer.dir);
    try {
      await page.goto(fresh.signInUrl);
      await page.getByRole('button', { name: 'Start from a backup' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Start from a backup' })).toBeVisible();
      // No system file dialog in the browser: the page's own file picker, whose bytes are uploaded.
      await expect(page.getByLabel('Choose a backup file')).toBeFocused();
      await page.getByLabel('Choose a backup file').setInputFiles(backupFile);
      await page.screenshot({ path: `${SHOTS}/welcome-start-from-backup.png`, fullPage: true });
      await page.getByLabel('Passphrase for this backup', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Check this backup' }).click();
      await expect(page.getByText('There is no journal here yet.')).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Replace my journal with this backup' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Replace my journal' }).click();

      // The backup's passphrase was just given, so the restored journal opens straight away.
      await expect(page.getByRole('navigation', { name: 'Harbor' })).toBeVisible();
      // And from now on that passphrase unlocks it on this computer.
      await page.getByRole('button', { name: 'Lock' }).click();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.getByRole('navigation', { name: 'Harbor' })).toBeVisible();
      const restored = await harborCall(page, 'journalGetDay', { day });
      expect(restored.ok && restored.value.entry?.reflection).toBe('Kept in the backup');
    } finally {
      await fresh.stop();
    }
  } finally {
    folder.cleanup();
    newComputer.cleanup();
  }
});
