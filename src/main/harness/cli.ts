// `npm run harness -- --data-dir DIR --port N [--open] [--dev]` (--dev: the renderer from Vite's dev server)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../core/data-dir.ts';
import { noKeychain } from '../core/keychain.ts';
import { startHarness } from './server.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const argv = process.argv.slice(2);
const portArg = argv.indexOf('--port');
const port = portArg >= 0 ? Number(argv[portArg + 1]) : 5199;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('Use --port N with N between 0 and 65535.');
  process.exit(2);
}
// Same as the app: everything written to the data folder is private to this account.
process.umask(0o077);
const dataDir = resolveDataDir(argv, process.env, join(root, '.tmp', 'harness-data'));
const dev = argv.includes('--dev');
const rendererDir = dev ? join(root, 'src', 'renderer') : join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built. Run `npm run build` first (npm run harness does this for you).');
  process.exit(2);
}

// Test-only speed-up for the KDF, never honoured by the app.
const fastKdf = process.env.HARBOR_TEST_FAST_KDF === '1' ? { N: 2 ** 12, r: 8, p: 1 } : undefined;
const harness = await startHarness({ dataDir, rendererDir, port, keychain: noKeychain, kdfCost: fastKdf, dev });
// One line, with the one-time sign-in code: the only way into the harness.
console.log(`Harbor harness listening on ${harness.signInUrl}`);
console.log(`Data folder: ${dataDir}`);
if (argv.includes('--open')) openInBrowser(harness.signInUrl);

/** The system's default browser, without a shell (the address is passed as one argument). */
function openInBrowser(address: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [address]]
      : process.platform === 'win32'
        ? ['rundll32', ['url.dll,FileProtocolHandler', address]]
        : ['xdg-open', [address]];
  const opener = spawn(command, args, { stdio: 'ignore', detached: true });
  opener.on('error', () => console.log('Could not open a browser: open the address above yourself.'));
  opener.unref();
}

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  void harness.close().then(() => {
    console.log(`Harbor harness stopped (${signal}).`);
    process.exit(0);
  });
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
