import { defineConfig } from '@playwright/test';

// Playwright `_electron` against the built app. Where the Electron binary is missing (as on the
// machines this project is built on) each test reports itself skipped with that reason.
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['./tests/electron/skip-reasons-reporter.ts']],
  outputDir: 'test-results/electron',
});
