// Electron entry: app lifecycle only. Everything that can run under plain Node lives in ../core.
import { app, BrowserWindow, Menu, powerMonitor, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarborCore } from '../core/harbor-core.ts';
import { resolveDataDir } from '../core/data-dir.ts';
import { electronKeychain } from './keychain.ts';
import { openSettings } from './settings.ts';
import { registerAppScheme, serveAppProtocol } from './protocol.ts';
import { hardenSession } from './security.ts';
import { registerIpc } from './ipc.ts';
import { createMainWindow } from './main-window.ts';
import { buildAppMenu } from './app-menu.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadDir = join(here, '../preload');

const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
app.setPath('userData', dataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  registerAppScheme();
  app.enableSandbox();
  const core = new HarborCore({ dataDir, keychain: electronKeychain });
  let mainWindow: BrowserWindow | null = null;
  const trusted = (): WebContents[] =>
    BrowserWindow.getAllWindows()
      .filter((window) => !window.isDestroyed())
      .map((window) => window.webContents);

  const showMainWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow(openSettings(dataDir), preloadDir);
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  app.on('second-instance', showMainWindow);

  app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveAppProtocol(rendererDir);
    registerIpc(core, trusted);
    Menu.setApplicationMenu(buildAppMenu({ lock: () => void core.lockGracefully(), quit: () => app.quit() }));
    // A locked screen or a sleeping laptop locks Harbor too.
    powerMonitor.on('lock-screen', () => void core.lockGracefully());
    powerMonitor.on('suspend', () => void core.lockGracefully());
    showMainWindow();
    app.on('activate', showMainWindow);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core.close());
}
