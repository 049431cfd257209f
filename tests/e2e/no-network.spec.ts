// No network: a person uses every screen of Harbor in the browser harness while
// every request the pages make is recorded, at the page and at the context (routing) level.
// Requests that would leave the harness origin are recorded and stopped there; there must be none.
// In the desktop app, the session itself refuses every URL that is not an app page: that is
// tests/unit/electron-layer.test.ts, "lets the session load only the app’s own pages".
import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { lockWithButton, openSetUp, unlock } from './flows.ts';

interface Recorder {
  all: string[];
  external: string[];
}

async function recordRequests(context: BrowserContext, origin: string): Promise<Recorder> {
  const recorder: Recorder = { all: [], external: [] };
  const leaves = (url: string) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:');
  // Routing sees every request of every page, worker and popup in the context before it is sent.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    recorder.all.push(url);
    if (leaves(url)) {
      recorder.external.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  // And the page-level events, which also report what routing does not see (data: URLs, websockets).
  const watch = (page: Page) => {
    page.on('request', (request) => {
      if (leaves(request.url()) && !recorder.external.includes(request.url())) recorder.external.push(request.url());
    });
    page.on('websocket', (socket) => recorder.external.push(`websocket ${socket.url()}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return recorder;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Harbor' });

async function openScreen(page: Page, label: string): Promise<void> {
  await nav(page).getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('a person uses every screen: no request leaves the harness origin', async ({ page, context, harness }) => {
  test.setTimeout(90_000);
  const origin = new URL(harness.url).origin;
  const recorder = await recordRequests(context, origin);

  // Setup.
  await openSetUp(page, harness.url);

  // Journal: write a check-in, then find it.
  await openScreen(page, 'Journal');
  await page.getByRole('group', { name: 'How was your mood today?' }).getByRole('radio', { name: '3 Okay' }).check();
  await page.getByLabel('Anything else about today').fill('Rain on the harbour wall, then tea.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(/^Check-in saved at/).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('harbour');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('1 check-in found.')).toBeVisible();

  // Every screen in the navigation, whatever screens exist now.
  const labels = (await nav(page).getByRole('button').allInnerTexts()).map((t) => t.trim()).filter((t) => t && t !== 'Lock');
  expect(labels.length).toBeGreaterThanOrEqual(5);
  for (const label of labels) await openScreen(page, label);

  // Coping box: pick one, start the urge timer, stop it.
  await openScreen(page, 'Coping box');
  await page.getByRole('button', { name: /Pick (one for me|another)/ }).click();
  const timer = page.getByRole('region', { name: 'Urge timer' });
  await timer.getByRole('radio', { name: '5 minutes', exact: true }).check();
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await timer.getByRole('group', { name: 'How strong is the urge right now?' }).getByRole('button', { name: '6', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Stop the timer' })).toBeVisible();
  await timer.getByRole('button', { name: 'Stop the timer' }).click();

  // Safety plan: write and save.
  await openScreen(page, 'Safety plan');
  await page.getByLabel('Warning signs').fill('I stop answering messages.');
  await page.getByRole('button', { name: 'Save your plan' }).click();
  await expect(page.getByText('Your safety plan is saved.')).toBeVisible();

  // Settings, then lock and unlock.
  await openScreen(page, 'Settings');
  await lockWithButton(page);
  await unlock(page);

  // The coping page while locked (what the hotkey opens), with its timer.
  await lockWithButton(page);
  await page.goto(`${harness.url}/coping.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
  const lockedTimer = page.getByRole('region', { name: 'Urge timer' });
  await lockedTimer.getByRole('radio', { name: '5 minutes', exact: true }).check();
  await lockedTimer.getByRole('button', { name: 'Start the timer' }).click();
  await lockedTimer.getByRole('group', { name: 'How strong is the urge right now?' }).getByRole('button', { name: '7', exact: true }).click();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByText('Samaritans', { exact: true })).toBeVisible();

  // Back to the lock screen, and a last look for anything sent late.
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor is locked' })).toBeVisible();
  await page.waitForTimeout(500);

  const figures = { name: 'no_network', external_requests: recorder.external.length, requests_recorded: recorder.all.length, screens_visited: labels.length };
  console.log(JSON.stringify(figures));
  if (process.env.HARBOR_RELIABILITY_OUT) writeFileSync(process.env.HARBOR_RELIABILITY_OUT, JSON.stringify({ ...figures, external: recorder.external }));
  expect(recorder.all.length).toBeGreaterThan(10);
  expect(recorder.external).toEqual([]);

  // The recorder itself works: a request to another origin (a TEST-NET address, stopped by the route) is caught.
  await page.goto('http://198.51.100.7/probe').catch(() => undefined);
  expect(recorder.external).toContain('http://198.51.100.7/probe');
});
