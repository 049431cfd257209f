import { defineConfig } from 'vitest/config';

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
