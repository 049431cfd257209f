// The built app in the real Electron binary (Playwright `_electron`): a person sets Harbor up,
// locks and unlocks it, and the window is as isolated as main says it is. Where the binary is
// missing (no download access) or there is no display, every test reports itself skipped with
// the reason; the built Electron layer is still proven by tests/unit/electron-layer.test.ts.
import { test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { apiMethods } from '../../src/shared/contract/index.ts';
import { completeSetup, lockWithButton, unlock } from '../e2e/flows.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { findElectronBinary, launchBuiltApp } from './electron-binary.ts';

const binary = findElectronBinary();

interface Harbor {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
}

const test = base.extend<{ harbor: Harbor }>({
  // eslint-disable-next-line no-empty-pattern
  harbor: async ({}, use) => {
    const temp = makeTempDir('harbor-electron-app-');
    const app = await launchBuiltApp(binary.path!, temp.dir);
    const page = await app.firstWindow();
    await use({ app, page, dataDir: temp.dir });
    await app.close();
    temp.cleanup();
  },
});

test.describe('the built Electron app', () => {
  test.skip(binary.path === null, binary.skipReason ?? '');

  test('first run: set up, lock and unlock through the UI', async ({ harbor: { page, dataDir } }) => {
    expect(page.url()).toBe('app://harbor/index.html');
    await completeSetup(page);
    // The vault is on disk in the data dir given on the command line.
    expect(readdirSync(dataDir).length).toBeGreaterThan(0);
    await lockWithButton(page);
    await unlock(page);
  });

  test('every window is isolated, sandboxed and without Node', async ({ harbor: { app } }) => {
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        // Undocumented but present (and widely used in tests): what the web contents really got.
        const contents = window.webContents as unknown as { getURL(): string; getLastWebPreferences(): Record<string, unknown> | null };
        return { url: contents.getURL(), prefs: contents.getLastWebPreferences() };
      }),
    );
    expect(windows.map((w) => w.url)).toContain('app://harbor/index.html');
    for (const { url, prefs } of windows) {
      expect(prefs, url).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
      expect(String(prefs?.preload), url).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    }
  });

  test('the page sees only window.harbor: the contract’s methods and onEvent, no Node', async ({ harbor: { page } }) => {
    const seen = await page.evaluate(() => {
      const harbor = (globalThis as unknown as { harbor: Record<string, unknown> }).harbor;
      let evalBlocked = false;
      try {
        (0, eval)('1');
      } catch {
        evalBlocked = true; // CSP without 'unsafe-eval'
      }
      return {
        keys: Object.keys(harbor).sort(),
        require: typeof (globalThis as Record<string, unknown>).require,
        process: typeof (globalThis as Record<string, unknown>).process,
        module: typeof (globalThis as Record<string, unknown>).module,
        buffer: typeof (globalThis as Record<string, unknown>).Buffer,
        evalBlocked,
      };
    });
    expect(seen.keys).toEqual([...apiMethods, 'onEvent'].sort());
    expect(seen).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined', buffer: 'undefined', evalBlocked: true });
  });

  test('the page cannot reach the network', async ({ harbor: { page } }) => {
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return 'reached';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
  });
});
