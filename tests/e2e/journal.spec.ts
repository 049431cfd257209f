// The evening journal as a person uses it, in the harness against the real encrypted store.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures.ts';
import { lockWithButton, openSetUp, unlock } from './flows.ts';
import { startHarnessProcess } from '../support/harness-process.ts';
import type { HarborApi } from '../../src/shared/contract/index.ts';

const SCREENS = '/work/notes/screens';

async function openJournal(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
}

const journalTab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name });

async function addTrigger(page: Page, field: string, name: string): Promise<void> {
  await page.getByLabel(field, { exact: true }).fill(name);
  await page.getByLabel(field, { exact: true }).press('Enter');
}

test('write a check-in with triggers, lock, unlock, find it, edit it, delete and undo', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openJournal(page);
  const form = page.locator('form.check-in');
  await expect(form.getByRole('heading', { level: 2 })).toBeVisible();

  await page.getByRole('group', { name: 'How was your mood today?' }).getByRole('radio', { name: '2 Low' }).check();
  await page.getByRole('group', { name: 'Sadness', exact: true }).getByRole('radio', { name: '4' }).check();
  await page.getByRole('group', { name: 'Strongest urge to self-harm today' }).getByRole('radio', { name: '6' }).check();
  await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('radio', { name: 'No', exact: true }).check();
  await addTrigger(page, 'Situations', 'Argument at work');
  await page.getByLabel('Thoughts', { exact: true }).fill("I'm not good enough");
  await page.getByRole('button', { name: 'Add thought' }).click();
  await addTrigger(page, 'Feelings', 'Lonely');
  await expect(page.getByRole('button', { name: 'Remove situation: Argument at work' })).toBeVisible();
  await page.getByRole('button', { name: 'Add something that helped' }).click();
  await page.getByLabel('What helped, item 1').fill('Cold water on my face');
  await page.getByLabel('How much it helped, item 1').selectOption('4');
  await page.getByLabel('Anything else about today').fill('Walked along the harbour wall after the argument.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved at' }).first()).toBeVisible();
  await expectAccessible(page);

  await lockWithButton(page);
  await unlock(page);
  await openJournal(page);

  await journalTab(page, 'Search').click();
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('HARBOUR (wall');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('1 check-in found.')).toBeVisible();
  await expect(page.locator('.search__snippet mark')).toHaveText(['harbour', 'wall']);
  await expectAccessible(page);
  await page.locator('.search__day').first().click();

  // The saved check-in is back in the form, tags and all.
  await expect(page.getByLabel('Anything else about today')).toHaveValue('Walked along the harbour wall after the argument.');
  await expect(page.getByRole('group', { name: 'How was your mood today?' }).getByRole('radio', { name: '2 Low' })).toBeChecked();
  await expect(page.getByRole('button', { name: "Remove thought: I'm not good enough" })).toBeVisible();
  await expect(page.getByLabel('What helped, item 1')).toHaveValue('Cold water on my face');

  await page.getByLabel('Anything else about today').fill('Walked along the harbour wall. Felt steadier by nine.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(/^Check-in saved at/).first()).toBeVisible();

  await journalTab(page, 'History').click();
  await expect(page.locator('.history__item')).toHaveCount(1);
  await expect(page.locator('.history__item')).toContainText('Triggers: Lonely, Argument at work');
  await expect(page.locator('.history__item')).toContainText('steadier');
  await expectAccessible(page);
  await page.locator('.history__item').click();

  await page.getByRole('button', { name: 'Delete this check-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this check-in?' });
  await expect(dialog).toContainText('30 days');
  await dialog.getByRole('button', { name: 'Delete check-in' }).click();
  await expect(page.getByText('Check-in deleted')).toBeVisible();
  await expect(page.getByLabel('Anything else about today')).toHaveValue('');
  await journalTab(page, 'Search').click();
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('steadier');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('Nothing found for “steadier”.', { exact: false })).toBeVisible();

  // Undo from history's "Recently deleted".
  await journalTab(page, 'History').click();
  await expect(page.getByText('Your check-ins will appear here, a week at a time.')).toBeVisible();
  await page.getByRole('region', { name: 'Recently deleted' }).getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByLabel('Anything else about today')).toHaveValue('Walked along the harbour wall. Felt steadier by nine.');
  await journalTab(page, 'Search').click();
  await expect(page.getByRole('searchbox', { name: 'Search your journal' })).toHaveValue('steadier');
  await expect(page.getByText('1 check-in found.')).toBeVisible();
});

test('delete can be undone at once from the check-in', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openJournal(page);
  await page.getByLabel('Anything else about today').fill('A quiet evening.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(/^Check-in saved at/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Delete this check-in' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete check-in' }).click();
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.getByText('Your check-in is back.')).toBeVisible();
  await expect(page.getByLabel('Anything else about today')).toHaveValue('A quiet evening.');

  // Unsaved changes can be discarded (asked once), back to the saved check-in, also after a reload.
  await page.getByLabel('Anything else about today').fill('A quiet evening. Then second thoughts.');
  await expect(page.getByText(/^Draft saved at/)).toBeVisible();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('dialog', { name: 'Discard your unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByLabel('Anything else about today')).toHaveValue('A quiet evening.');
  // A reload keeps Harbor unlocked (the vault lives in the harness process).
  await page.reload();
  await openJournal(page);
  await expect(page.getByLabel('Anything else about today')).toHaveValue('A quiet evening.');
});

test('a draft survives SIGKILL of the harness, and words typed just before a lock are kept', async ({ page, harness, dataDir }) => {
  await openSetUp(page, harness.url);
  await openJournal(page);
  // Typed and locked at once, before the draft's pause: the lock waits for the draft to be written.
  await page.getByLabel('Anything else about today').fill('Words typed just before locking.');
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(page);
  await openJournal(page);
  await expect(page.getByLabel('Anything else about today')).toHaveValue('Words typed just before locking.');

  await page.getByLabel('Anything else about today').fill('The draft that must survive a crash: ümlauts, עברית, 🌊.');
  await expect(page.getByText(/^Draft saved at/)).toBeVisible();
  await harness.kill();

  const restarted = await startHarnessProcess(dataDir);
  try {
    await page.goto(restarted.signInUrl);
    await unlock(page);
    await openJournal(page);
    await expect(page.getByLabel('Anything else about today')).toHaveValue('The draft that must survive a crash: ümlauts, עברית, 🌊.');
    await expect(page.getByText(/Your unsaved words from .* are back/)).toBeVisible();
  } finally {
    await restarted.stop();
  }
});

test('journal settings: prompts, diary card, emotions, tags; axe and screenshots', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  // A few past check-ins through the same contract the page uses, for history, search and tags.
  await page.evaluate(async () => {
    // The page's own window.harbor, typed by the contract (the e2e tsconfig has no DOM types).
    const harbor = (globalThis as unknown as { harbor: HarborApi }).harbor;
    const today = await harbor.journalToday({});
    if (!today.ok) throw new Error('today');
    const days = [1, 2, 3, 5, 8, 9].map((back) => {
      const d = new Date(`${today.value.day}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() - back);
      return d.toISOString().slice(0, 10);
    });
    const texts = [
      'Slow morning. A walk by the river helped more than I expected.',
      'Busy day at work, the meeting ran late. Called Mia in the evening.',
      'Felt numb for most of the afternoon. Cold water and music helped a little.',
      'Good day. Cooked dinner with friends.',
      'Hard evening after the argument. I used my coping box and waited it out.',
      'Tired, but steady. Read before bed.',
    ];
    for (const [i, day] of days.entries()) {
      const saved = await harbor.journalSaveEntry({
        day,
        checkIn: {
          mood: [3, 2, 2, 4, 1, 3][i],
          peakUrge: [2, 4, 6, 0, 8, 3][i],
          selfHarm: i === 4 ? 'unsaid' : 'no',
          reflection: texts[i],
          triggers: i % 2 ? [{ name: 'Work stress', kind: 'situation' }, { name: 'tired', kind: 'feeling' }] : [{ name: 'Being alone', kind: 'situation' }],
          helped: [{ label: i % 2 ? 'Music' : 'A walk', rating: 3 }],
        },
      });
      if (!saved.ok) throw new Error(saved.error.message);
    }
  });

  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('region', { name: 'Journal' });
  await settings.getByRole('checkbox', { name: 'Show diary-card extras (sleep, meals, medication, movement)' }).check();
  await settings.getByLabel('Name for Anxiety').fill('Worry');
  await settings.getByRole('button', { name: 'Rename Anxiety' }).click();
  await expect(settings.getByText('Renamed to “Worry”.')).toBeVisible();
  await settings.getByRole('button', { name: 'Hide Numbness' }).click();
  await settings.getByLabel('Add an emotion').fill('Hope');
  await settings.getByRole('button', { name: 'Add emotion' }).click();
  await expect(settings.getByText('Added “Hope”.')).toBeVisible();
  await settings.getByLabel('New name for tired').fill('Exhausted');
  await settings.getByRole('button', { name: 'Rename tired' }).click();
  await expect(settings.getByText('Renamed to “Exhausted”.')).toBeVisible();
  await expectAccessible(page);

  await openJournal(page);
  await expect(page.getByRole('group', { name: 'Worry', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Numbness', exact: true })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Hope', exact: true })).toBeVisible();
  await expect(page.getByLabel('Hours slept')).toBeVisible();
  await page.getByLabel('Situations', { exact: true }).fill('Wor');
  await expect(page.locator('datalist option[value="Work stress"]')).toHaveCount(1);
  await page.getByRole('group', { name: 'Did you self-harm today?' }).getByRole('radio', { name: 'Yes' }).check();
  await expect(page.getByText('A setback is not a failure.', { exact: false })).toBeVisible();
  await expectAccessible(page);

  mkdirSync(SCREENS, { recursive: true });
  await page.setViewportSize({ width: 1200, height: 900 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await journalTab(page, "Today's check-in").click();
    await expect(page.locator('form.check-in')).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/journal-check-in-${scheme}.png`, fullPage: true });
    await journalTab(page, 'History').click();
    await expect(page.locator('.history__item').first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: `${SCREENS}/journal-history-${scheme}.png`, fullPage: true });
    await journalTab(page, 'Search').click();
    await page.getByRole('searchbox', { name: 'Search your journal' }).fill('walk');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('.search__snippet mark').first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: `${SCREENS}/journal-search-${scheme}.png`, fullPage: true });
  }
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Settings' }).click();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('region', { name: 'Journal' }).screenshot({ path: `${SCREENS}/journal-settings-light.png` });
});
