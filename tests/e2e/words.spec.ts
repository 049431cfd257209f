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

test('near a limit a counter shows what is left; a longer reflection is kept whole as a draft', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openScreen(page, 'Journal');

  // A tag: the count appears near 80 characters, and a longer tag is refused whole, never cut.
  const situations = page.getByLabel('Situations', { exact: true });
  await situations.fill('A long afternoon at my parents’ house with the whole family around the table');
  await expect(page.getByText('4 characters left.')).toBeVisible();
  await page.locator('.tags').filter({ has: situations }).screenshot({ path: `${SHOTS}/tag-near-limit.png` });
  const tooLong = 'A long afternoon at my parents’ house with the whole family around the big table, again';
  await situations.fill(tooLong);
  await situations.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: `A tag can hold 80 characters, and this one has ${tooLong.length}.` })).toBeVisible();
  await expect(situations).toHaveValue(tooLong);
  await expect(page.getByRole('list', { name: 'Situations: added' })).toHaveCount(0);
  await situations.fill('Family dinner');
  await situations.press('Enter');
  await expect(page.getByRole('list', { name: 'Situations: added' }).locator('bdi')).toHaveText(['Family dinner']);

  // The reflection: quiet far from the limit, a count from 90,000, and past 100,000 the words stay.
  const reflection = page.getByLabel('Anything else about today');
  const words = 'The sea was calm tonight and so was I. ';
  const textOf = (length: number) => words.repeat(Math.ceil(length / words.length)).slice(0, length);
  await reflection.fill(textOf(89_000));
  await expect(page.getByText(/characters left/)).toHaveCount(0);
  await reflection.fill(textOf(99_880));
  const counter = page.getByText('120 characters left.');
  await expect(counter).toBeVisible();
  await expect(reflection).toHaveAccessibleDescription(/120 characters left\./);
  await counter.scrollIntoViewIfNeeded();
  await page.getByRole('region', { name: 'Reflection' }).or(page.locator('.card').filter({ has: reflection })).first().screenshot({ path: `${SHOTS}/reflection-counter.png` });

  const long = textOf(100_001);
  await reflection.fill(long);
  await expect(page.getByText('1 character more than a check-in can save. Your draft is kept whole; shorten this to save the check-in.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Draft saved at/ })).toBeVisible();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(
    page.getByText('Your check-in is not saved yet. Your reflection is too long: it can hold at most 100,000 characters. Your words are kept whole as a draft until then.'),
  ).toBeVisible();
  await expect(page.getByText(/could not be saved/)).toHaveCount(0);
  await page.locator('.card').filter({ has: reflection }).first().screenshot({ path: `${SHOTS}/reflection-too-long.png` });

  // Everything is still there after a reload: the draft was kept whole.
  await page.reload();
  await expect(page.getByLabel('Anything else about today')).toHaveValue(long);
  // Shortened by one character, it saves, once, with one message.
  await page.getByLabel('Anything else about today').press('End');
  await page.getByLabel('Anything else about today').press('Backspace');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(/^Check-in saved at/)).toHaveCount(1);
  await expect(page.getByText(/saved/i).filter({ visible: true })).toHaveCount(1);
  await expectAccessible(page);
});

test('an empty check-in is not saved: one calm sentence says so', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openScreen(page, 'Journal');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Nothing to save yet. A mood, one rating or a few words is enough.')).toBeVisible();
  await openScreen(page, 'Journal');
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name: 'History' }).click();
  await expect(page.locator('.history__item')).toHaveCount(0);
});

test('setting up with "password" is refused kindly while typing and on Continue; a passphrase of words works', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Choose a passphrase' }).click();
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('password');
  await page.getByLabel('Confirm passphrase', { exact: true }).fill('password');
  const reason = 'This is one of the most common passwords there is, so it is among the first anyone would try. A few unrelated words of your own, with spaces, work well.';
  // Live, under the field, before anything is sent.
  await expect(passphrase).toHaveAccessibleDescription(new RegExp(reason.replace(/[.]/g, '\\.')));
  await page.getByRole('button', { name: 'Continue' }).click();
  // Main refuses it too, in the same words, said once, beside the field; nothing is created.
  await expect(passphrase).toHaveAccessibleDescription(new RegExp(reason.replace(/[.]/g, '\\.')));
  await expect(page.getByText(reason)).toHaveCount(1);
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);
  await page.locator('main').screenshot({ path: `${SHOTS}/passphrase-refused.png` });
  await expectAccessible(page);

  await passphrase.fill('lamp river orange tuesday');
  await page.getByLabel('Confirm passphrase', { exact: true }).fill('lamp river orange tuesday');
  await expect(page.getByText(reason)).toHaveCount(0);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('recovery-code')).toBeVisible();
});
