// The lock screen after wrong passphrases, walked as a person would: the field is emptied after
// each try, the recovery code is offered in kind words from the third wrong try, and after the
// fifth Harbor says how long it waits and counts down (the real 1 s and 2 s waits; nothing is
// shortened for this test), then the right passphrase opens at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_FILE_NAME } from '../../src/main/core/key-file.ts';
import { expect, expectAccessible, PASSPHRASE, test } from './fixtures.ts';
import { lockWithButton, openSetUp } from './flows.ts';

const OFFER = /Your recovery code opens your journal too/;

test('wrong passphrases: the recovery code offered after 3, a countdown after 5, the right passphrase after the wait opens', async ({ page, harness, dataDir }) => {
  await openSetUp(page, harness.url);
  await lockWithButton(page);
  const keyFileBefore = readFileSync(join(dataDir, KEY_FILE_NAME));
  const field = page.getByLabel('Passphrase', { exact: true });
  const unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
  const countdown = page.getByRole('timer');

  for (let attempt = 1; attempt <= 5; attempt++) {
    await field.fill(`not my passphrase ${attempt}`);
    await unlockButton.click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase does not match. Check caps lock and try again.');
    // What was typed does not stay on the page.
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
    if (attempt < 3) await expect(page.getByText(OFFER)).toHaveCount(0);
    else await expect(page.getByText(OFFER)).toBeVisible();
    if (attempt < 5) await expect(countdown).toHaveCount(0);
  }

  // After the fifth: how long, counted down, and the way round it.
  await expect(countdown).toContainText(/You can try again in 1 second\./);
  await expect(page.getByRole('button', { name: 'Use your recovery code' })).toBeVisible();
  await page.screenshot({ path: '.tmp/shots/lock-backoff-countdown.png' });
  await expectAccessible(page);
  await expect(countdown).toHaveCount(0, { timeout: 5000 });
  await expect(unlockButton).toBeEnabled();

  // The sixth wrong try waits 2 seconds, and the page counts them down.
  await field.fill('still not it');
  await unlockButton.click();
  await expect(countdown).toContainText(/in 2 seconds\./);
  await expect(unlockButton).toBeDisabled();
  await expect(countdown).toContainText(/in 1 second\./, { timeout: 5000 });
  await expect(countdown).toHaveCount(0, { timeout: 5000 });

  // The right passphrase after the wait opens at once; nothing but the counter was written.
  await field.fill(PASSPHRASE);
  await unlockButton.click();
  await expect(page.getByRole('navigation', { name: 'Harbor' })).toBeVisible();
  expect(readFileSync(join(dataDir, KEY_FILE_NAME)).equals(keyFileBefore)).toBe(true);

  // A right passphrase starts the count again: no offer, no countdown on the next lock.
  await lockWithButton(page);
  await expect(page.getByText(OFFER)).toHaveCount(0);
  await expect(countdown).toHaveCount(0);
});

test('the recovery code page counts its own wrong tries and waits after 5', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await lockWithButton(page);
  await page.getByRole('button', { name: 'Use your recovery code' }).click();
  const codeField = page.getByLabel('Recovery code', { exact: true });
  const submit = page.getByRole('button', { name: 'Unlock and save new passphrase' });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await codeField.fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await page.getByLabel('New passphrase', { exact: true }).fill('a brand new harbour');
    await page.getByLabel('Confirm new passphrase', { exact: true }).fill('a brand new harbour');
    await submit.click();
    await expect(codeField).toHaveAccessibleDescription(/That recovery code does not match/);
    await expect(codeField).toHaveValue('');
    await expect(page.getByLabel('New passphrase', { exact: true })).toHaveValue('');
  }
  await expect(page.getByRole('timer')).toContainText(/Several recovery codes did not match.*You can try again in 1 second\./);
  // The passphrase has its own count: back on the lock screen there is no wait.
  await page.getByRole('button', { name: 'Back to passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor is locked' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled();
});

test('the locked coping box unlocks the same way: field emptied, the same count and countdown as the lock screen', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await lockWithButton(page);
  // Three wrong tries at the lock screen, two more beside the starter box: one count.
  const field = page.getByLabel('Passphrase', { exact: true });
  for (let attempt = 1; attempt <= 3; attempt++) {
    await field.fill(`not my passphrase ${attempt}`);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(field).toHaveValue('');
  }
  await page.getByRole('button', { name: 'Open coping box' }).click();
  await expect(page.getByRole('heading', { name: 'Your own plan and box open after you unlock.' })).toBeVisible();
  const quickField = page.locator('.quick-unlock').getByLabel('Passphrase', { exact: true });
  const quickUnlock = page.locator('.quick-unlock').getByRole('button', { name: 'Unlock', exact: true });
  for (let attempt = 4; attempt <= 5; attempt++) {
    await quickField.fill(`not my passphrase ${attempt}`);
    await quickUnlock.click();
    await expect(quickField).toHaveAccessibleDescription(/That passphrase does not match/);
    await expect(quickField).toHaveValue('');
  }
  const countdown = page.locator('.quick-unlock').getByRole('timer');
  await expect(countdown).toContainText(/Several passphrases did not match.*You can try again in 1 second\./);
  await page.screenshot({ path: '.tmp/shots/coping-quick-unlock-countdown.png' });
  await expect(countdown).toHaveCount(0, { timeout: 5000 });
  await quickField.fill(PASSPHRASE);
  await quickUnlock.click();
  await expect(page.getByRole('heading', { name: 'Your own plan and box open after you unlock.' })).toHaveCount(0);
});
