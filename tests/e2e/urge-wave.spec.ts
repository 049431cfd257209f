// "How your urges pass" in Patterns: a calm sentence until 3 rounds of the urge timer have more
// than one rating, then the median curve with its middle half, and the same numbers as a table.
// Screenshots of the card in both themes (under .tmp/shots/).
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, settled } from './fixtures.ts';
import { harborCall, openSetUp } from './flows.ts';

const SHOTS = '.tmp/shots';
let clock = Date.now() - 3 * 86_400_000;

async function saveRound(page: Page, ratings: { minute: number; urge: number }[]): Promise<void> {
  clock += 3_600_000;
  const result = await harborCall(page, 'copingUseSave', {
    id: crypto.randomUUID(),
    startedAt: clock,
    endedAt: clock + ratings.at(-1)!.minute * 60_000,
    minutesPlanned: 10,
    urgeBefore: ratings[0]!.urge,
    urgeAfter: ratings.at(-1)!.urge,
    ratings,
    outcome: 'time-up',
    items: [],
    note: '',
  });
  expect(result.ok).toBe(true);
}

async function openWave(page: Page) {
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Patterns' }).click();
  await expect(page.locator('.patterns__content')).toHaveAttribute('data-state', 'ready');
  const card = page.getByRole('region', { name: 'How your urges pass', exact: true });
  await card.scrollIntoViewIfNeeded();
  return card;
}

test('how your urges pass: a calm sentence before 3 rounds, then the median with its middle half', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await saveRound(page, [{ minute: 0, urge: 8 }, { minute: 2, urge: 7 }, { minute: 4, urge: 5 }, { minute: 6, urge: 3 }]);
  await saveRound(page, [{ minute: 0, urge: 9 }, { minute: 2, urge: 9 }, { minute: 4, urge: 6 }, { minute: 6, urge: 4 }]);
  // A single rating is not a round.
  await saveRound(page, [{ minute: 0, urge: 7 }]);

  let card = await openWave(page);
  await expect(card.locator('.chart-card__empty')).toHaveText(
    'After 3 rounds of the urge timer where you rated the urge more than once, you will see here how your urges tend to pass.',
  );
  await expect(card.getByRole('button', { name: 'Show as table' })).toHaveCount(0);
  await expect(card.locator('.recharts-surface')).toHaveCount(0);

  await saveRound(page, [{ minute: 0.2, urge: 6 }, { minute: 2.1, urge: 7 }, { minute: 4, urge: 4 }, { minute: 6.1, urge: 2 }]);
  await saveRound(page, [{ minute: 0, urge: 10 }, { minute: 1.9, urge: 8 }, { minute: 4.2, urge: 7 }, { minute: 5.9, urge: 5 }]);
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Journal' }).click();
  card = await openWave(page);
  await expect(card.locator('.chart-card__pending')).toHaveCount(0);
  // Four marks (0, 2, 4, 6 minutes), each a dot on the median line; the band behind them.
  await expect(card.locator('.chart-dot--median')).toHaveCount(4);
  await expect(card.locator('.chart-band path.recharts-area-area')).toHaveCount(1);
  await expect(card.getByRole('img', { name: 'How your urges pass, chart' })).toHaveAccessibleDescription(/4 rounds\. Your typical urge was 8\.5 at the start and 3\.5 after 6 minutes\./);
  await expect(card).toContainText('Based on 4 rounds in these dates with at least two ratings.');

  await card.getByRole('button', { name: 'Show as table' }).click();
  const rows = await card
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
  // Per mark, sorted: 0 → 6 8 9 10; 2 → 7 7 8 9; 4 → 4 5 6 7; 6 → 2 3 4 5.
  expect(rows).toEqual([
    ['0', '8.5', '6 to 9', '4'],
    ['2', '7.5', '7 to 8', '4'],
    ['4', '5.5', '4 to 6', '4'],
    ['6', '3.5', '2 to 4', '4'],
  ]);
  await expectAccessible(page);
  await card.getByRole('button', { name: 'Show as chart' }).click();
  await expect(card.locator('.chart-dot--median')).toHaveCount(4);

  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1100, height: 900 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    await card.screenshot({ path: `${SHOTS}/urge-wave-${scheme}.png` });
  }
  await expectAccessible(page);
});
