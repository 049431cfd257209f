// `npm test`: every test layer, in order, each runner printing its own summary.
// Stops at the first failing layer and exits non-zero.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const steps = [
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['lint', 'npm', ['run', 'lint']],
  ['build', 'npx', ['electron-vite', 'build']],
  ['unit and integration (vitest)', 'npx', ['vitest', 'run']],
  ['e2e in the browser harness (Playwright + Chromium)', 'npx', ['playwright', 'test', '-c', 'playwright.config.ts']],
  ['electron (Playwright _electron)', 'npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const t = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log(`\nAll test layers passed in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
