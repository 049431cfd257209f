// The coping window in the real Electron binary: made hidden at start-up, always on top,
// sandboxed and isolated, shown by the global hotkey. Where the binary (or a display) is missing,
// each test reports itself skipped with the reason; the built wiring is still proven under the
// stand-in by tests/unit/coping-electron.test.ts.
import { test as base, expect, type ElectronApplication } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { makeTempDir } from '../support/temp-dir.ts';
import { findElectronBinary, launchBuiltApp } from './electron-binary.ts';

const binary = findElectronBinary();
/** A real key press needs an X display and xdotool; Playwright cannot press OS-wide hotkeys. */
const xdotool = spawnSync('xdotool', ['--version']).status === 0 && Boolean(process.env.DISPLAY);

const test = base.extend<{ app: ElectronApplication }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const temp = makeTempDir('harbor-electron-coping-');
    const app = await launchBuiltApp(binary.path!, temp.dir);
    await app.firstWindow();
    await use(app);
    await app.close();
    temp.cleanup();
  },
});

async function copingWindowState(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/coping.html'));
    if (!window) return null;
    const contents = window.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
    return { id: window.id, visible: window.isVisible(), onTop: window.isAlwaysOnTop(), prefs: contents.getLastWebPreferences(), count: BrowserWindow.getAllWindows().length };
  });
}

test.describe('the coping window in Electron', () => {
  test.skip(binary.path === null, binary.skipReason ?? '');

  test('is made at start-up, hidden, always on top, sandboxed and context-isolated', async ({ app }) => {
    await expect.poll(() => copingWindowState(app)).not.toBeNull();
    const state = (await copingWindowState(app))!;
    expect(state).toMatchObject({ visible: false, onTop: true });
    expect(state.prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    const page = app.windows().find((p) => p.url().endsWith('/coping.html'))!;
    await expect(page.getByRole('heading', { level: 1, name: 'Coping box' })).toBeVisible();
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).require)).toBe('undefined');
  });

  test('the global hotkey shows the same pre-created window', async ({ app }) => {
    test.skip(!xdotool, 'Pressing an OS-wide hotkey needs xdotool and an X display (DISPLAY); neither is available here.');
    await expect.poll(() => copingWindowState(app)).not.toBeNull();
    const before = (await copingWindowState(app))!;
    await app.evaluate(({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/coping.html'))!;
      window.once('show', () => ((globalThis as Record<string, unknown>).__copingShownAt = Date.now()));
    });
    const pressedAt = Date.now();
    execFileSync('xdotool', ['key', 'ctrl+alt+h']);
    await expect.poll(async () => (await copingWindowState(app))?.visible).toBe(true);
    const after = (await copingWindowState(app))!;
    expect(after.id).toBe(before.id);
    expect(after.count).toBe(before.count);
    const shownAt = (await app.evaluate(() => (globalThis as Record<string, unknown>).__copingShownAt)) as number;
    console.log(JSON.stringify({ name: 'coping.hotkey-to-visible', value: shownAt - pressedAt, unit: 'ms', target: 100 }));
  });
});
