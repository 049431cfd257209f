// The foundation flows as a person does them, for any e2e test that needs a set-up or unlocked Harbor.
import type { Page } from '@playwright/test';
import { expect, PASSPHRASE } from './fixtures.ts';
import type { ApiMethod, MethodInput, MethodOutput } from '../../src/shared/contract/index.ts';
import type { Result } from '../../src/shared/result.ts';

export const RECOVERY_CODE_PATTERN = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/;

/** Welcome → passphrase → recovery code → app. Returns the recovery code that was shown. */
export async function completeSetup(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await page.getByRole('button', { name: 'Choose a passphrase' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Continue' }).click();
  const code = await readRecoveryCode(page);
  await page.getByRole('checkbox', { name: 'I have saved my recovery code somewhere safe' }).check();
  await page.getByRole('button', { name: 'Continue to Harbor' }).click();
  await skipCrisisSteps(page);
  await expect(page.getByRole('navigation', { name: 'Harbor' })).toBeVisible();
  return code;
}

/** The optional first steps for a crisis after the recovery code: skip all three, then finish. */
export async function skipCrisisSteps(page: Page): Promise<void> {
  // The third names the app: "Notes" when discreet mode is already on.
  for (const title of ['A crisis line for hard moments', 'The first steps of your plan', /^While (Harbor|Notes) is locked$/]) {
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Skip for now' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'One key for hard moments' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish' }).click();
}

/** The recovery code as shown on screen (groups joined with dashes). */
export async function readRecoveryCode(page: Page): Promise<string> {
  const shown = page.getByTestId('recovery-code');
  await expect(shown).toBeVisible();
  const code = (await shown.innerText()).replace(/\s+/g, '');
  expect(code).toMatch(RECOVERY_CODE_PATTERN);
  return code;
}

export async function lockWithButton(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor is locked' })).toBeVisible();
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Harbor' })).toBeVisible();
}

/** Opens the app at the harness and sets it up; ends on the unlocked shell. */
export async function openSetUp(page: Page, url: string, passphrase = PASSPHRASE): Promise<string> {
  await page.goto(url);
  return completeSetup(page, passphrase);
}

/** Calls window.harbor inside the page, as the UI would (typed by the contract; no DOM types needed here). */
export async function harborCall<M extends ApiMethod>(page: Page, method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  const result = await page.evaluate(
    ([name, args]) => {
      const api = (globalThis as unknown as { harbor: Record<string, (input: unknown) => Promise<unknown>> }).harbor;
      return api[name]!(args);
    },
    [method, input] as [string, unknown],
  );
  return result as Result<MethodOutput<M>>;
}


export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
}
