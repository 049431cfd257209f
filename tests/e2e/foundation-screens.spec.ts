// Every foundation screen passes axe in light and dark. With HARBOR_SCREENSHOTS=DIR set, each screen
// is also saved as DIR/<scheme>-<name>.png so a person can look at them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectAccessible, PASSPHRASE } from './fixtures.ts';
import { lockWithButton, skipCrisisSteps } from './flows.ts';
import { startHarnessProcess } from '../support/harness-process.ts';
import { KEY_FILE_NAME } from '../../src/main/core/key-file.ts';

const screenshotDir = process.env.HARBOR_SCREENSHOTS;

for (const scheme of ['light', 'dark'] as const) {
  test(`every foundation screen is accessible (${scheme})`, async ({ page, harness, dataDir }) => {
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.emulateMedia({ colorScheme: scheme });
    const check = async (name: string) => {
      await expectAccessible(page);
      if (screenshotDir) {
        mkdirSync(screenshotDir, { recursive: true });
        await page.screenshot({ path: join(screenshotDir, `${scheme}-${name}.png`), fullPage: true });
      }
    };
    const heading = (name: string) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    await page.goto(harness.url);
    await heading('Welcome to Harbor');
    await check('01-welcome');
    await page.getByRole('button', { name: 'Need help now?' }).click();
    await check('02-welcome-help');

    await page.getByRole('button', { name: 'Choose a passphrase' }).click();
    await heading('Choose a passphrase');
    await check('03-passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill('tide');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await check('04-passphrase-error');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading('Your recovery code');
    await check('05-recovery-code');
    await page.getByRole('button', { name: 'Continue to Harbor' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await check('06-recovery-code-unticked');
    await page.getByRole('checkbox', { name: 'I have saved my recovery code somewhere safe' }).check();
    await page.getByRole('button', { name: 'Continue to Harbor' }).click();
    await skipCrisisSteps(page);

    const nav = page.getByRole('navigation', { name: 'Harbor' });
    const places: [string, string][] = [
      ['Journal', 'journal'],
      ['Patterns', 'patterns'],
      ['Coping box', 'coping'],
      ['Safety plan', 'safety-plan'],
      ['Settings', 'settings'],
    ];
    for (const [index, [label, file]] of places.entries()) {
      await nav.getByRole('button', { name: label, exact: true }).click();
      await expect(nav.getByRole('button', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await check(`${10 + index}-${file}`);
    }
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByRole('button', { name: 'Save new passphrase' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await check('16-settings-change-passphrase');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Make a new recovery code' }).click();
    await page.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Make new code' }).click();
    await expect(page.getByTestId('recovery-code')).toBeVisible();
    await check('17-settings-new-recovery-code');
    await page.getByRole('checkbox', { name: 'I have saved my recovery code somewhere safe' }).check();
    await page.getByRole('button', { name: 'Done' }).click();

    await lockWithButton(page);
    await check('20-lock');
    await page.getByLabel('Passphrase', { exact: true }).fill('not it');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await check('21-lock-wrong-passphrase');
    await page.getByRole('button', { name: 'Need help now?' }).click();
    await check('22-lock-help');
    await page.getByRole('button', { name: 'Use your recovery code' }).click();
    await heading('Unlock with your recovery code');
    await check('23-recovery-unlock');
    await page.getByRole('button', { name: 'Unlock and save new passphrase' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await check('24-recovery-unlock-errors');

    await harness.stop();
    writeFileSync(join(dataDir, KEY_FILE_NAME), 'not a key file');
    const restarted = await startHarnessProcess(dataDir);
    try {
      await page.goto(restarted.signInUrl);
      await heading('Harbor cannot open your journal');
      await check('30-error');
    } finally {
      await restarted.stop();
    }
  });
}
