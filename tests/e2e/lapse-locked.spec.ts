// "I self-harmed" while Harbor is locked, walked as a person: care and their line at once from the
// lock screen's coping box, a note kept sealed, and after unlock a quiet card that asks first.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, settled, test } from './fixtures.ts';
import { harborCall, lockWithButton, openSetUp, unlock } from './flows.ts';

const SHOTS = '.tmp/shots';
mkdirSync(SHOTS, { recursive: true });

async function screenshotBoth(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('at the lock screen: "I self-harmed" gives care and the line, a sealed note, then a gentle card after unlock', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  // Their plan, with a person and their own line, available while locked (their choice).
  const saved = await harborCall(page, 'safetyPlanSave', {
    sections: {
      warning_signs: 'I stop answering messages.',
      alone: 'Cold water on my face. The blue playlist.',
      distractions: '',
      helpers: '',
      professionals: '',
      safer_surroundings: '',
      reasons: 'My sister, my cat.',
    },
    contacts: [
      { section: 'helpers', name: 'Sam', reach: 'call or text 07700 900123', country: '' },
      { section: 'professionals', name: 'My local crisis team', reach: '0300 123 4567', country: '' },
    ],
  });
  expect(saved.ok).toBe(true);
  expect((await harborCall(page, 'copingSetLockedAccess', { choice: 'while-locked' })).ok).toBe(true);
  const { value: today } = (await harborCall(page, 'journalToday', {})) as { value: { day: string } };
  await lockWithButton(page);

  await page.getByRole('button', { name: 'Open coping box' }).click();
  await page.getByRole('button', { name: 'I self-harmed' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'A relapse is a setback, not a failure' });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Please get medical help now. If it is serious, call your local emergency number.')).toBeVisible();
  const reach = page.getByRole('region', { name: 'People you can reach now' });
  await expect(reach.getByText('Sam', { exact: true })).toBeVisible();
  await expect(reach.getByText('My local crisis team')).toBeVisible();
  await expect(reach.getByText('Samaritans', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your safety plan' }).getByText('My sister, my cat.')).toBeVisible();
  // Nothing of the journal, and no word about how.
  await expect(page.getByText(/Strongest urge|how you/i)).toHaveCount(0);
  await expectAccessible(page);
  await screenshotBoth(page, 'lapse-locked-care');

  await page.getByRole('button', { name: 'Note that it happened' }).click();
  await expect(page.getByText(/Noted, and kept sealed\. When you next unlock, you will be asked, gently/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to the coping box' }).click();
  await page.getByRole('button', { name: 'Back to unlock' }).click();
  await unlock(page);

  // The quiet card asks; nothing was added yet.
  const card = page.getByRole('complementary', { name: 'A note from a hard moment' });
  await expect(card.getByText(/While Harbor was locked, you noted that you self-harmed on/)).toBeVisible();
  const before = await harborCall(page, 'journalGetDay', { day: today.day });
  expect(before.ok && before.value.record.lapseNotes).toBe(0);
  await expectAccessible(page);
  await screenshotBoth(page, 'lapse-after-unlock-card');

  await card.getByRole('button', { name: 'Add it to my journal' }).click();
  await expect(card.getByText(/Added to your journal for/)).toBeVisible();
  // The day's record shows it, in the check-in that is open.
  await expect(page.getByText('This day is noted under Recovery, so its record says “Self-harm: yes”.')).toBeVisible();
  const after = await harborCall(page, 'journalGetDay', { day: today.day });
  expect(after.ok && after.value.record).toMatchObject({ lapseNotes: 1, selfHarm: 'yes' });
  // Reflecting is offered, only if wanted.
  await card.getByRole('button', { name: 'Reflect on it' }).click();
  await expect(card.getByLabel('What made you more vulnerable today?')).toBeVisible();
  await screenshotBoth(page, 'lapse-after-unlock-added');

  // Back on the journal later, the card does not ask again.
  const nav = page.getByRole('navigation', { name: 'Harbor' });
  await nav.getByRole('button', { name: 'Patterns', exact: true }).click();
  await nav.getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByLabel('What made you more vulnerable today?')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'A note from a hard moment' })).toHaveCount(0);
});

test('left out: the card goes and nothing is added', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  const { value: today } = (await harborCall(page, 'journalToday', {})) as { value: { day: string } };
  await lockWithButton(page);
  await page.getByRole('button', { name: 'Open coping box' }).click();
  await page.getByRole('button', { name: 'I self-harmed' }).click();
  // No copy kept while locked: one honest sentence, never an empty plan.
  await expect(page.getByRole('region', { name: 'Your safety plan' }).getByText('Your own plan and box open after you unlock.')).toBeVisible();
  await expect(page.getByText('Not filled in yet')).toHaveCount(0);
  await page.getByRole('button', { name: 'Note that it happened' }).click();
  await expect(page.getByText(/Noted, and kept sealed/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to the coping box' }).click();
  await page.getByRole('button', { name: 'Back to unlock' }).click();
  await unlock(page);
  const card = page.getByRole('complementary', { name: 'A note from a hard moment' });
  await card.getByRole('button', { name: 'Leave it out' }).click();
  await expect(card).toHaveCount(0);
  const day = await harborCall(page, 'journalGetDay', { day: today.day });
  expect(day.ok && day.value.record.lapseNotes).toBe(0);
});
