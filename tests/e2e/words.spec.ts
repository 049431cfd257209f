// Small frictions a new person met, walked as that person: tags in two directions, one week-start
// setting, crisis lines in plain labels.
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures.ts';
import { lockWithButton, openSetUp } from './flows.ts';

const SHOTS = '/work/notes/shots/words';

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a Hebrew and an Arabic tag beside a Latin one stay apart, in the form and in history', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openScreen(page, 'Journal');
  const feelings = page.getByLabel('Feelings', { exact: true });
  for (const tag of ['Lonely', 'בדידות 2', 'وحدة', 'Tired 3']) {
    await feelings.fill(tag);
    await feelings.press('Enter');
  }
  const chips = page.getByRole('list', { name: 'Feelings: added' }).locator('bdi');
  await expect(chips).toHaveText(['Lonely', 'בדידות 2', 'وحدة', 'Tired 3']);
  // Each name is its own bidirectional island: "2" stays with the Hebrew word, not the next tag.
  for (const isolation of await chips.evaluateAll((nodes) => nodes.map((n) => (globalThis as unknown as { getComputedStyle(node: unknown): { unicodeBidi: string } }).getComputedStyle(n).unicodeBidi))) {
    expect(isolation).toBe('isolate');
  }
  await page.getByRole('list', { name: 'Feelings: added' }).screenshot({ path: `${SHOTS}/tags-rtl.png` });
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved at' }).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name: 'History' }).click();
  const line = page.locator('.history__meta').filter({ hasText: 'Triggers:' }).first();
  await expect(line.locator('bdi')).toHaveText(['Lonely', 'Tired 3', 'בדידות 2', 'وحدة']);
  await expect(line).toHaveText('Triggers: Lonely, Tired 3, בדידות 2, وحدة');
  await line.screenshot({ path: `${SHOTS}/history-rtl.png` });
  await expectAccessible(page);
});

test('the week start is one setting, in Settings, and Patterns only says what it is', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openScreen(page, 'Settings');
  await expect(page.getByRole('group', { name: 'Weeks start on' })).toHaveCount(1);
  await expect(page.getByText(/first day of the week/i)).toHaveCount(0);
  await page.getByRole('group', { name: 'Weeks start on' }).getByRole('radio', { name: 'Sunday' }).check();

  await openScreen(page, 'Patterns');
  await expect(page.getByRole('radio', { name: 'Sunday' })).toHaveCount(0);
  await expect(page.getByText('Weeks start on Sunday. You can change this in Settings.')).toBeVisible();
  // Patterns' choices are the same radio group as everywhere else, and the arrow keys move through them.
  const range = page.getByRole('group', { name: 'Show' });
  await expect(range.locator('.radio-group__option')).toHaveCount(5);
  await range.getByRole('radio', { name: 'Last 4 weeks' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(range.getByRole('radio', { name: 'Last 12 weeks' })).toBeChecked();
  await expect(page.locator('.radio-group').filter({ hasText: 'Leave them out of Patterns' })).toHaveCount(1);
});

test('crisis lines show plain labels, without dates', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await lockWithButton(page);
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByText('call or text 988').first()).toBeVisible();
  await expect(page.getByText(/\(since/)).toHaveCount(0);
});
