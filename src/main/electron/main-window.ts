import { app, BrowserWindow, nativeTheme, screen } from 'electron';
import { join } from 'node:path';
import type { SettingsStore } from '../core/settings/settings-store.ts';
import { MIN_WINDOW, startBounds } from '../core/settings/window-settings.ts';
import { devServerOrigin } from './security.ts';
import { APP_ORIGIN } from './protocol.ts';

export const secureWebPreferences = (preload: string) =>
  ({
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Native and offline only on macOS; elsewhere it would download dictionaries.
    spellcheck: process.platform === 'darwin',
    devTools: !app.isPackaged,
  }) as const;

/** `title` until the page sets its own (neutral in discreet mode). */
export function createMainWindow(settings: SettingsStore, preloadDir: string, title = 'Harbor'): BrowserWindow {
  // Checked, never trusted: settings.json is plain JSON anyone can edit.
  const { maximized, ...bounds } = startBounds(
    settings.shellSetting('windowBounds'),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title,
    // --bg of styles.css, so the window does not flash the other theme while it loads.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#161b1b' : '#f6f4ef',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(preloadDir, 'index.cjs')),
  });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    settings.setShellSetting('windowBounds', { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  void window.loadURL(`${devServerOrigin() ?? APP_ORIGIN}/index.html`);
  return window;
}
