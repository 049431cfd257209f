import { test, expect } from './fixtures.ts';
import { harborCall } from './flows.ts';

test('the harness serves the app with a working window.harbor', async ({ page, harness }) => {
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Harbor' })).toBeVisible();
  expect(await harborCall(page, 'vaultStatus', {})).toMatchObject({ ok: true, value: { state: 'none' } });
});
