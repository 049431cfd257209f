import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';

// E2E against the browser harness in Debian's Chromium (never `npx playwright install`).
// Dates are shown in the person's locale: the page's (use.locale) and the harness's (LANG, read
// by ICU when the harness process starts; exports are made there). One fixed locale keeps the
// tests' expectations about dates deterministic.
process.env.LANG = 'en_GB.UTF-8';
process.env.LC_ALL = 'en_GB.UTF-8';
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    locale: 'en-GB',
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
  },
});
