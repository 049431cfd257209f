// The session summary walked as a person would, in the harness against the real encrypted store:
// two things to talk about go on the list (one changed, one ticked off and back), the summary's
// parts are chosen, each page is read in the preview, and the PDF is saved after the warning.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { test, expect, expectAccessible, settled } from './fixtures.ts';
import { harborCall, openSetUp } from './flows.ts';

const SHOTS = '/work/notes/shots/summary';

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a session summary: a list of things to talk about, the parts chosen, each page previewed, then saved', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  const today = await harborCall(page, 'journalToday', {});
  if (!today.ok) throw new Error(today.error.message);
  await harborCall(page, 'journalSaveEntry', {
    day: today.value.calendarDay,
    checkIn: { mood: 3, peakUrge: 4, triggers: [{ name: 'Zażółć gęślą jaźń', kind: 'situation' }], reflection: '今日は穏やかな一日でした' },
  });
  let downloads = 0;
  page.on('download', () => downloads++);

  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Recovery', exact: true }).click();
  await page.getByRole('navigation', { name: 'Recovery' }).getByRole('button', { name: 'Share with a therapist' }).click();

  // Two things to talk about; the first is reworded, the second ticked off and back.
  const list = page.getByRole('region', { name: 'Things to talk about' });
  await expect(list.getByText('Nothing on the list yet.')).toBeVisible();
  const newItem = list.getByRole('textbox', { name: 'Something to talk about' });
  await newItem.fill('Sleep before exams');
  await newItem.press('Enter');
  await expect(list.getByRole('checkbox', { name: 'Sleep before exams' })).toBeVisible();
  await expect(newItem).toHaveValue('');
  await newItem.fill('كان يومًا هادئًا');
  await list.getByRole('button', { name: 'Add to the list' }).click();
  await expect(list.getByRole('checkbox', { name: 'كان يومًا هادئًا' })).toBeVisible();

  await list.getByRole('button', { name: 'Change “Sleep before exams”' }).click();
  const words = list.getByRole('textbox', { name: 'Change the words' });
  await expect(words).toBeFocused();
  await words.fill('Sleep before exams and the new timetable');
  await list.getByRole('button', { name: 'Save', exact: true }).click();
  const first = list.getByRole('checkbox', { name: 'Sleep before exams and the new timetable' });
  await first.check();
  await expect(first).toBeChecked();
  await first.uncheck();
  await expect(first).not.toBeChecked();

  // Choose the parts: the safety plan is left out this time.
  const summary = page.getByRole('region', { name: 'Session summary' });
  await expect(summary.getByLabel('Until', { exact: true })).toHaveValue(today.value.calendarDay);
  const planPart = summary.getByRole('checkbox', { name: 'Your safety plan' });
  await expect(planPart).toBeChecked();
  await planPart.uncheck();
  await summary.getByRole('checkbox', { name: 'Include my notes in the diary card' }).check();
  await summary.getByRole('button', { name: 'Show preview' }).click();

  const preview = summary.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toContainText(/The summary has \d+ pages?\. It will be saved as session-summary-/);
  const pages = preview.getByRole('article');
  await expect(pages.first()).toContainText('Diary card');
  await expect(preview).toContainText('Things I want to talk about');
  await expect(preview).toContainText('Sleep before exams and the new timetable');
  await expect(preview).toContainText('كان يومًا هادئًا');
  await expect(preview).toContainText('Zażółć');
  await expect(preview).not.toContainText('Your safety plan');
  const pageCount = await pages.count();
  for (let i = 0; i < pageCount; i++) await expect(pages.nth(i)).toHaveAccessibleName(`Page ${i + 1} of ${pageCount}`);
  await expectAccessible(page);
  await preview.scrollIntoViewIfNeeded();
  await shoot(page, 'session-summary-preview');
  await preview.screenshot({ path: `${SHOTS}/session-summary-pages.png` });
  await summary.screenshot({ path: `${SHOTS}/session-summary-choices.png` });

  // A change of choice puts the out-of-date preview away.
  await summary.getByRole('checkbox', { name: 'What helped' }).uncheck();
  await expect(preview).toBeHidden();

  // Saving: the warning first; Escape closes it with nothing saved.
  await summary.getByRole('button', { name: 'Save summary' }).click();
  const dialog = page.getByRole('dialog', { name: 'This file will not be encrypted' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(downloads).toBe(0);
  await summary.getByRole('button', { name: 'Save summary' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save the summary' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^session-summary-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = new Uint8Array(readFileSync((await download.path())!));
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  expect(text).toContain('Sleep before exams and the new timetable');
  expect(text).toContain('كان يومًا هادئًا');
  expect(text).not.toContain('What helped');
  expect(text).not.toContain('Your safety plan');
  await expect(summary.getByText(/is ready in your downloads\. It is not encrypted\./)).toBeVisible();

  // After the session: one item talked about, the other removed.
  await first.check();
  await list.getByRole('button', { name: 'Remove “كان يومًا هادئًا”' }).click();
  await expect(list.getByRole('checkbox', { name: 'كان يومًا هادئًا' })).toBeHidden();
  // Read back from the journal: away to another screen and back again.
  const harborNav = page.getByRole('navigation', { name: 'Harbor' });
  await harborNav.getByRole('button', { name: 'Journal', exact: true }).click();
  await harborNav.getByRole('button', { name: 'Recovery', exact: true }).click();
  await page.getByRole('navigation', { name: 'Recovery' }).getByRole('button', { name: 'Share with a therapist' }).click();
  await expect(list.getByRole('checkbox', { name: 'Sleep before exams and the new timetable' })).toBeChecked();
  await expect(list.getByRole('listitem')).toHaveCount(1);
});
