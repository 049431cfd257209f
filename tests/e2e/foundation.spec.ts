// The foundation as a person uses it: first run, lock, unlock, recovery, passphrase change,
// crash and restart, all against the real harness and its real encrypted files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, PASSPHRASE } from './fixtures.ts';
import { completeSetup, harborCall, readClipboard, lockWithButton, openSetUp, readRecoveryCode, skipCrisisSteps, unlock } from './flows.ts';
import { startHarnessProcess } from '../support/harness-process.ts';
import { KEY_FILE_NAME } from '../../src/main/core/key-file.ts';
import { starterCrisisLines } from '../../src/shared/crisis-lines.ts';

test('first run: welcome, passphrase errors by the field, recovery code once, then the app', async ({ page, context, harness }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Harbor' })).toBeVisible();
  await expect(page.getByText('Harbor does not replace professional care. It can sit beside')).toBeVisible();
  await page.getByRole('button', { name: 'Choose a passphrase' }).click();

  const passphrase = page.getByLabel('Passphrase', { exact: true });
  const confirm = page.getByLabel('Confirm passphrase', { exact: true });
  const submit = page.getByRole('button', { name: 'Continue' });
  await expect(passphrase).toHaveAccessibleDescription(/A few unrelated words/);

  // Empty: the error sits by the field, is announced, and focus goes there.
  await submit.click();
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(passphrase).toHaveAccessibleDescription(/Choose a passphrase to continue\./);
  await expect(page.getByRole('alert')).toHaveText('Choose a passphrase to continue.');
  await expect(passphrase).toBeFocused();

  // Too short for the contract.
  await passphrase.fill('short');
  await expect(page.getByText('too short so far')).toBeVisible();
  await submit.click();
  await expect(passphrase).toHaveAccessibleDescription(/Use at least 8 characters/);

  // Mismatched confirmation: the error moves to the confirm field.
  await passphrase.fill(PASSPHRASE);
  await expect(page.getByText('Strength: strong.')).toBeVisible();
  await confirm.fill('quiet harbour morning');
  await submit.click();
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await expect(confirm).toHaveAccessibleDescription(/does not match the passphrase above/);
  await expect(passphrase).not.toHaveAttribute('aria-invalid', 'true');
  await expect(confirm).toBeFocused();

  await confirm.fill(PASSPHRASE);
  await submit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery code' })).toBeVisible();
  const code = await readRecoveryCode(page);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await readClipboard(page)).toBe(code);

  // The checkbox must be ticked before continuing.
  const saved = page.getByRole('checkbox', { name: 'I have saved my recovery code somewhere safe' });
  await page.getByRole('button', { name: 'Continue to Harbor' }).click();
  await expect(saved).toHaveAccessibleDescription('Tick this box once your recovery code is saved.');
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery code' })).toBeVisible();
  await saved.check();
  await page.getByRole('button', { name: 'Continue to Harbor' }).click();
  await skipCrisisSteps(page);

  const nav = page.getByRole('navigation', { name: 'Harbor' });
  for (const name of ['Journal', 'Patterns', 'Coping box', 'Safety plan', 'Settings']) {
    await expect(nav.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  await nav.getByRole('button', { name: 'Safety plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Safety plan' })).toHaveAttribute('aria-current', 'page');

  // The recovery code is not shown again: a reload opens the app (still unlocked in this run).
  await page.reload();
  await expect(nav).toBeVisible();
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);
});

test('lock with the button and Ctrl+L; a wrong passphrase says so plainly and changes nothing', async ({ page, harness, dataDir }) => {
  await openSetUp(page, harness.url);
  await lockWithButton(page);
  const keyFileBefore = readFileSync(join(dataDir, KEY_FILE_NAME));

  const field = page.getByLabel('Passphrase', { exact: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    await field.fill('not my passphrase');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase does not match. Check caps lock and try again.');
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  expect(readFileSync(join(dataDir, KEY_FILE_NAME)).equals(keyFileBefore)).toBe(true);

  await unlock(page);
  await page.getByRole('button', { name: 'Patterns' }).click();
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor is locked' })).toBeVisible();
  const status = await harborCall(page, 'vaultStatus', {});
  expect(status).toMatchObject({ ok: true, value: { state: 'locked' } });

  // Unlocking returns to where the person was.
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Patterns' })).toBeVisible();
});

test('a lock that starts outside the page (menu, suspend) reaches the screen through the vault event', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  // Locked behind the UI's back: only the {type:'vault'} event can tell the shell.
  await harborCall(page, 'vaultLock', {});
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor is locked' })).toBeVisible();
});

test('the lock screen offers crisis help in one step, and no auto-unlock where no keychain exists', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await lockWithButton(page);
  await expect(page.getByRole('checkbox', { name: 'Unlock automatically on this computer' })).toHaveCount(0);

  const help = page.getByRole('button', { name: 'Need help now?' });
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await help.click();
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  for (const line of starterCrisisLines) {
    const item = page.getByRole('listitem').filter({ hasText: line.country });
    await expect(item).toContainText(line.service);
    await expect(item).toContainText(line.reach);
  }
  await expect(page.getByText('Check the number for where you live')).toBeVisible();
  await expect(page.getByText('Harbor does not replace professional care.')).toBeVisible();
});

test('recovery code unlocks with a new passphrase, which then works and the old one does not', async ({ page, harness }) => {
  await page.goto(harness.url);
  const code = await completeSetup(page);
  await lockWithButton(page);

  await page.getByRole('button', { name: 'Use your recovery code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock with your recovery code' })).toBeVisible();
  const codeField = page.getByLabel('Recovery code', { exact: true });
  const submit = page.getByRole('button', { name: 'Unlock and save new passphrase' });

  // A wrong code is named on the code field.
  await codeField.fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await page.getByLabel('New passphrase', { exact: true }).fill('a brand new harbour');
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill('a brand new harbour');
  await submit.click();
  await expect(codeField).toHaveAccessibleDescription(/That recovery code does not match/);
  await expect(codeField).toBeFocused();

  // Secrets do not stay on the page after a try: every field is empty again.
  await expect(codeField).toHaveValue('');
  await expect(page.getByLabel('New passphrase', { exact: true })).toHaveValue('');

  // People retype codes in lower case and with spaces; that works.
  await codeField.fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByLabel('New passphrase', { exact: true }).fill('a brand new harbour');
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill('a brand new harbour');
  await submit.click();
  await expect(page.getByRole('navigation', { name: 'Harbor' })).toBeVisible();
  await expect(page.getByText('your new passphrase is saved')).toBeVisible();

  await lockWithButton(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase does not match');
  await unlock(page, 'a brand new harbour');
});

test('change the passphrase in Settings', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Security' })).toBeVisible();
  await page.getByRole('button', { name: 'Change passphrase' }).click();

  const current = page.getByLabel('Current passphrase', { exact: true });
  await current.fill('wrong current passphrase');
  await page.getByLabel('New passphrase', { exact: true }).fill('evening tide lantern');
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill('evening tide lantern');
  await page.getByRole('button', { name: 'Save new passphrase' }).click();
  await expect(current).toHaveAccessibleDescription('Your current passphrase does not match. Nothing was changed.');

  await current.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Save new passphrase' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your passphrase is changed.' })).toBeVisible();

  await lockWithButton(page);
  await unlock(page, 'evening tide lantern');
});

test('a new recovery code from Settings replaces the old one', async ({ page, harness }) => {
  await page.goto(harness.url);
  const oldCode = await completeSetup(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Make a new recovery code' }).click();
  await page.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Make new code' }).click();
  const newCode = await readRecoveryCode(page);
  expect(newCode).not.toBe(oldCode);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('checkbox', { name: 'I have saved my recovery code somewhere safe' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('checkbox', { name: 'I have saved my recovery code somewhere safe' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('The old one no longer works.')).toBeVisible();

  const old = await harborCall(page, 'vaultUnlockWithRecoveryCode', { recoveryCode: oldCode, newPassphrase: 'whatever words here' });
  expect(old).toMatchObject({ ok: false, error: { code: 'wrong_recovery_code' } });
});

test('after a SIGKILL the vault still unlocks in a new harness process', async ({ page, harness, dataDir }) => {
  await openSetUp(page, harness.url);
  // A passphrase change is the riskiest write of the key file; do it right before the crash.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill('after the storm');
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill('after the storm');
  await page.getByRole('button', { name: 'Save new passphrase' }).click();
  await expect(page.getByText('Your passphrase is changed.')).toBeVisible();

  await harness.kill();
  const restarted = await startHarnessProcess(dataDir);
  try {
    await page.goto(restarted.signInUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Harbor is locked' })).toBeVisible();
    await unlock(page, 'after the storm');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  } finally {
    await restarted.stop();
  }
});

test('a damaged key file gives a calm full-screen message, not a blank page; a backup can take its place', async ({ page, harness, dataDir }) => {
  await openSetUp(page, harness.url);
  const day = await harborCall(page, 'journalToday', {});
  if (!day.ok) throw new Error(day.error.message);
  await harborCall(page, 'journalSaveEntry', { day: day.value.day, checkIn: { mood: 3, reflection: 'Words from before the damage' } });
  const backup = await harborCall(page, 'backupNow', { folder: dataDir });
  if (!backup.ok || !backup.value.made) throw new Error(backup.ok ? 'no backup made' : backup.error.message);
  const backupFile = join(dataDir, backup.value.made.fileName);
  await harness.stop();
  writeFileSync(join(dataDir, KEY_FILE_NAME), '{"format": "harbor-key-file", "vers');
  const restarted = await startHarnessProcess(dataDir);
  try {
    await page.goto(restarted.signInUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Harbor cannot open your journal' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(KEY_FILE_NAME);
    await expect(page.getByText('Your journal itself has not been changed.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Need help now?' })).toBeVisible();

    // Starting again from a backup moves the unreadable files aside and opens the backup.
    await page.getByRole('button', { name: 'Start from a backup' }).click();
    await page.getByLabel('Choose a backup file').setInputFiles(backupFile);
    await page.getByLabel('Passphrase for this backup', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check this backup' }).click();
    await expect(page.getByText('A journal Harbor cannot open. It will be moved aside into the backups folder, not deleted.')).toBeVisible();
    await page.getByRole('button', { name: 'Replace my journal with this backup' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Replace my journal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    const restored = await harborCall(page, 'journalGetDay', { day: day.value.day });
    expect(restored.ok && restored.value.entry?.reflection).toBe('Words from before the damage');
  } finally {
    await restarted.stop();
  }
});

test('keyboard only: set up, move around, lock and unlock without a mouse', async ({ page, harness }) => {
  await page.goto(harness.url);
  await expect(page.getByRole('button', { name: 'Choose a passphrase' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Tab'); // the "Show" toggle
  await expect(page.getByRole('button', { name: 'Show passphrase', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery code' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'I have saved my recovery code somewhere safe' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  // The three optional first steps for a crisis, each skipped from the keyboard; then the hotkey.
  for (const title of ['A crisis line for hard moments', 'The first steps of your plan', 'While Harbor is locked']) {
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await page.getByRole('button', { name: 'Skip for now' }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'One key for hard moments' })).toBeFocused();
  await page.getByRole('button', { name: 'Finish' }).focus();
  await page.keyboard.press('Enter');

  const nav = page.getByRole('navigation', { name: 'Harbor' });
  await expect(nav).toBeVisible();
  await nav.getByRole('button', { name: 'Coping box' }).focus();
  await page.keyboard.press('Enter');
  // After a navigation the new screen's heading has focus, so a screen reader says where you are.
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeFocused();

  await page.keyboard.press('Control+l');
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
});

