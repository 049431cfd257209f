// Finds the Electron binary WITHOUT `require('electron')`: since Electron 45 that require tries
// to download the binary on the spot, which hangs or fails on machines without that network.
import { existsSync, readFileSync } from 'node:fs';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export type ElectronBinary = { path: string; skipReason: null } | { path: null; skipReason: string };

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const moduleDir = join(root, 'node_modules/electron');
  const pathFile = join(moduleDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : relative && join(moduleDir, 'dist', relative);
  if (!binary) {
    return missing(`node_modules/electron/path.txt is missing: the Electron binary was never downloaded (\`npx install-electron\` needs access to Electron's download server)`);
  }
  if (!existsSync(binary)) return missing(`the Electron binary ${binary} does not exist (run \`npx install-electron\`)`);
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return missing('no display to open a window on (run the tests under `xvfb-run -a`)');
  }
  return { path: binary, skipReason: null };
}

function missing(why: string): ElectronBinary {
  return { path: null, skipReason: `Electron binary not available: ${why}. The browser harness e2e tests cover the UI; tests/unit/electron-layer.test.ts covers the built Electron layer.` };
}

/** Starts the built app on its own data folder, as a person would start it. */
export function launchBuiltApp(binaryPath: string, dataDir: string): Promise<ElectronApplication> {
  // Chromium refuses to start as root with its OS sandbox (CI containers); the page keeps
  // `sandbox: true` either way, which is what these tests check.
  const chromiumFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return electron.launch({
    executablePath: binaryPath,
    args: [...chromiumFlags, root, '--data-dir', dataDir],
    cwd: root,
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
}
