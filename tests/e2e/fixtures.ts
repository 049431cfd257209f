// Each test gets its own data dir and its own harness process on a free port, and its browser
// context signs in through the address that harness printed.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { makeTempDir } from '../support/temp-dir.ts';
import { startHarnessProcess, type HarnessProcess } from '../support/harness-process.ts';

export const PASSPHRASE = 'quiet harbour evening';

interface Fixtures {
  dataDir: string;
  harness: HarnessProcess;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const temp = makeTempDir('harbor-e2e-');
    await use(temp.dir);
    temp.cleanup();
  },
  harness: async ({ dataDir }, use) => {
    const harness = await startHarnessProcess(dataDir);
    await use(harness);
    await harness.stop();
  },
  context: async ({ context, harness }, use) => {
    await harness.signIn(context);
    await use(context);
  },
});

export { expect };

/**
 * Waits for the page to settle: a colour transition still running after a theme switch (120 ms)
 * would otherwise be judged, or photographed, half-way. Endless animations, like the breathing
 * guide, are left running. (Given as page source: this tsconfig has no DOM types.)
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(`Promise.all(
    document.getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined)),
  ).then(() => true)`);
}

/** axe scan of the settled page: no serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
