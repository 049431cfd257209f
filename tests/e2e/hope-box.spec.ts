// The hope box, as a person would use it: two reasons for living, a letter, a photo chosen from a
// file (a real PNG made here, larger than the long-side limit, so it is made smaller) and a voice
// note (a real WAV made here, played with the keyboard); all shown in the coping box; the letter
// opened from the keyboard; one reason deleted.
import { wav as wavSamples } from '../support/wav.ts';
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expect, expectAccessible, settled, test } from './fixtures.ts';
import { harborCall, lockWithButton, openSetUp } from './flows.ts';
import { gradientPng } from '../support/png.ts';

const SHOTS = '/work/notes/shots/hopebox';
mkdirSync(SHOTS, { recursive: true });

async function shootBoth(page: Page, name: string, target: ReturnType<Page['getByRole']>): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    await target.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A real WAV of quiet tone, `seconds` long. */
const wav = (seconds: number) => wavSamples(8000 * seconds, 220);

test('keep reasons, a letter, a photo and a voice note in the hope box, open the letter, delete a reason', async ({ page, harness }) => {
  const photoFile = join(tmpdir(), `harbor-hope-${process.pid}.png`);
  writeFileSync(photoFile, gradientPng(2400, 1200));
  await openSetUp(page, harness.url);
  await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Coping box' }).click();
  const hope = page.getByRole('region', { name: 'Hope box' });
  await expect(hope.getByText('A place for what reminds you why to keep going')).toBeVisible();

  // A reason, from the keyboard; Escape closes the dialog without keeping anything.
  await hope.getByRole('button', { name: 'Add a reason for living' }).focus();
  await page.keyboard.press('Enter');
  const reasonDialog = page.getByRole('dialog', { name: 'Add a reason for living' });
  await expect(reasonDialog.getByLabel('In a few words')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reasonDialog).toHaveCount(0);
  for (const reason of ['My dog Pixel, who waits by the door', 'Seeing the sea again in summer']) {
    await hope.getByRole('button', { name: 'Add a reason for living' }).click();
    await page.keyboard.type(reason);
    await page.keyboard.press('Enter');
    await expect(reasonDialog).toHaveCount(0);
  }
  const reasons = hope.getByRole('region', { name: 'Reasons for living' }).getByRole('listitem');
  await expect(reasons).toHaveText([/My dog Pixel/, /Seeing the sea/]);

  // A letter: an empty one is refused in plain words, and the title typed stays.
  await hope.getByRole('button', { name: 'Add a letter or message' }).click();
  const letterDialog = page.getByRole('dialog', { name: 'Add a letter or message' });
  await letterDialog.getByLabel('Title').fill('From Mum');
  await letterDialog.getByRole('button', { name: 'Save' }).click();
  await expect(letterDialog.getByRole('alert')).toHaveText('Write the letter or message, or cancel.');
  await expect(letterDialog.getByLabel('Title')).toHaveValue('From Mum');
  await letterDialog.getByLabel('The letter or message').fill('You are loved, always.\nCall me any time, day or night.');
  await letterDialog.getByRole('button', { name: 'Save' }).click();
  await expect(letterDialog).toHaveCount(0);

  // A photo chosen with the file picker, described in the person's own words.
  await hope.getByRole('button', { name: 'Add a photo' }).click();
  const photoDialog = page.getByRole('dialog', { name: 'Add a photo' });
  await photoDialog.getByRole('button', { name: 'Save' }).click();
  await expect(photoDialog.getByRole('alert')).toHaveText('Choose a photo first.');
  await photoDialog.getByLabel('Choose a photo').setInputFiles(photoFile);
  await photoDialog.getByLabel('A few words about it').fill('The beach with Sam');
  await expect(photoDialog.getByRole('img', { name: 'The beach with Sam' })).toBeVisible();
  await expectAccessible(page);
  await shootBoth(page, 'add-photo', photoDialog);
  await photoDialog.getByRole('button', { name: 'Save' }).click();
  await expect(photoDialog).toHaveCount(0);
  const shown = hope.getByRole('img', { name: 'The beach with Sam' });
  await expect(shown).toBeVisible();
  // Made smaller in the page: at most 1600 px on the long side.
  expect(await shown.evaluate((img) => { const { naturalWidth, naturalHeight } = img as unknown as { naturalWidth: number; naturalHeight: number }; return [naturalWidth, naturalHeight]; })).toEqual([1600, 800]);

  // A voice note chosen from a file (a real WAV made here), played with the keyboard.
  const wavFile = join(tmpdir(), `harbor-hope-${process.pid}.wav`);
  writeFileSync(wavFile, wav(2));
  await hope.getByRole('button', { name: 'Add a voice note' }).click();
  const voiceDialog = page.getByRole('dialog', { name: 'Add a voice note' });
  await voiceDialog.getByLabel('Choose a recording').setInputFiles(wavFile);
  await voiceDialog.getByLabel('A few words about it').fill('Gran singing');
  await voiceDialog.getByRole('button', { name: 'Save' }).click();
  await expect(voiceDialog).toHaveCount(0);
  const player = hope.getByLabel('Play: Gran singing');
  await expect.poll(() => player.evaluate((el) => (el as unknown as { duration: number }).duration)).toBeGreaterThan(1.9);
  await player.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => player.evaluate((el) => (el as unknown as { paused: boolean }).paused)).toBe(false);
  await page.keyboard.press('Space');
  await expect.poll(() => player.evaluate((el) => (el as unknown as { paused: boolean }).paused)).toBe(true);

  // The letter opens from the keyboard.
  const letter = hope.getByRole('region', { name: 'Letters and messages' });
  await expect(letter.getByText('You are loved, always.')).toBeHidden();
  await letter.getByText('From Mum').focus();
  await page.keyboard.press('Enter');
  await expect(letter.getByText(/You are loved, always\./)).toBeVisible();
  await expectAccessible(page);
  await shootBoth(page, 'hope-box', hope);

  // Delete one reason, asked once; the rest stays.
  await hope.getByRole('button', { name: 'Delete “Seeing the sea again in summer”' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Seeing the sea again in summer” from your hope box?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(reasons).toHaveText([/My dog Pixel/]);
  await expect(hope.getByRole('img', { name: 'The beach with Sam' })).toBeVisible();
});

test('while locked, under the person’s choice, the hope box shows reasons and letters; photos wait for unlock', async ({ page, harness }) => {
  await openSetUp(page, harness.url);
  expect(await harborCall(page, 'copingSetLockedAccess', { choice: 'while-locked' })).toMatchObject({ ok: true });
  expect(await harborCall(page, 'hopeBoxSave', { id: null, kind: 'reason', text: 'My dog Pixel, who waits by the door' })).toMatchObject({ ok: true });
  expect(await harborCall(page, 'hopeBoxSave', { id: null, kind: 'letter', title: 'To me, on a hard day', text: 'This feeling passes. It has before.' })).toMatchObject({ ok: true });
  const photo = { id: null, kind: 'photo', caption: 'The beach with Sam', image: { type: 'image/png', base64: gradientPng(40, 20).toString('base64') } } as const;
  expect(await harborCall(page, 'hopeBoxSave', photo)).toMatchObject({ ok: true });
  await lockWithButton(page);

  await page.goto(`${harness.url}/coping.html`);
  const hope = page.getByRole('region', { name: 'Hope box' });
  await expect(hope.getByText('My dog Pixel, who waits by the door')).toBeVisible();
  await hope.getByText('To me, on a hard day').click();
  await expect(hope.getByText('This feeling passes. It has before.')).toBeVisible();
  await expect(hope.getByText('Photos and voice notes open after you unlock.')).toBeVisible();
  await expect(hope.getByRole('img')).toHaveCount(0);
  await expect(hope.getByRole('button')).toHaveCount(0);
  await expectAccessible(page);
  await shootBoth(page, 'hope-box-locked', hope);
});
