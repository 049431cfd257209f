// `npm start`: build and open Harbor in Electron. Where Electron's program cannot be downloaded,
// say so in one sentence and open the browser harness (same core, same data folder) instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appDataDir, electronBinaryInstalled, planStart } from './start-plan.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));

const installed = electronBinaryInstalled(electronDir);
let download: { ok: boolean; output: string } | undefined;
if (!installed) {
  console.log('Downloading Electron (about 100 MB, only the first time)...');
  // Progress goes to the terminal; the error, if any, is kept to be said in one sentence.
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  download = { ok: result.status === 0 && electronBinaryInstalled(electronDir), output: `${result.stderr ?? ''}${result.error?.message ?? ''}` };
}

const plan = planStart({ installed, download, argv: process.argv.slice(2), defaultDataDir: appDataDir(process.platform, process.env) });
const electronVite = join(root, 'node_modules/electron-vite/bin/electron-vite.js');
if (plan.open === 'harness') {
  console.log(plan.message);
  if (plan.build && spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}
const command = plan.open === 'electron' ? [electronVite, 'preview', ...plan.args] : [join(root, 'scripts/harness.mjs'), ...plan.args];
const child = spawn(process.execPath, command, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
