import { defineConfig } from 'vitest/config';

// Dates are shown in the person's locale (src/shared/calendar.ts); the tests read them in one
// fixed locale. Set before the workers start: ICU reads it once, at process start.
process.env.LANG = 'en_GB.UTF-8';
process.env.LC_ALL = 'en_GB.UTF-8';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Native SQLite and scrypt are CPU-heavy; two workers match the 2-core machines.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
