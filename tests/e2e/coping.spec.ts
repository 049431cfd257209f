// The coping box, the urge timer and the safety plan, used as a person would, in the harness.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, settled } from './fixtures.ts';
import { harborCall, lockWithButton, openSetUp, readClipboard, unlock } from './flows.ts';

const SCREENS = '.tmp/shots';

async function openCopingScreen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Coping box' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sensory engagement' })).toBeVisible();
}

async function screenshotBoth(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${SCREENS}/${name}-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}


test('add, refuse an empty title, hide, favourite, reorder and pick one for me', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openCopingScreen(page);

  // Add your own, with a note; an empty title is refused with a message.
  await page.getByRole('button', { name: 'Add your own' }).click();
  const form = page.getByRole('form', { name: 'Add your own' });
  await form.getByRole('button', { name: 'Add to your box' }).click();
  await expect(form.getByText('Give it a short title')).toBeVisible();
  await form.getByLabel('Kind').selectOption({ label: 'Sensory engagement' });
  await form.getByLabel('Title').fill('Lemon sweets');
  await form.getByLabel('Your note (optional)').fill('the lemon sweets in the drawer');
  await form.getByRole('button', { name: 'Add to your box' }).click();
  const sensory = page.getByRole('region', { name: 'Sensory engagement' });
  await expect(sensory.getByText('Lemon sweets', { exact: true })).toBeVisible();
  await expect(sensory.getByText('the lemon sweets in the drawer')).toBeVisible();

  // Reorder with the keyboard-accessible buttons.
  await page.getByRole('button', { name: 'Change: Lemon sweets' }).click();
  await page.getByRole('button', { name: 'Move up: Lemon sweets' }).click();
  await expect(sensory.getByRole('listitem').nth(1)).toContainText('Lemon sweets');
  await expect(page.getByRole('button', { name: 'Move up: Lemon sweets' })).toBeFocused();

  // Hide one: it leaves the box and waits under Hidden items.
  await page.getByRole('button', { name: 'Change: Hold an ice cube' }).click();
  await page.getByRole('button', { name: 'Hide: Hold an ice cube' }).click();
  await expect(sensory.getByText('Hold an ice cube')).toHaveCount(0);
  await expect(page.getByText('Hidden items (1)')).toBeVisible();

  // Favourite.
  await page.getByRole('button', { name: 'Favourite: Lemon sweets' }).click();
  await expect(page.getByRole('button', { name: 'Favourite: Lemon sweets' })).toHaveAttribute('aria-pressed', 'true');

  await screenshotBoth(page, 'coping-screen');
  await expectAccessible(page);

  // Pick one for me: a visible item, never the hidden one.
  const visibleTitles = await page.locator('.box__kind .box__title').allInnerTexts();
  for (let i = 0; i < 6; i++) {
    await page.getByRole('button', { name: /Pick (one for me|another)/ }).click();
    const picked = page.locator('.picked__title');
    await expect(picked).toBeVisible();
    const title = await picked.innerText();
    expect(title).not.toBe('Hold an ice cube');
    expect(visibleTitles).toContain(title);
  }
  await expect(page.getByText('How about this:')).toBeVisible();

  // Everything survives a reload.
  await page.reload();
  await openCopingScreen(page);
  await expect(page.getByRole('region', { name: 'Sensory engagement' }).getByText('Lemon sweets', { exact: true })).toBeVisible();
  await expect(page.getByText('Hidden items (1)')).toBeVisible();
});

test('start the timer in one press, rate it when asked, tick what you use, and see it pass', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  // One timer minute lasts 2 s here (5 minutes: 10 s): the harness-only test hook, see test-hook.ts.
  await page.goto(`${harness.url}/coping.html?test-minute-ms=2000`);
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
  const timer = page.getByRole('region', { name: 'Urge timer' });
  await timer.getByRole('radio', { name: '5 minutes', exact: true }).check();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // One press: the timer runs, and only then asks about the urge.
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await expect(timer.getByText(/Breathe (in slowly|out, a little longer)/)).toBeVisible();
  const first = timer.getByRole('group', { name: 'How strong is the urge right now?' });
  await expect(first).toBeVisible();
  await screenshotBoth(page, 'coping-timer-running');
  await first.getByRole('button', { name: '7', exact: true }).click();
  await expect(first).toHaveCount(0);

  // Tick several items used during the round.
  const used = timer.getByRole('group', { name: 'What are you using?' });
  await used.getByRole('checkbox', { name: 'Hold an ice cube' }).check();
  await used.getByRole('checkbox', { name: 'Listen to soothing music' }).check();

  // Every 2 (test) minutes, one tap again; the keyboard works too.
  const again = timer.getByRole('group', { name: 'How strong is the urge now?' });
  await expect(again).toBeVisible({ timeout: 8_000 });
  await screenshotBoth(page, 'coping-timer-rerate');
  await again.getByRole('button', { name: '5', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(again).toHaveCount(0);

  await expect(timer.getByRole('heading', { name: 'The time is up. You stayed with it.' })).toBeVisible({ timeout: 15_000 });
  const end = timer.getByRole('group', { name: 'What did you use?' });
  await expect(end.getByRole('checkbox', { name: 'Hold an ice cube' })).toBeChecked();
  await expect(end.getByRole('checkbox', { name: 'Listen to soothing music' })).toBeChecked();
  await timer.getByRole('group', { name: 'How strong is the urge now? (optional)' }).getByRole('radio', { name: '3', exact: true }).check();
  await timer.getByLabel('What helped? (optional)').fill('Breathing and the cold water');
  await expectAccessible(page);
  await timer.getByRole('button', { name: 'Save and finish' }).click();
  await expect(timer.getByRole('heading', { name: 'The urge has eased. You rode it out.' })).toBeVisible();
  await expect(timer.getByText(/^Your urge was 7 at the start, 5 after \d+ minutes, 3 after 5 minutes\.$/)).toBeVisible();
  await expect(timer.getByText('Saved in your journal.')).toBeVisible();
  await expect(timer.getByRole('heading', { name: 'Reach a person' })).toHaveCount(0);
  await screenshotBoth(page, 'coping-timer-end-eased');
  await expectAccessible(page);

  // "What helps" counts every item ticked.
  const uses = await harborCall(page, 'patternsOverview', { weeks: 4 });
  if (!uses.ok) throw new Error(uses.error.message);
  expect(uses.value.whatHelps.notEnoughData.map((i) => i.title).sort()).toEqual(['Hold an ice cube', 'Listen to soothing music']);
});

test('a round whose urge rises ends on another round, the safety plan, then a person', async ({ page, harness, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
  await openSetUp(page, harness.url);
  const plan = await harborCall(page, 'safetyPlanSave', {
    sections: {
      warning_signs: '',
      alone: 'Cold water on my face. The blue playlist.',
      distractions: '',
      helpers: '',
      professionals: '',
      safer_surroundings: '',
      reasons: 'My sister, my cat.',
    },
    contacts: [{ section: 'helpers', name: 'Sam', reach: 'call or text 07700 900123', country: '' }],
  });
  expect(plan.ok).toBe(true);
  await page.goto(`${harness.url}/coping.html?test-minute-ms=1000`);
  // Pick one for me: the result sits at the top of the box, ready to start with.
  await page.getByRole('button', { name: 'Pick one for me' }).click();
  const pickedTitle = await page.locator('.picked__title').innerText();
  await page.getByRole('button', { name: 'Start the timer with this' }).click();
  const timer = page.getByRole('region', { name: 'Urge timer' });
  await expect(timer.getByRole('group', { name: 'What are you using?' }).getByRole('checkbox', { name: pickedTitle })).toBeChecked();
  await timer.getByRole('group', { name: 'How strong is the urge right now?' }).getByRole('button', { name: '6', exact: true }).click();
  await timer.getByRole('group', { name: 'How strong is the urge now?' }).getByRole('button', { name: '8', exact: true }).click({ timeout: 6_000 });
  await timer.getByRole('button', { name: 'Stop the timer' }).click();
  await timer.getByRole('group', { name: 'How strong is the urge now? (optional)' }).getByRole('radio', { name: '9', exact: true }).check();
  await timer.getByRole('button', { name: 'Save and finish' }).click();

  // The three ways on, in this order; never a bare number.
  const ways = timer.getByRole('region', { name: 'The urge is still strong. You do not have to face it alone.' });
  await expect(ways.getByRole('heading', { level: 3 })).toBeFocused();
  const order = await ways.locator('.ways-on__list > li').evaluateAll((items) => items.map((li) => (li.textContent ?? '').slice(0, 40)));
  expect(order[0]).toContain('Give it another round');
  expect(order[1]).toContain('Read the steps you wrote');
  expect(order[2]).toContain('Reach a person');
  await expect(ways.getByRole('button', { name: 'Start another round' })).toBeVisible();
  await expect(ways.getByRole('button', { name: 'Open your safety plan' })).toBeVisible();
  await expect(ways.getByText('Sam', { exact: true })).toBeVisible();
  await expect(ways.getByRole('heading', { name: 'Crisis lines' })).toBeVisible();
  await expect(ways.getByText('Samaritans', { exact: true })).toBeVisible();
  // The harness cannot open calls or texts, and says so; the number copies in one click.
  await expect(ways.getByRole('button', { name: 'Call Sam' })).toHaveCount(0);
  await expect(ways.getByText('Calling and texting open from the Harbor desktop app. Here, copy the number into your phone.')).toBeVisible();
  await ways.getByRole('button', { name: 'Copy number for Sam' }).click();
  await expect(ways.getByRole('status').filter({ hasText: 'Copied the number for Sam' })).toHaveCount(1);
  expect(await readClipboard(page)).toBe('07700900123');
  await expect(timer.getByText(/^Your urge was 6 at the start, 8 after [23] minutes, 9 after \d+ minutes\.$/)).toBeVisible();
  await screenshotBoth(page, 'coping-timer-end-rose');
  await expectAccessible(page);

  // The safety plan, one press away.
  await ways.getByRole('button', { name: 'Open your safety plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your safety plan', level: 2 })).toBeFocused();
  await expect(page.getByText('Cold water on my face. The blue playlist.')).toBeVisible();
  // Another round, in one press.
  await ways.getByRole('button', { name: 'Start another round' }).click();
  await expect(timer.getByRole('group', { name: 'How strong is the urge right now?' })).toBeVisible();
});

test('an urge timer keeps running while you look at another screen', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  // One timer minute lasts 4 s here (5 minutes: 20 s): the harness-only test hook, see test-hook.ts.
  await page.goto(`${harness.url}/?test-minute-ms=4000`);
  await openCopingScreen(page);
  await page.getByRole('button', { name: 'Pick one for me' }).click();
  const pickedTitle = await page.locator('.picked__title').innerText();
  const timer = page.getByRole('region', { name: 'Urge timer' });
  await timer.getByRole('radio', { name: '5 minutes', exact: true }).check();
  await page.getByRole('button', { name: 'Start the timer with this' }).click();
  await timer.getByRole('group', { name: 'How strong is the urge right now?' }).getByRole('button', { name: '6', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Stop the timer' })).toBeVisible();
  const secondsLeft = async () => {
    const [minutes, seconds] = (await page.locator('.timer__time').innerText()).split(':').map(Number) as [number, number];
    return minutes * 60 + seconds;
  };
  const whenLeaving = await secondsLeft();

  // On the Coping box screen the timer is right there; elsewhere the navigation shows it.
  const nav = page.getByRole('navigation', { name: 'Harbor' });
  await expect(nav.getByRole('button', { name: /^Urge timer/ })).toHaveCount(0);
  await nav.getByRole('button', { name: 'Safety plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeVisible();
  const status = nav.getByRole('button', { name: /^Urge timer About \d+ minutes left\.$/ });
  await expect(status).toBeVisible();
  await page.waitForTimeout(2000);
  await screenshotBoth(page, 'coping-timer-elsewhere');
  await expectAccessible(page);

  // Back to it in one click: the same run, further on, with what was picked before.
  await status.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
  await expect(timer.getByRole('button', { name: 'Stop the timer' })).toBeVisible();
  expect(await secondsLeft()).toBeLessThan(whenLeaving);
  await timer.getByRole('button', { name: 'Stop the timer' }).click();
  await expect(timer.getByRole('heading', { name: 'You stopped the timer. That is all right.' })).toBeVisible();
  await expect(timer.getByRole('checkbox', { name: pickedTitle })).toBeChecked();
  await timer.getByRole('group', { name: 'How strong is the urge now? (optional)' }).getByRole('radio', { name: '4', exact: true }).check();
  await timer.getByRole('button', { name: 'Save and finish' }).click();
  await expect(timer.getByText(/^Your urge was 6 at the start, .*4 after \d+ minutes?\.$/)).toBeVisible();
  // Finished: the navigation no longer shows it, and the next run starts afresh.
  await nav.getByRole('button', { name: 'Journal' }).click();
  await expect(nav.getByRole('button', { name: /^Urge timer/ })).toHaveCount(0);
  await nav.getByRole('button', { name: 'Coping box' }).click();
  await timer.getByRole('button', { name: 'Start another timer' }).click();
  await expect(timer.getByRole('button', { name: 'Start the timer' })).toBeVisible();
});

test('fill, save and print-preview the safety plan', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Safety plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeVisible();

  await page.getByLabel('Warning signs').fill('I stop answering messages and stay in my room.');
  await page.getByLabel('Things I can do on my own').fill('A walk by the river. The blue playlist.');
  await page.getByLabel('My reasons for living').fill('My sister, my cat, the trip in May.');
  await page.getByRole('button', { name: 'Add a person' }).nth(1).click();
  const person = page.getByRole('group', { name: 'Person 1' });
  await person.getByLabel('Name').fill('Sam');
  await person.getByLabel('How to reach them').fill('call or text 07700 900123');

  // A national line, labelled by country, with the "check the number" advice.
  await page.getByText('Pick a national crisis line').click();
  await expect(page.getByText('Check the number for where you live')).toBeVisible();
  await page.getByRole('button', { name: 'Add Samaritans (United Kingdom and Ireland)' }).click();
  const service = page.getByRole('group', { name: 'Service 1' });
  await expect(service.getByLabel('Name')).toHaveValue('Samaritans');
  await expect(service.getByLabel('Country (optional)')).toHaveValue('United Kingdom and Ireland');

  // A row without a name is refused with a message, and nothing is lost.
  await page.getByRole('button', { name: 'Add a professional or service' }).click();
  await page.getByRole('button', { name: 'Save your plan' }).click();
  await expect(page.getByText('Add a name for each person or service, or remove the empty row.')).toBeVisible();
  await page.getByRole('button', { name: 'Remove service 2' }).click();
  await page.getByRole('button', { name: 'Save your plan' }).click();
  await expect(page.getByText('Your safety plan is saved.')).toBeVisible();
  await screenshotBoth(page, 'safety-plan-editor');
  await expectAccessible(page);

  await page.reload();
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Safety plan' }).click();
  await expect(page.getByLabel('Warning signs')).toHaveValue('I stop answering messages and stay in my room.');
  await expect(page.getByRole('group', { name: 'Person 1' }).getByLabel('Name')).toHaveValue('Sam');

  // Print preview: only the plan, no navigation and no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Harbor' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save your plan' })).toBeHidden();
  const printed = page.locator('.print-only');
  await expect(printed).toBeVisible();
  await expect(printed.getByText('I stop answering messages and stay in my room.')).toBeVisible();
  await expect(printed.getByText('Samaritans')).toBeVisible();
  await expect(printed.getByText('call or text 07700 900123')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/safety-plan-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // One step from the coping box: crisis help shows the person's own people first.
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Coping box' }).click();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  const help = page.locator('.crisis-help__panel');
  await expect(help.getByText('Sam', { exact: true })).toBeVisible();
  await expect(help.getByText('United States')).toBeVisible();
  await page.getByRole('button', { name: 'Your safety plan' }).click();
  await expect(page.getByRole('region', { name: 'Your safety plan' }).getByText('My sister, my cat, the trip in May.')).toBeVisible();
  await screenshotBoth(page, 'coping-crisis-help');
  await expectAccessible(page);
});

test('the coping view opens while Harbor is locked, and uses made then wait for unlock', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await openCopingScreen(page);
  await page.getByRole('button', { name: 'Add your own' }).click();
  await page.getByLabel('Title').fill('Lemon sweets');
  await page.getByRole('button', { name: 'Add to your box' }).click();
  await expect(page.getByText('Lemon sweets', { exact: true })).toBeVisible();
  await lockWithButton(page);

  // No keychain in the harness and no choice made yet: the starter box, and why.
  await page.goto(`${harness.url}/coping.html?test-minute-ms=4000`);
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your own plan and box open after you unlock.' })).toBeVisible();
  await expect(page.getByText('Hold an ice cube')).toBeVisible();
  await expect(page.getByText('Lemon sweets', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add your own' })).toHaveCount(0);
  await screenshotBoth(page, 'coping-locked-starter');
  await expectAccessible(page);
  // The size of the hotkey window.
  await page.setViewportSize({ width: 440, height: 680 });
  await screenshotBoth(page, 'coping-window-size');
  await page.setViewportSize({ width: 1280, height: 720 });

  // The timer works while locked; the use is kept sealed until the next unlock.
  const timer = page.getByRole('region', { name: 'Urge timer' });
  await timer.getByRole('radio', { name: '5 minutes', exact: true }).check();
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await timer.getByRole('group', { name: 'How strong is the urge right now?' }).getByRole('button', { name: '8', exact: true }).click();
  await expect(timer.getByText('This will be added to your journal the next time you unlock Harbor.')).toBeVisible();
  await timer.getByRole('button', { name: 'Stop the timer' }).click();
  await timer.getByRole('group', { name: 'How strong is the urge now? (optional)' }).getByRole('radio', { name: '4', exact: true }).check();
  await timer.getByRole('button', { name: 'Save and finish' }).click();
  await expect(timer.getByText('This will be added to your journal the next time you unlock Harbor.')).toBeVisible();

  // From the lock screen too, in one step.
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor is locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Open coping box' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByText('Samaritans', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to unlock' }).click();
  await unlock(page);

  // Choose "also while locked": without a keychain, Harbor says plainly it is unencrypted.
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: /Also while Harbor is locked/ }).check();
  await expect(page.getByText(/stored unencrypted in Harbor's data folder: anyone who can open your files/)).toBeVisible();
  await screenshotBoth(page, 'coping-settings');
  await lockWithButton(page);
  await page.goto(`${harness.url}/coping.html`);
  await expect(page.getByText('Harbor is locked. Your coping box and safety plan are here; your journal stays locked.')).toBeVisible();
  await expect(page.getByText('Lemon sweets', { exact: true })).toBeVisible();
  await screenshotBoth(page, 'coping-locked-own-box');
});
