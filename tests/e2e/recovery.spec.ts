// The recovery journey in the harness against the real encrypted store: relapse support from the
// journal and the coping box, the phases, and exports for a therapist with the warning first.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures.ts';
import { harborCall, openSetUp } from './flows.ts';

const SCREENS = '/work/notes/screens';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name, exact: true });
const recoveryTab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Recovery' }).getByRole('button', { name });

async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Buttons fade their background over 120 ms; let the switch finish before the picture.
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function planWithPeople(page: Page): Promise<void> {
  const plan = await harborCall(page, 'safetyPlanGet', {});
  if (!plan.ok) throw new Error(plan.error.message);
  const saved = await harborCall(page, 'safetyPlanSave', {
    sections: { ...plan.value.sections, warning_signs: 'I stop answering messages' },
    contacts: [
      { section: 'helpers', name: 'Sam (sister)', reach: 'call 07700 900123', country: '' },
      { section: 'professionals', name: 'Dr Lee, community team', reach: 'call 020 7946 0000 on weekdays', country: 'United Kingdom' },
    ],
  });
  if (!saved.ok) throw new Error(saved.error.message);
}

test('relapse support from the journal: kind words, the safety plan people, a reflection that adds a warning sign', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await planWithPeople(page);
  await nav(page, 'Journal').click();
  await page.getByRole('button', { name: 'I self-harmed' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'A relapse is a setback, not a failure' })).toBeVisible();
  await expect(page.getByText('Please get medical help now.')).toBeVisible();
  const people = page.getByRole('region', { name: 'People you can reach now' });
  await expect(people.getByText('Sam (sister)')).toBeVisible();
  await expect(people.getByText('call 07700 900123')).toBeVisible();
  await expect(people.getByText('Dr Lee, community team')).toBeVisible();
  await expect(people.getByText('Samaritans')).toBeVisible();
  // Nothing is written until the person chooses to note it.
  const before = await harborCall(page, 'recoveryOverview', {});
  expect(before.ok && before.value.relapses).toEqual([]);
  await expectAccessible(page);
  await shoot(page, 'relapse-support');

  await page.getByRole('button', { name: 'Note that it happened' }).click();
  await expect(page.getByText(/^Noted for .*Thank you for being honest with yourself\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Reflect now' }).click();
  await page.getByLabel('What made you more vulnerable today?').fill('Very little sleep');
  await page.getByLabel('What could help next time?').fill('Hold ice, then text Sam');
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect(page.getByText('Your reflection is saved.')).toBeVisible();
  await page.getByLabel('A warning sign').fill('Skipping meals');
  await page.getByRole('button', { name: 'Add to my safety plan' }).click();
  await expect(page.getByText('Added “Skipping meals” to the warning signs in your safety plan.')).toBeVisible();
  await page.getByLabel('Something that could help').fill('Text Sam');
  await page.getByRole('button', { name: 'Add to my coping box' }).click();
  await expect(page.getByText('Added “Text Sam” to your coping box.')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'relapse-reflection');

  // The warning sign is in the safety plan, beside the one already there.
  await nav(page, 'Safety plan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeVisible();
  const plan = await harborCall(page, 'safetyPlanGet', {});
  expect(plan.ok && plan.value.sections.warning_signs).toBe('I stop answering messages\nSkipping meals');
  await expect(page.getByRole('textbox', { name: 'Warning signs' })).toHaveValue('I stop answering messages\nSkipping meals');

  // Recovery lists it as data, with its reflection.
  await nav(page, 'Recovery').click();
  await recoveryTab(page, 'After a relapse').click();
  await expect(page.getByText('You reflected on this.')).toBeVisible();
  await page.getByRole('button', { name: 'Open reflection' }).click();
  await expect(page.getByLabel('What could help next time?')).toHaveValue('Hold ice, then text Sam');
  await expect(page.getByText('Warning sign: Skipping meals')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Close reflection' }).click();
  await shoot(page, 'recovery-relapses');
});

test('relapse support from the coping box leads back there', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await nav(page, 'Coping box').click();
  await expect(page.getByRole('button', { name: 'I self-harmed' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'relapse-link-coping');
  await page.getByRole('button', { name: 'I self-harmed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A relapse is a setback, not a failure' })).toBeVisible();
  await expect(page.getByText('Your safety plan has no people in it yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the coping box' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
});

test('choosing a phase records it with its date and shows its steps', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await harborCall(page, 'journalSaveEntry', {
    day: (await todayOf(page)),
    checkIn: { triggers: [{ name: 'Argument at work', kind: 'situation' }] },
  });
  await nav(page, 'Recovery').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recovery' })).toBeVisible();
  const choice = page.getByRole('group', { name: 'Which phase feels closest to where you are now?' });
  await choice.getByRole('radio', { name: 'Awareness and decision' }).check();
  await expect(page.getByText('Argument at work')).toBeVisible();
  await page.getByRole('button', { name: 'Save my phase' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Awareness and decision.' })).toBeVisible();
  await page.getByLabel('Why I want to change').fill('I want to handle hard days without hurting myself.');
  await page.getByRole('button', { name: 'Save your reasons' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'recovery-phase');

  await choice.getByRole('radio', { name: 'Skill acquisition and implementation' }).check();
  await expect(page.getByRole('heading', { name: 'Practise delaying the urge' })).toBeVisible();
  await page.getByRole('button', { name: 'Save my phase' }).click();
  await expect(page.getByText(/^You chose Skill acquisition and implementation on /)).toBeVisible();
  const history = page.getByRole('region', { name: 'Your phase over time' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('Skill acquisition and implementation');

  const overview = await harborCall(page, 'recoveryOverview', {});
  expect(overview.ok && overview.value.history.map((c) => [c.phase, c.day])).toEqual([
    ['skills', await calendarDayOf(page)],
    ['awareness', await calendarDayOf(page)],
  ]);
  expect(overview.ok && overview.value.notes.why_change).toBe('I want to handle hard days without hurting myself.');

  // After a reload the note and the phase are still there.
  await page.reload();
  await nav(page, 'Recovery').click();
  await expect(page.getByRole('radio', { name: 'Skill acquisition and implementation' })).toBeChecked();
});

test('share with a therapist: the warning comes first, then the download', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  const today = await calendarDayOf(page);
  await harborCall(page, 'journalSaveEntry', {
    day: today,
    checkIn: { mood: 3, peakUrge: 5, selfHarm: 'no', triggers: [{ name: 'Crowded bus', kind: 'situation' }], helped: [{ label: 'Music', rating: 4 }] },
  });
  let downloads = 0;
  page.on('download', () => downloads++);

  await nav(page, 'Recovery').click();
  await recoveryTab(page, 'Share with a therapist').click();
  await expect(page.getByText('Exported files are not encrypted')).toBeVisible();
  await page.getByRole('radio', { name: 'Diary card as CSV' }).check();
  await page.getByRole('button', { name: 'Create file' }).click();
  const dialog = page.getByRole('dialog', { name: 'This file will not be encrypted' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('anyone who can open it can read it');
  expect(downloads).toBe(0);
  await expectAccessible(page);
  await shoot(page, 'export-warning');

  // Cancel really cancels.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(downloads).toBe(0);

  await page.getByRole('button', { name: 'Create file' }).click();
  const [csv] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Create the file' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^diary-card-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await csv.path())!, 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]!.split(',').at(-1)).toBe(today);
  expect(lines.find((l) => l.startsWith('Triggers'))!.split(',').at(-1)).toBe('Crowded bus');
  await expect(page.getByText(/is ready in your downloads\. It is not encrypted\./)).toBeVisible();
  await shoot(page, 'export-done');

  await page.getByRole('radio', { name: 'Diary card as PDF' }).check();
  await page.getByRole('button', { name: 'Create file' }).click();
  const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Create the file' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectAccessible(page);
});

async function calendarDayOf(page: Page): Promise<string> {
  const today = await harborCall(page, 'journalToday', {});
  if (!today.ok) throw new Error(today.error.message);
  return today.value.calendarDay;
}

async function todayOf(page: Page): Promise<string> {
  const today = await harborCall(page, 'journalToday', {});
  if (!today.ok) throw new Error(today.error.message);
  return today.value.day;
}
