import { app, BrowserWindow, nativeTheme, screen } from 'electron';
import { join } from 'node:path';
import type { AppSettings, Settings } from './settings.ts';
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
export function createMainWindow(settings: Settings, preloadDir: string, title = 'Harbor'): BrowserWindow {
  const bounds = visibleBounds(settings.get('windowBounds'));
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title,
    // --bg of styles.css, so the window does not flash the other theme while it loads.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#161b1b' : '#f6f4ef',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(preloadDir, 'index.cjs')),
  });
  if (settings.get('windowBounds').maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    settings.set('windowBounds', { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  void window.loadURL(`${devServerOrigin() ?? APP_ORIGIN}/index.html`);
  return window;
}

/** Forget a saved position that is now off every screen (a monitor was unplugged). */
function visibleBounds(saved: AppSettings['windowBounds']): { x?: number; y?: number; width: number; height: number } {
  const { width, height } = saved;
  if (saved.x === undefined || saved.y === undefined) return { width, height };
  const onScreen = screen.getAllDisplays().some(({ workArea: a }) =>
    saved.x! < a.x + a.width && saved.x! + width > a.x && saved.y! < a.y + a.height && saved.y! + height > a.y,
  );
  return onScreen ? { x: saved.x, y: saved.y, width, height } : { width, height };
}
