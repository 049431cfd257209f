// One day, one story: a check-in that says "no", an urge rated higher in the urge timer, then
// "I self-harmed → Note that it happened" for the same day. The journal, history, Patterns, the
// Recovery screen and every export must then say the same thing about that day; and taking the
// "yes" back in the check-in asks about the note and, when it goes, every view follows.
import { mkdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, settled } from './fixtures.ts';
import { harborCall, openSetUp } from './flows.ts';

const SHOTS = '.tmp/shots';
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name, exact: true });
const journalTab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name });
const recoveryTab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Recovery' }).getByRole('button', { name });
const selfHarm = (page: Page) => page.getByRole('group', { name: 'Did you self-harm today?' });

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function exported(page: Page, format: 'diary-csv' | 'journal-md' | 'journal-json', day: string): Promise<string> {
  const result = await harborCall(page, 'recoveryExport', { format, from: day, to: day, includeNotes: false, understood: true });
  if (!result.ok || result.value.delivery !== 'download') throw new Error('expected a download');
  return result.value.content;
}

/** The day's row in the Patterns urge table: [day, strongest, average, self-harm]. */
async function patternsRow(page: Page, day: string): Promise<string[]> {
  // The page opens on the last 12 weeks up to the calendar day; that range tells which row is the day.
  const overview = await harborCall(page, 'patternsOverview', { weeks: 12 });
  if (!overview.ok) throw new Error(overview.error.message);
  const index = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${overview.value.range.from}T00:00:00Z`)) / 86_400_000);
  await nav(page, 'Patterns').click();
  await expect(page.locator('.patterns__content')).toHaveAttribute('data-state', 'ready');
  const card = page.getByRole('region', { name: 'Urges over time', exact: true });
  await card.getByRole('button', { name: 'Show as table' }).click();
  const rows = await card
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
  await card.getByRole('button', { name: 'Show as chart' }).click();
  return rows[index]!;
}

test('the same day tells one story in the journal, Patterns, Recovery and every export', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  const today = await harborCall(page, 'journalToday', {});
  if (!today.ok) throw new Error(today.error.message);
  const day = today.value.day;

  // The check-in: urge 4, no self-harm.
  await nav(page, 'Journal').click();
  await page.getByRole('group', { name: 'Strongest urge to self-harm today' }).getByRole('radio', { name: '4', exact: true }).check();
  await selfHarm(page).getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Check-in saved at / })).toBeVisible();
  // One save message, not two.
  await expect(page.getByText(/Check-in saved at/)).toHaveCount(1);

  // Later the urge timer rates an urge of 7, and the person notes that self-harm happened.
  const startedAt = Date.now();
  const use = await harborCall(page, 'copingUseSave', {
    id: randomUUID(),
    startedAt,
    endedAt: startedAt + 60_000,
    minutesPlanned: 10,
    urgeBefore: 7,
    urgeAfter: 5,
    outcome: 'stopped',
    items: [],
    note: '',
  });
  expect(use.ok).toBe(true);
  await page.getByRole('button', { name: 'I self-harmed' }).click();
  await page.getByRole('button', { name: 'Note that it happened' }).click();
  await expect(page.getByText(/^Noted for .*Thank you for being honest with yourself\.$/)).toBeVisible();

  // The journal now says yes, and shows where the day's strongest urge came from.
  await nav(page, 'Journal').click();
  await expect(selfHarm(page).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(page.getByText('You rated an urge of 7 in the urge timer this day')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'day-record-check-in');
  await journalTab(page, 'History').click();
  await expect(page.getByText('Strongest urge 7 of 10, in the urge timer · Self-harm: yes')).toBeVisible();

  // Patterns, Recovery and the exports agree.
  expect(await patternsRow(page, day)).toEqual([expect.any(String), '7', expect.any(String), 'yes']);
  await nav(page, 'Recovery').click();
  await recoveryTab(page, 'After a relapse').click();
  await expect(page.locator('.relapse-list').getByRole('listitem')).toHaveCount(1);
  await shoot(page, 'day-record-recovery');
  const csv = (await exported(page, 'diary-csv', day)).replace(/^\uFEFF/, '').split('\r\n');
  expect(csv.find((l) => l.startsWith('Self-harm,'))).toBe('Self-harm,yes');
  expect(csv.find((l) => l.startsWith('Strongest urge (0 to 10),'))).toBe('Strongest urge (0 to 10),7 (urge timer)');
  const md = await exported(page, 'journal-md', day);
  expect(md.match(/^- Self-harm: .*$/gm)).toEqual(['- Self-harm: yes']);
  expect(md.match(/^- Strongest urge: .*$/gm)).toEqual(['- Strongest urge: 7 of 10 (rated in the urge timer)']);
  const json = JSON.parse(await exported(page, 'journal-json', day)) as { days: unknown[] };
  expect(json.days).toEqual([{ day, selfHarm: 'yes', lapseNotes: 1, strongestUrge: 7, urgeSource: 'timer' }]);
  // The PDF is drawn from the same diary card as the CSV; here it must at least be made.
  await recoveryTab(page, 'Share with a therapist').click();
  await page.getByRole('radio', { name: 'Diary card as PDF' }).check();
  await page.getByRole('button', { name: 'Create file' }).click();
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog', { name: 'This file will not be encrypted' }).getByRole('button', { name: 'Create the file' }).click(),
  ]);
  expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Taking the "yes" back asks about the note; removing it changes every view.
  await nav(page, 'Journal').click();
  await selfHarm(page).getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  const ask = page.getByRole('dialog', { name: 'Remove the note that self-harm happened this day?' });
  await expect(ask).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'day-record-remove-note');
  await ask.getByRole('button', { name: 'Remove the note' }).click();
  await expect(ask).toBeHidden();
  await expect(selfHarm(page).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  expect(await patternsRow(page, day)).toEqual([expect.any(String), '7', expect.any(String), '']);
  const overview = await harborCall(page, 'recoveryOverview', {});
  expect(overview.ok && overview.value.relapses).toEqual([]);
  const after = (await exported(page, 'diary-csv', day)).replace(/^\uFEFF/, '').split('\r\n');
  expect(after.find((l) => l.startsWith('Self-harm,'))).toBe('Self-harm,no');
});

test('an empty check-in is not saved', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await nav(page, 'Journal').click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Nothing to save yet. A mood, one rating or a few words is enough.')).toBeVisible();
  const history = await harborCall(page, 'journalHistory', { limit: 10 });
  expect(history.ok && history.value.entries).toEqual([]);
});
