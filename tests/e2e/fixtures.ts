// Each test gets its own data dir and its own harness process on a free port.
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
});

export { expect };

/** axe scan: no serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
