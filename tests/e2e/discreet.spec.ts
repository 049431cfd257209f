// Discreet mode as a person uses it: turned on in Settings, then every screen walked — the journal
// (check-in, history, search), Patterns, the coping box with its timer and plan, the safety plan,
// Recovery and support after a hard day, Settings, the lock screen, the locked coping window and
// "Need help now?" — and none shows "self-harm", "relapse" or "suicide" in any form, in its text,
// its labels or the window title. Only the crisis lines' own names inside "Need help now?" stay.
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expect, expectAccessible, test } from './fixtures.ts';
import { harborCall, lockWithButton, openSetUp } from './flows.ts';
import { starterCrisisLines } from '../../src/shared/crisis-lines.ts';

const SHOTS = '.tmp/shots';
test.use({ actionTimeout: 10_000 });
mkdirSync(SHOTS, { recursive: true });
const OWN_LINE = { service: '988 Suicide & Crisis Lifeline', reach: 'call or text 988' };
/** Names that may stay as they are, and only inside "Need help now?". */
const CRISIS_NAMES = [...starterCrisisLines.map((line) => line.service), OWN_LINE.service];

/** The three words discreet mode never shows. */
const REVEALING = 'self[\\s-]?harm|relapse|suicid';
/** ...and, in discreet mode, the app's own name: "Notes" stands in for it, in sentences too. */
const REVEALING_OR_NAME = `${REVEALING}|\\bharbor\\b`;

/**
 * Every revealing word a person could see on the page now: visible text, the labels a screen
 * reader or a tooltip shows, and the window title. Written as page source (no DOM types here).
 */
async function revealingWordsOnScreen(page: Page, pattern = REVEALING): Promise<string[]> {
  return page.evaluate(
    `(() => {
      const revealing = new RegExp(${JSON.stringify(pattern)}, 'i');
      const crisisNames = new Set(${JSON.stringify(CRISIS_NAMES)});
      const found = [];
      if (revealing.test(document.title)) found.push('title: ' + document.title);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (!revealing.test(text) || !parent || !parent.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true })) continue;
        if (crisisNames.has(text.trim()) && parent.closest('.crisis-help__panel')) continue;
        found.push('text: ' + text.trim());
      }
      for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        if (!element.checkVisibility()) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = element.getAttribute(name);
          if (value && revealing.test(value)) found.push(name + ': ' + value);
        }
      }
      return found;
    })()`,
  );
}

async function expectDiscreet(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await revealingWordsOnScreen(page, REVEALING_OR_NAME), where).toEqual([]);
}

function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Notes' });
}

async function go(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await nav(page).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function openNeedHelp(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Need help now?' }).first().click();
  await expect(page.locator('.crisis-help__panel').first()).toBeVisible();
}

test('discreet mode: no screen shows a revealing word', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await openSetUp(page, harness.url);
  const today = await harborCall(page, 'journalToday', {});
  const day = today.ok ? today.value.day : ''; // the check-in's day (the evening before, after midnight)
  // A history that uses every revealing answer: a check-in with self-harm, a noted hard day, a plan
  // with a national line picked from the starter list, and the person's own crisis line.
  expect(
    await harborCall(page, 'journalSaveEntry', {
      day,
      checkIn: { mood: 2, peakUrge: 8, selfHarm: 'yes', triggers: [{ name: 'an argument', kind: 'situation' }], reflection: 'A long evening after work' },
    }),
  ).toMatchObject({ ok: true });
  expect(await harborCall(page, 'relapseRecord', { day })).toMatchObject({ ok: true });
  const plan = await harborCall(page, 'safetyPlanGet', {});
  expect(plan.ok).toBe(true);
  if (!plan.ok) return;
  expect(
    await harborCall(page, 'safetyPlanSave', {
      sections: { ...plan.value.sections, warning_signs: 'I stop answering messages', alone: 'Cold water on my face' },
      contacts: [
        { section: 'helpers', name: 'Sam', reach: '07700 900123', country: '' },
        { section: 'professionals', name: starterCrisisLines[0]!.service, reach: starterCrisisLines[0]!.reach, country: starterCrisisLines[0]!.country },
        { section: 'professionals', name: OWN_LINE.service, reach: OWN_LINE.reach, country: '' },
      ],
    }),
  ).toMatchObject({ ok: true });

  expect(await harborCall(page, 'hopeBoxSave', { id: null, kind: 'reason', text: 'My sister’s wedding in June' })).toMatchObject({ ok: true });

  // Turn it on where a person would, and see what changes.
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Use neutral words' }).check();
  await expect(page).toHaveTitle('Notes');
  await expectDiscreet(page, 'settings');
  // The usual words beside the discreet ones, folded away until the person asks for them.
  await page.getByText('The words discreet mode changes').click();
  const table = page.getByRole('table', { name: 'What discreet mode says instead' });
  await expect(table.getByRole('row', { name: 'Coping box Toolbox' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'I self-harmed Something happened' })).toBeVisible();
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/discreet-settings.png` });
  await page.getByText('The words discreet mode changes').click();
  await expect(table).toBeHidden();
  await expect(nav(page).getByRole('button')).toHaveText(['Journal', 'Patterns', 'Toolbox', 'My plan', 'Progress', 'Settings', 'Lock']);

  // The journal: today's check-in with its answers and the crisis lines under it, history, search.
  await go(page, 'Journal', 'Journal');
  await expect(page.getByRole('group', { name: 'Did you act on an urge today?' })).toBeVisible();
  await page.locator('.check-in__crisis summary').click();
  await expect(page.getByText('988 Lifeline', { exact: true }).first()).toBeVisible();
  await expectDiscreet(page, 'journal check-in');
  await page.screenshot({ path: `${SHOTS}/discreet-journal.png`, fullPage: true });
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByText('A long evening after work').first()).toBeVisible();
  await expectDiscreet(page, 'journal history');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('evening');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('mark').first()).toBeVisible();
  await expectDiscreet(page, 'journal search');

  // Patterns, with its settings and the urge chart as a table.
  await go(page, 'Patterns', 'Patterns');
  await expect(page.getByTestId('weekly-summary')).toContainText('You acted on an urge on the day you noted.');
  await expect(page.getByRole('group', { name: 'Days you acted on an urge' })).toBeVisible();
  const showTable = page.getByRole('button', { name: 'Show as table' });
  await expect(showTable.first()).toBeVisible();
  while ((await showTable.count()) > 0) await showTable.first().click();
  await expect(page.getByRole('columnheader', { name: 'Acted on an urge' })).toBeVisible();
  await expectDiscreet(page, 'patterns');

  // The coping box: its timer running, its plan open, "Need help now?" open.
  await go(page, 'Toolbox', 'Toolbox');
  await page.getByRole('button', { name: 'Pick one for me' }).click();
  const timer = page.getByRole('region', { name: 'Urge timer' });
  const rating = timer.getByRole('group', { name: 'How strong is the urge right now?' });
  if (await rating.isVisible()) await rating.getByRole('radio', { name: '6', exact: true }).check();
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await expect(timer.getByRole('button', { name: 'Stop the timer' })).toBeVisible();
  await page.getByRole('button', { name: 'Your plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeVisible();
  // The hope box reads as keepsakes: what matters, not why.
  const keepsakes = page.getByRole('region', { name: 'Keepsakes' });
  await expect(keepsakes.getByRole('heading', { name: 'What matters to me' })).toBeVisible();
  await expect(keepsakes.getByText('My sister’s wedding in June')).toBeVisible();
  await keepsakes.getByRole('button', { name: 'Add something that matters' }).click();
  await expect(page.getByRole('dialog', { name: 'Add something that matters' })).toBeVisible();
  await expectDiscreet(page, 'toolbox keepsakes');
  await page.keyboard.press('Escape');
  await expect(keepsakes.getByText(/hope box|reasons? for living/i)).toHaveCount(0);
  await openNeedHelp(page);
  await expectDiscreet(page, 'toolbox with timer, plan and help');
  await page.screenshot({ path: `${SHOTS}/discreet-toolbox.png`, fullPage: true });
  await timer.getByRole('button', { name: 'Stop the timer' }).click();

  // The safety plan.
  await go(page, 'My plan', 'My plan');
  await expect(page.getByRole('form', { name: 'Your plan' })).toBeVisible();
  await expectDiscreet(page, 'safety plan');
  // The wallet card: the "not encrypted" warning first, then a neutrally named file.
  await page.getByRole('button', { name: 'Make a wallet card' }).click();
  await expect(page.getByRole('dialog', { name: 'This file will not be encrypted' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make the card' }).click();
  expect((await download).suggestedFilename()).toBe('notes-card.pdf');
  await expect(page.getByText('Your file notes-card.pdf is ready in your downloads. It is not encrypted.')).toBeVisible();
  await expectDiscreet(page, 'safety plan after the wallet card');

  // Recovery: the phases, the hard days, sharing with a therapist.
  await go(page, 'Progress', 'Progress');
  await page.getByRole('radio', { name: 'Awareness and decision' }).check();
  await expectDiscreet(page, 'recovery phases');
  await page.getByRole('button', { name: 'After a hard day' }).click();
  await page.getByRole('button', { name: 'Reflect', exact: true }).first().click();
  await expectDiscreet(page, 'recovery hard days');
  // What led up to it, with a link, so every step's words are on screen at some point.
  await page.getByRole('button', { name: 'What led up to it' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'What led up to it' })).toBeVisible();
  await expectDiscreet(page, 'chain analysis');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'The links' }).click();
  await page.getByRole('button', { name: 'Add a link' }).click();
  await page.getByLabel('In a few words').fill('Tired');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'What happened' }).click();
  await expectDiscreet(page, 'chain analysis, what happened');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Where it could break' }).click();
  await page.getByLabel('What could have broken the chain here?').fill('An early night');
  await expect(page.getByRole('button', { name: 'Add to my plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add to my toolbox' })).toBeVisible();
  await expectDiscreet(page, 'chain analysis, where it could break');
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('button', { name: 'Share with a therapist' }).click();
  await expectDiscreet(page, 'recovery share');

  // Support after a hard day, from the journal, noted and reflected on.
  await go(page, 'Journal', 'Journal');
  await page.getByRole('button', { name: 'Something happened' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A hard day is a setback, not a failure' })).toBeVisible();
  await expectDiscreet(page, 'support after a hard day');
  await page.screenshot({ path: `${SHOTS}/discreet-support.png`, fullPage: true });
  await page.getByRole('button', { name: 'Note that it happened' }).click();
  await page.getByRole('button', { name: 'Reflect now' }).click();
  await expect(page.getByRole('button', { name: 'Add to my toolbox' })).toBeVisible();
  await expectDiscreet(page, 'reflection');
  await expectAccessible(page);

  // Locked: the lock screen with "Need help now?" open, then the coping box from it.
  await nav(page).getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
  await expectDiscreet(page, 'lock screen');
  await openNeedHelp(page);
  await expect(page.locator('.crisis-help__panel').getByText(OWN_LINE.service).first()).toBeVisible();
  await expectDiscreet(page, 'lock screen with help open');
  await page.screenshot({ path: `${SHOTS}/discreet-lock.png`, fullPage: true });

  // The locked coping window, as the hotkey opens it.
  await page.goto(`${harness.url}/coping.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Toolbox' })).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  await expectDiscreet(page, 'locked coping window');
  await openNeedHelp(page);
  await expectDiscreet(page, 'locked coping window with help open');
  await page.screenshot({ path: `${SHOTS}/discreet-coping-window.png`, fullPage: true });
});

test('the check can fail: with discreet mode off the same screens say what they are for', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  await page.getByRole('button', { name: 'I self-harmed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A relapse is a setback, not a failure' })).toBeVisible();
  expect((await revealingWordsOnScreen(page)).length).toBeGreaterThan(0);
  await lockWithButton(page);
  await page.getByRole('button', { name: 'Need help now?' }).click();
  // Inside "Need help now?" the lines' names are allowed: the lock screen is clean.
  expect(await revealingWordsOnScreen(page)).toEqual([]);
});

test('the coping window before any script runs: its title is the app’s name, never what it is for', async ({ browser, harness }) => {
  // The title the window shows until the page reads discreet mode (main then keeps "Notes" there).
  const context = await browser.newContext({ javaScriptEnabled: false });
  await harness.signIn(context);
  const page = await context.newPage();
  await page.goto(`${harness.url}/coping.html`);
  await expect(page.getByText('Need help now?')).toBeVisible();
  await expect(page).toHaveTitle('Harbor');
  await page.goto(`${harness.url}/`);
  await expect(page).toHaveTitle('Harbor');
  await context.close();
});
