// Builds the renderer when it is missing, then starts the harness (TypeScript run by Node 24 directly).
import { existsSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dev = process.argv.includes('--dev');
if (!dev && !existsSync(`${root}/out/renderer/index.html`) || !existsSync(`${root}/out/renderer/assets/harness-bridge.js`)) {
  console.log('Building Harbor first...');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const child = spawn(process.execPath, [`${root}/src/main/harness/cli.ts`, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
