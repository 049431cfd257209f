// Nothing a person types into Harbor is kept in the browser's autofill: every text field on the
// journal, search, history, journal settings, safety plan and coping screens says autocomplete="off".
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { openSetUp } from './flows.ts';

/** Text-like fields on the page whose autocomplete is not "off" (passphrase fields excepted: they have their own tokens; a file picker holds no typed text). */
async function autofilledFields(page: Page): Promise<{ checked: number; offending: string[] }> {
  return page.evaluate(`(() => {
    const fields = [...document.querySelectorAll('input, textarea')].filter((el) =>
      !['radio', 'checkbox', 'hidden', 'button', 'submit', 'password', 'range', 'file'].includes(el.type) &&
      !['new-password', 'current-password'].includes(el.getAttribute('autocomplete')));
    return {
      checked: fields.length,
      offending: fields.filter((el) => el.getAttribute('autocomplete') !== 'off').map((el) => el.outerHTML.slice(0, 160)),
    };
  })()`);
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Harbor' });

test('search, every journal field and the safety plan keep nothing in autofill', async ({ page, harness }) => {
  test.setTimeout(90_000);
  await openSetUp(page, harness.url);
  let checked = 0;
  const look = async (where: string) => {
    const found = await autofilledFields(page);
    expect(found.offending, where).toEqual([]);
    checked += found.checked;
  };

  // Diary-card extras on, so their fields are on the check-in too.
  await nav(page).getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Show diary-card extras (sleep, meals, medication, movement)' }).check();
  await look('settings');

  await nav(page).getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(page.getByLabel('Anything else about today')).toBeVisible();
  await look('check-in');
  const journalNav = page.getByRole('navigation', { name: 'Journal' });
  await journalNav.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search your journal' })).toHaveAttribute('autocomplete', 'off');
  await look('search');
  await journalNav.getByRole('button', { name: 'History' }).click();
  await look('history');

  await nav(page).getByRole('button', { name: 'Safety plan', exact: true }).click();
  await expect(page.getByLabel('Warning signs')).toBeVisible();
  await page.getByRole('button', { name: 'Add a person' }).first().click();
  await look('safety plan');

  await nav(page).getByRole('button', { name: 'Coping box', exact: true }).click();
  await page.getByRole('button', { name: 'Add your own' }).click();
  await look('coping box');

  // The screens really had fields to check.
  expect(checked).toBeGreaterThanOrEqual(15);
});
