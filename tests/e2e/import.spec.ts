// A person brings their Daylio history into Harbor from Settings, in the harness against the real
// encrypted store: they choose the exported file, look at the preview, change how one mood maps,
// mark an activity as a trigger, import, and find the days in the journal and in Patterns.
// Choosing the same file again adds nothing.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures.ts';
import { harborCall, openSetUp } from './flows.ts';
import { daylioCsv, type DaylioRow } from '../support/import-files.ts';

const SHOTS = '.tmp/shots';

function daysBefore(today: string, n: number): string {
  return new Date(Date.parse(`${today}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

/** Two weeks of Daylio evenings ending yesterday, newest first, with one row Daylio could not have meant. */
function exportFile(today: string): Buffer {
  const moods = ['good', 'meh', 'zmęczona', 'bad', 'rad', 'awful', 'meh'];
  const rows: (DaylioRow | { raw: string[] })[] = [];
  for (let i = 1; i <= 14; i++) {
    rows.push({
      day: daysBefore(today, i),
      time: '21:00',
      mood: moods[i % moods.length]!,
      activities: i % 2 ? ['arguments', 'work'] : ['friends', '散歩'],
      note: i === 1 ? 'Spokojny wieczór. 静かな夜。 مساء هادئ.' : i === 3 ? 'Line one\nline two' : '',
    });
    if (i === 5) rows.push({ raw: ['2024-02-31', 'February 31', 'Saturday', '20:00', 'meh', '', '', ''] });
  }
  return Buffer.from(daylioCsv(rows, { bom: true, crlf: true }), 'utf8');
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

test('import a Daylio export: preview, adjust, import, see the days; again adds nothing', async ({ page, harness }) => {
  mkdirSync(SHOTS, { recursive: true });
  await openSetUp(page, harness.url);
  const todayResult = await harborCall(page, 'journalToday', {});
  if (!todayResult.ok) throw new Error(todayResult.error.message);
  const today = todayResult.value.day;
  const file = { name: 'daylio_export.csv', mimeType: 'text/csv', buffer: exportFile(today) };

  await openSettings(page);
  const region = page.getByRole('region', { name: 'Import from another app', exact: true });
  await region.getByLabel('Choose a file to import').setInputFiles(file);

  const preview = region.getByRole('region', { name: 'What daylio_export.csv holds' });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Daylio export (CSV)');
  await expect(preview).toContainText('Nothing has been written yet.');
  const counts = preview.getByRole('list', { name: 'What importing this file would do' });
  await expect(counts).toContainText('14 days get a new check-in');
  await expect(counts).toContainText('1 row Harbor cannot use, listed below');
  // The bad row: line 1 is the header, each evening one line, the third's note two lines.
  await expect(preview.getByRole('region', { name: 'Rows Harbor cannot use' })).toContainText('Line 8: The date “2024-02-31” is not a day on the calendar.');
  const custom = preview.getByRole('combobox', { name: 'Harbor mood for “zmęczona”' });
  await expect(custom).toHaveValue('');
  await expect(preview.getByRole('combobox', { name: 'Harbor mood for “rad”' })).toHaveValue('5');
  await expect(preview.getByRole('combobox', { name: 'What “arguments” becomes' })).toHaveValue('note');
  await expectAccessible(page);
  await preview.scrollIntoViewIfNeeded();
  await region.screenshot({ path: `${SHOTS}/import-preview.png` });

  // Adjust: the custom mood is "Low"; arguments are a trigger (a situation); friends helped.
  await custom.selectOption({ label: 'Low' });
  await expect(custom).toHaveValue('2');
  await preview.getByRole('combobox', { name: 'What “arguments” becomes' }).selectOption({ label: 'A trigger: situation' });
  await preview.getByRole('combobox', { name: 'What “friends” becomes' }).selectOption({ label: 'Something that helped' });
  await expect(preview.getByRole('combobox', { name: 'What “arguments” becomes' })).toHaveValue('situation');
  await page.emulateMedia({ colorScheme: 'dark' });
  await region.screenshot({ path: `${SHOTS}/import-preview-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // Keyboard: the import button is reached and pressed without a mouse.
  const importButton = preview.getByRole('button', { name: 'Import 14 days' });
  await importButton.focus();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('status').filter({ hasText: '14 days added to your journal.' })).toBeVisible();
  await expect(preview).toHaveCount(0);

  // The journal's history has the days, with the mood chosen and the trigger marked.
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Journal' }).click();
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name: 'History' }).click();
  const items = page.locator('.history__item');
  await expect(items.first()).toBeVisible();
  await expect(page.locator('.history__item').filter({ hasText: 'Spokojny wieczór. 静かな夜。 مساء هادئ.' })).toHaveCount(1);
  await expect(page.locator('.history__item').filter({ hasText: 'Triggers: arguments' }).first()).toBeVisible();
  const day3 = await harborCall(page, 'journalGetDay', { day: daysBefore(today, 3) });
  expect(day3.ok && day3.value.entry).toMatchObject({ mood: 2, reflection: 'Line one\nline two\n\nActivities: work' }); // Daylio's “bad”
  const day3Triggers = day3.ok ? day3.value.entry?.triggers.map((t) => `${t.name} ${t.kind}`) : [];
  expect(day3Triggers).toEqual(['arguments situation']);
  const day2 = await harborCall(page, 'journalGetDay', { day: daysBefore(today, 2) });
  expect(day2.ok && day2.value.entry?.helped.map((x) => x.label)).toEqual(['friends']);
  expect(day2.ok && day2.value.entry?.mood).toBe(2); // “zmęczona”, mapped to Low in the preview

  // Patterns counts the imported trigger.
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Patterns' }).click();
  await expect(page.locator('.patterns__content')).toHaveAttribute('data-state', 'ready');
  const triggers = page.getByRole('region', { name: 'Triggers per week', exact: true });
  await triggers.scrollIntoViewIfNeeded();
  await expect(triggers.locator('.top-triggers li').first()).toContainText('arguments (situation) · 7 days');

  // The same file again: the preview says nothing new, and there is nothing to import.
  await openSettings(page);
  await region.getByLabel('Choose a file to import').setInputFiles(file);
  await expect(counts).toContainText('0 days get a new check-in');
  await expect(counts).toContainText('14 rows were imported before, so nothing is added for them');
  await expect(preview.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);
  const history = await harborCall(page, 'journalHistory', { limit: 50 });
  expect(history.ok && history.value.entries.length).toBe(14);
});
