import { test, expect } from './fixtures.ts';

test('the harness serves the app with a working window.harbor', async ({ page, harness }) => {
  await page.goto(harness.url);
  await expect(page.getByText('none')).toBeVisible();
});
