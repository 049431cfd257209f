// The chain analysis after a lapse, walked as a person: from "I self-harmed" to the steps, links
// reordered by keyboard, a skipped step, closing and coming back to a kept draft, a repair added to
// the safety plan, and, after a second lapse, what keeps coming up shown in Patterns.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures.ts';
import { harborCall, openSetUp } from './flows.ts';

const SHOTS = '/work/notes/shots/chain';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name, exact: true });
const steps = (page: Page) => page.getByRole('navigation', { name: 'Steps' });
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const link = (page: Page, n: number) => page.getByRole('group', { name: `Link ${n}`, exact: true });

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Buttons fade their background over 120 ms; let the switch finish before the picture.
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** "I self-harmed" from the journal, noted for `day` (today when not given), then the chain analysis. */
async function noteLapseAndOpenChain(page: Page, day?: string, shot?: string): Promise<void> {
  await nav(page, 'Journal').click();
  await page.getByRole('button', { name: 'I self-harmed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A relapse is a setback, not a failure' })).toBeVisible();
  if (day) await page.getByLabel('Day it happened').fill(day);
  await page.getByRole('button', { name: 'Note that it happened' }).click();
  await expect(page.getByText(/^Noted for /)).toBeVisible();
  if (shot) await shoot(page, shot);
  await page.getByRole('button', { name: 'What led up to it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What led up to it' })).toBeVisible();
  await expect(page.getByText('You can stop at any point — this is saved.')).toBeVisible();
}

async function addLink(page: Page, n: number, kind: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a link' }).click();
  // Writing goes straight on in the new link.
  await expect(link(page, n).getByLabel('In a few words')).toBeFocused();
  await page.keyboard.type(text);
  await link(page, n).getByLabel('Kind').selectOption({ label: kind });
}

async function linkTexts(page: Page): Promise<string[]> {
  const texts: string[] = [];
  for (let n = 1; n <= 3; n++) texts.push(await link(page, n).getByLabel('In a few words').inputValue());
  return texts;
}

test('a chain analysis after a lapse: steps kept as a draft, links reordered by keyboard, a repair into the plan, and what recurs in Patterns', async ({
  page,
  harness,
}) => {
  await openSetUp(page, harness.url);
  await noteLapseAndOpenChain(page, undefined, 'relapse-noted');

  // Vulnerabilities, one a line; Enter starts the next line.
  await expect(stepHeading(page, 'What made you more vulnerable')).toBeVisible();
  await page.getByLabel('Line 1').fill('Tired');
  await page.getByLabel('Line 1').press('Enter');
  await expect(page.getByLabel('Line 2')).toBeFocused();
  await page.keyboard.type('Skipped meals');
  await expectAccessible(page);
  await shoot(page, 'chain-vulnerabilities');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(stepHeading(page, 'What set it off')).toBeFocused();
  await page.getByLabel('What set it off?').fill('A message from my ex');
  await page.getByRole('button', { name: 'Next' }).click();

  // Three links, then one moved with the keyboard alone.
  await expect(stepHeading(page, 'The links in the chain')).toBeVisible();
  await addLink(page, 1, 'A feeling', 'Shame');
  await addLink(page, 2, 'A thought', 'I ruin everything');
  await addLink(page, 3, 'A body sensation', 'Tight chest');
  await page.getByRole('button', { name: 'Move down: “Shame”' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“Shame” is now link 2 of 3.' })).toBeVisible();
  expect(await linkTexts(page)).toEqual(['I ruin everything', 'Shame', 'Tight chest']);
  // Focus stays with the moved link, so it can be moved on.
  await expect(page.getByRole('button', { name: 'Move down: “Shame”' })).toBeFocused();
  await expect(link(page, 1).getByLabel('Kind')).toHaveValue('thought');
  await expectAccessible(page);
  await shoot(page, 'chain-links');
  await page.getByRole('button', { name: 'Next' }).click();

  // What happened: no detail asked for. This one is skipped.
  await expect(stepHeading(page, 'What happened')).toBeVisible();
  await expect(page.getByText('No need for detail.')).toBeVisible();
  await shoot(page, 'chain-what-happened');
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await expect(stepHeading(page, 'What came after')).toBeVisible();
  await expect(steps(page).getByRole('button', { name: 'What happened', exact: true })).toBeVisible();
  await expect(steps(page).getByRole('button', { name: 'The links, written' })).toBeVisible();

  // Close, reload the page, and come back from Recovery: everything is still there.
  await page.getByRole('button', { name: 'Stop here for now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  // Closing saved it: the journal holds it before the page is reloaded.
  const overview = await harborCall(page, 'recoveryOverview', {});
  if (!overview.ok) throw new Error(overview.error.message);
  const relapseId = overview.value.relapses[0]!.id;
  await expect
    .poll(async () => {
      const chain = await harborCall(page, 'chainGet', { relapseId });
      return chain.ok ? [chain.value.vulnerabilities, chain.value.promptingEvent, chain.value.links.map((l) => `${l.kind}: ${l.text}`)] : null;
    })
    .toEqual([['Tired', 'Skipped meals'], 'A message from my ex', ['thought: I ruin everything', 'feeling: Shame', 'body: Tight chest']]);
  await page.reload();
  await nav(page, 'Recovery').click();
  await page.getByRole('navigation', { name: 'Recovery' }).getByRole('button', { name: 'After a relapse' }).click();
  await page.getByRole('button', { name: 'What led up to it' }).click();
  await expect(page.getByLabel('Line 1')).toHaveValue('Tired');
  await expect(page.getByLabel('Line 2')).toHaveValue('Skipped meals');
  await steps(page).getByRole('button', { name: 'The links, written' }).click();
  expect(await linkTexts(page)).toEqual(['I ruin everything', 'Shame', 'Tight chest']);

  // Where the chain could break; one repair goes into the safety plan in one press.
  await steps(page).getByRole('button', { name: 'Where it could break' }).click();
  await expect(stepHeading(page, 'Where the chain could break')).toBeFocused();
  const shame = page.getByRole('group', { name: 'A feeling: Shame' });
  await expect(shame.getByRole('button', { name: 'Add to my safety plan' })).toHaveCount(0);
  await shame.getByLabel('What could have broken the chain here?').fill('Hold ice for a minute');
  await shame.getByRole('button', { name: 'Add to my safety plan' }).click();
  await expect(shame.getByRole('status')).toHaveText('Added “Hold ice for a minute” to “Things I can do on my own” in your safety plan.');
  await expectAccessible(page);
  await shoot(page, 'chain-repairs');
  await page.getByRole('button', { name: 'Finish' }).click();
  // Opened from Recovery's list, it leads back there.
  await expect(page.getByRole('button', { name: 'What led up to it' })).toBeVisible();

  await nav(page, 'Safety plan').click();
  await expect(page.getByRole('textbox', { name: 'Things I can do on my own' })).toHaveValue(/Hold ice for a minute/);

  // A second lapse, the day before, sharing one vulnerability and what set it off.
  const today = await harborCall(page, 'journalToday', {});
  if (!today.ok) throw new Error(today.error.message);
  const before = new Date(`${today.value.day}T12:00:00Z`);
  before.setUTCDate(before.getUTCDate() - 1);
  await noteLapseAndOpenChain(page, before.toISOString().slice(0, 10));
  await page.getByLabel('Line 1').fill(' tired ');
  await steps(page).getByRole('button', { name: 'What set it off' }).click();
  await page.getByLabel('What set it off?').fill('A message from my ex');
  await page.getByRole('button', { name: 'Stop here for now' }).click();

  await nav(page, 'Patterns').click();
  const recurring = page.getByRole('region', { name: 'What keeps coming up' });
  await expect(recurring).toBeVisible();
  await expect(recurring.getByRole('listitem')).toHaveText([
    'Came up in 2 of your reflections: Tired',
    'Came up in 2 of your reflections: A message from my ex',
  ]);
  await expect(recurring).not.toContainText('Skipped meals');
  await recurring.scrollIntoViewIfNeeded();
  await expectAccessible(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(300);
    await recurring.screenshot({ path: `${SHOTS}/patterns-recurring-card-${scheme}.png` });
  }
});

test('Patterns shows nothing about chains until there are two to compare', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await noteLapseAndOpenChain(page);
  await page.getByLabel('Line 1').fill('Tired');
  await page.getByRole('button', { name: 'Stop here for now' }).click();
  await nav(page, 'Patterns').click();
  await expect(page.getByRole('heading', { level: 2, name: /in plain words$/ })).toBeVisible();
  const saved = await harborCall(page, 'chainRecurring', {});
  expect(saved.ok && saved.value.analyses).toBe(1);
  await expect(page.getByRole('region', { name: 'What keeps coming up' })).toHaveCount(0);
});
