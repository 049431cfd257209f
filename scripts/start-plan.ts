// What `npm start` does: open Harbor in Electron when its binary is there (or can be downloaded),
// otherwise say why in one sentence and open the browser harness on the same data folder.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The same check as electron's own install.js: the version file matches and the executable exists. */
export function electronBinaryInstalled(electronDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string };
    const installedVersion = readFileSync(join(electronDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    if (installedVersion !== version) return false;
    const executable = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    return existsSync(join(env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist'), executable));
  } catch {
    return false;
  }
}

/** The reason a failed download gives, in a few words: the last error line of its output, without the stack. */
export function downloadFailureReason(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('at '));
  const error = lines.findLast((line) => /error|failed|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN/i.test(line)) ?? lines.at(-1);
  return (error ?? 'no reason given').replace(/^(Type|Request)?Error:\s*/, '').slice(0, 120);
}

export type StartPlan =
  | { open: 'electron'; args: string[] }
  | { open: 'harness'; message: string; build: boolean; args: string[] };

/**
 * The decision, given whether the binary is there and how the download went. Electron gets the
 * arguments as they are (electron-vite's own, such as --skipBuild, then after `--` Harbor's, such as
 * `--data-dir DIR`). The harness gets Harbor's, and the app's default data folder, so it opens the
 * same journal; it is built first unless --skipBuild asks not to, as electron-vite would.
 */
export function planStart(input: {
  installed: boolean;
  download?: { ok: boolean; output: string };
  argv: readonly string[];
  defaultDataDir: string;
}): StartPlan {
  if (input.installed || input.download?.ok) return { open: 'electron', args: [...input.argv] };
  const build = !input.argv.includes('--skipBuild');
  const harborArgs = input.argv.filter((arg) => arg !== '--' && arg !== '--skipBuild');
  const hasDataDir = harborArgs.some((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  const reason = downloadFailureReason(input.download?.output ?? '');
  return {
    open: 'harness',
    build,
    message: `Electron's program could not be downloaded (${reason}), so Harbor opens in your browser instead, with the same journal: use the address below.`,
    args: hasDataDir ? harborArgs : [...harborArgs, '--data-dir', input.defaultDataDir],
  };
}

/**
 * Electron's default app-data folder for this package (`app.getPath('userData')` for the name
 * "harbor"), used when neither --data-dir nor HARBOR_DATA_DIR is given.
 */
export function appDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home = homedir()): string {
  if (env.HARBOR_DATA_DIR) return env.HARBOR_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'harbor');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'harbor');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'harbor');
}
