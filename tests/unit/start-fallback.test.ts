// `npm start` where Electron's program cannot be downloaded: one sentence, then the browser harness.
// No network is needed: the "download" goes to a closed local port and fails at once.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appDataDir, downloadFailureReason, electronBinaryInstalled, planStart } from '../../scripts/start-plan.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { signInCookie } from '../support/harness-sign-in.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function tempDir(): string {
  const temp = makeTempDir('harbor-start-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

/** A stand-in electron package folder: package.json, and optionally the installed binary's files. */
function electronPackage(binary: { version: string; executable: boolean } | null): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }));
  if (binary) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'version'), `v${binary.version}`);
    writeFileSync(join(dir, 'path.txt'), 'electron');
    if (binary.executable) writeFileSync(join(dir, 'dist', 'electron'), '');
  }
  return dir;
}

// What electron's install.js printed on this machine with no route to its download server.
const fetchFailed = `TypeError: fetch failed
    at node:internal/deps/undici/undici:16416:13
    at process.processTicksAndRejections (node:internal/process/task_queues:103:5)
    at async getResponse (/x/node_modules/@electron/get/dist/index.js:1:1)`;

describe('the start decision', () => {
  it('knows the binary is there only when the version matches and the executable exists', () => {
    expect(electronBinaryInstalled(electronPackage(null), {})).toBe(false);
    expect(electronBinaryInstalled(electronPackage({ version: '44.0.0', executable: true }), {})).toBe(false);
    expect(electronBinaryInstalled(electronPackage({ version: '45.5.0', executable: false }), {})).toBe(false);
    expect(electronBinaryInstalled(electronPackage({ version: '45.5.0', executable: true }), {})).toBe(true);
    // ELECTRON_OVERRIDE_DIST_PATH moves the executable, as in electron's own check.
    const elsewhere = tempDir();
    const withoutExecutable = electronPackage({ version: '45.5.0', executable: false });
    expect(electronBinaryInstalled(withoutExecutable, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBe(false);
    writeFileSync(join(elsewhere, 'electron'), '');
    expect(electronBinaryInstalled(withoutExecutable, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBe(true);
  });

  it('opens Electron, with the arguments as given, when the binary is there or was downloaded', () => {
    const argv = ['--', '--data-dir', '/j'];
    expect(planStart({ installed: true, argv, defaultDataDir: '/d' })).toEqual({ open: 'electron', args: argv });
    expect(planStart({ installed: false, download: { ok: true, output: '' }, argv, defaultDataDir: '/d' })).toEqual({ open: 'electron', args: argv });
  });

  it('says in one sentence why, then opens the harness on the app’s data folder, when the download fails', () => {
    const plan = planStart({ installed: false, download: { ok: false, output: fetchFailed }, argv: [], defaultDataDir: '/home/a/.config/harbor' });
    expect(plan.open).toBe('harness');
    if (plan.open !== 'harness') return;
    expect(plan.message).toContain('(fetch failed)');
    expect(plan.message).not.toContain('TypeError');
    expect(plan.message).not.toMatch(/\bat /);
    expect(plan.message.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(plan.args).toEqual(['--data-dir', '/home/a/.config/harbor']);
    expect(plan.build).toBe(true);
  });

  it('passes Harbor’s own arguments to the harness, and --skipBuild as electron-vite would take it', () => {
    const failed = { ok: false, output: fetchFailed };
    const plan = planStart({ installed: false, download: failed, argv: ['--skipBuild', '--', '--data-dir', '/j', '--port', '0'], defaultDataDir: '/d' });
    expect(plan).toMatchObject({ open: 'harness', build: false, args: ['--data-dir', '/j', '--port', '0'] });
    expect(planStart({ installed: false, download: failed, argv: ['--', '--data-dir=/j'], defaultDataDir: '/d' })).toMatchObject({ args: ['--data-dir=/j'] });
  });

  it('names the reason from the download’s output in a few words', () => {
    expect(downloadFailureReason(fetchFailed)).toBe('fetch failed');
    expect(downloadFailureReason('HTTPError: Response code 404 (Not Found) for https://x\n    at y')).toContain('404');
    expect(downloadFailureReason('')).toBe('no reason given');
  });

  it('uses Electron’s app-data folder for "harbor" on each system, or HARBOR_DATA_DIR', () => {
    expect(appDataDir('linux', {}, '/home/a')).toBe('/home/a/.config/harbor');
    expect(appDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe('/cfg/harbor');
    expect(appDataDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Application Support/harbor');
    expect(appDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toMatch(/Roaming[\\/]harbor$/);
    expect(appDataDir('linux', { HARBOR_DATA_DIR: '/mine' }, '/home/a')).toBe('/mine');
  });
});

describe('npm start without Electron', () => {
  it('prints one sentence and the harness address, and the address serves Harbor', async () => {
    expect(existsSync(join(root, 'out/renderer/index.html')), 'run `npx electron-vite build` first').toBe(true);
    const dataDir = tempDir();
    const child = spawn(process.execPath, [join(root, 'scripts/start.ts'), '--skipBuild', '--', '--data-dir', dataDir, '--port', '0'], {
      cwd: root,
      env: {
        ...process.env,
        // No binary here, and a download that cannot succeed without any network.
        ELECTRON_OVERRIDE_DIST_PATH: tempDir(),
        electron_config_cache: tempDir(),
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        HARBOR_TEST_FAST_KDF: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /(http:\/\/127\.0\.0\.1:\d+\S*)/.exec(out);
          if (match && out.includes('Data folder:')) resolve(match[1]!);
        });
        child.on('exit', (code) => reject(new Error(`start ended (${code}) before the harness listened:\n${out}\n${err}`)));
      });
      expect(out).toMatch(/^Electron's program could not be downloaded \([^)]+\), so Harbor opens in your browser instead/m);
      expect(`${out}${err}`).not.toMatch(/^TypeError/m);
      expect(out).toContain(`Data folder: ${dataDir}`);
      // The printed address signs in once; the page is served only with the cookie it sets.
      const page = await fetch(new URL('/', address), { headers: { cookie: await signInCookie(address) } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    }
  });
});
