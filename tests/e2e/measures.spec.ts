// Measures that never reset, walked as a person: Recovery and Patterns show shares and counts over
// the last 30 days and the way back after a hard day; a hard day adds a line and takes nothing away.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, settled, test } from './fixtures.ts';
import { harborCall, openSetUp } from './flows.ts';

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

function daysBefore(day: string, n: number): string {
  const moment = new Date(`${day}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() - n);
  return moment.toISOString().slice(0, 10);
}

test('Recovery and Patterns show measures that never reset, and a hard day only adds', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  const today = await harborCall(page, 'journalToday', {});
  if (!today.ok) throw new Error(today.error.message);
  const day = (n: number) => daysBefore(today.value.day, n);
  // Check-ins on five days; a hard day 8 days ago, calm again (urge 2) 5 days ago.
  for (const [n, urge] of [[12, 3], [9, 5], [6, 6], [5, 2], [1, 1]] as const) {
    expect((await harborCall(page, 'journalSaveEntry', { day: day(n), checkIn: { mood: 3, peakUrge: urge } })).ok).toBe(true);
  }
  const nav = page.getByRole('navigation', { name: 'Harbor' });
  await nav.getByRole('button', { name: 'Recovery', exact: true }).click();
  const card = page.getByRole('region', { name: 'Over the last 30 days' });
  await expect(card.getByText('Days you checked in')).toBeVisible();
  await expect(card.getByText('5 of 30')).toBeVisible();
  await expect(card.getByText('No rounds yet')).toBeVisible();
  await expect(card.getByText(/Nothing to show here/)).toBeVisible();

  // A hard day in the middle: the counts stay, and a way back appears.
  expect((await harborCall(page, 'relapseRecord', { day: day(8) })).ok).toBe(true);
  await nav.getByRole('button', { name: 'Journal', exact: true }).click();
  await nav.getByRole('button', { name: 'Recovery', exact: true }).click();
  await expect(card.getByText('5 of 30')).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveCount(1);
  await expect(card.getByRole('listitem')).toContainText('3 days');
  await expect(page.getByText(/days since|streak/i)).toHaveCount(0);
  await expectAccessible(page);
  await screenshotBoth(page, 'measures-recovery');

  await nav.getByRole('button', { name: 'Patterns', exact: true }).click();
  const onPatterns = page.getByRole('region', { name: 'Over the last 30 days' });
  await expect(onPatterns.getByText('5 of 30')).toBeVisible();
  await expect(onPatterns.getByRole('listitem')).toContainText('3 days');
  await onPatterns.scrollIntoViewIfNeeded();
  await expectAccessible(page);
  await screenshotBoth(page, 'measures-patterns');
});
