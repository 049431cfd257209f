// "I can't name it": a person who feels numb finds words for it in the check-in, and the words
// stay with the day through a save, a lock and an unlock.
import { mkdirSync } from 'node:fs';
import { test, expect, expectAccessible } from './fixtures.ts';
import { lockWithButton, openSetUp, unlock } from './flows.ts';

const SCREENS = process.env.HARBOR_SCREENSHOTS;

test('find a word for a feeling with the wheel, add it to the day, and find it again after unlocking', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  const openJournal = async () => {
    await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Journal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  };
  await openJournal();
  const opener = page.getByRole('button', { name: "I can't name it" });
  const wheel = page.getByRole('dialog', { name: 'Finding a word for it' });

  // Escape closes the wheel, adds nothing and returns focus to the button.
  await opener.click();
  await expect(wheel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wheel).toBeHidden();
  await expect(opener).toBeFocused();

  // Nothing picked: a gentle word, the dialog stays.
  await opener.click();
  await wheel.getByRole('button', { name: 'Add to today' }).click();
  await expect(wheel.getByRole('alert')).toHaveText('Pick the one that is closest, or close this with Cancel.');

  // Enter on a choice does not save the check-in behind the dialog.
  await wheel.getByRole('radio', { name: /^Numbness/ }).check();
  await wheel.getByRole('radio', { name: /^Numbness/ }).press('Enter');
  await expect(page.getByText(/^Check-in saved at/)).toHaveCount(0);
  await expect(wheel.getByRole('alert')).toHaveCount(0);
  await wheel.getByRole('checkbox', { name: 'Disconnection' }).check();
  await wheel.getByRole('checkbox', { name: 'Tiredness' }).check();
  await wheel.getByRole('group', { name: 'How strong is it? (optional)' }).getByRole('radio', { name: '4' }).check();
  await expectAccessible(page);
  if (SCREENS) {
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/feelings-wheel.png` });
  }
  await wheel.getByRole('button', { name: 'Add to today' }).click();
  await expect(wheel).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Added to today: Disconnection, Tiredness.' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Disconnection', exact: true }).getByRole('radio', { name: '4' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Tiredness', exact: true }).getByRole('radio', { name: '4' })).toBeChecked();
  // The family alone, without a finer word, adds the family's own word at the middle strength.
  await opener.click();
  await wheel.getByRole('radio', { name: /^Loneliness/ }).check();
  await wheel.getByRole('button', { name: 'Add to today' }).click();
  await expect(page.getByRole('group', { name: 'Loneliness', exact: true }).getByRole('radio', { name: '3' })).toBeChecked();
  // The person changes one strength by hand, as with any emotion.
  await page.getByRole('group', { name: 'Tiredness', exact: true }).getByRole('radio', { name: '2' }).check();

  await page.getByRole('group', { name: 'How was your mood today?' }).getByRole('radio', { name: '2 Low' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(/^Check-in saved at/).first()).toBeVisible();

  await lockWithButton(page);
  await unlock(page);
  await openJournal();
  await expect(page.getByRole('group', { name: 'Disconnection', exact: true }).getByRole('radio', { name: '4' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Tiredness', exact: true }).getByRole('radio', { name: '2' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Loneliness', exact: true }).getByRole('radio', { name: '3' })).toBeChecked();
  if (SCREENS) await page.screenshot({ path: `${SCREENS}/feelings-added.png`, fullPage: true });
});
