// Electron entry: app lifecycle only. Everything that can run under plain Node lives in ../core.
import { app, BrowserWindow, dialog, globalShortcut, Menu, nativeTheme, powerMonitor, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarborCore } from '../core/harbor-core.ts';
import { resolveDataDir } from '../core/data-dir.ts';
import { electronKeychain } from './keychain.ts';
import { openWithElectronStore } from './settings-file.ts';
import { registerAppScheme, serveAppProtocol } from './protocol.ts';
import { devServerOrigin, hardenAllWebContents, hardenSession } from './security.ts';
import { registerIpc } from './ipc.ts';
import { createMainWindow, secureWebPreferences } from './main-window.ts';
import { buildAppMenu } from './app-menu.ts';
import { APP_ORIGIN } from './protocol.ts';
import { QuickWindowController, copingWindowFactory } from './coping-window.ts';
import { ShortcutManager } from './shortcuts.ts';
import { createTray } from './tray.ts';
import { windowIconPath } from './app-icons.ts';
import { saveFileWithDialog } from './export-file.ts';
import { startEveningReminder } from './reminder.ts';
import { importDialog } from './import-dialog.ts';
import { backupDialogs } from './backup-dialogs.ts';
import { word } from '../../shared/vocabulary.ts';
import { savedHotkey } from '../core/settings/window-settings.ts';
import { electronContactLinks } from './contact-links.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadDir = join(here, '../preload');

// Everything Harbor writes (journal, backups, settings, Chromium's files) is private to this account.
process.umask(0o077);
const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
app.setPath('userData', dataDir);
// Chromium's own profile files (cache, local storage) go in a subfolder, apart from Harbor's.
app.setPath('sessionData', join(dataDir, 'chromium'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  registerAppScheme();
  app.enableSandbox();
  hardenAllWebContents();
  // The hotkey shows the coping window, made once the app is ready (startCoping).
  let copingWindow: QuickWindowController | null = null;
  const shortcuts = new ShortcutManager({
    registrar: globalShortcut,
    onPressed: () => copingWindow?.show(),
    save: (accelerator) => core.settings.setShellSetting('copingHotkey', accelerator),
    platform: process.platform,
  });
  const focused = () => BrowserWindow.getFocusedWindow();
  const documents = () => app.getPath('documents');
  // What this computer offers the core, in one place (core/platform.ts). Dialogs open only when used.
  const core = new HarborCore({
    dataDir,
    platform: {
      keychain: electronKeychain,
      settingsFile: openWithElectronStore,
      saveFile: saveFileWithDialog({ dialog, window: focused, defaultFolder: documents }),
      backupDialogs: backupDialogs({ dialog, shell, window: focused, defaultFolder: documents }),
      importDialog: importDialog({ dialog, window: focused, defaultFolder: documents }),
      hotkey: shortcuts,
      contactLinks: electronContactLinks,
    },
  });
  let mainWindow: BrowserWindow | null = null;
  // Menu, tray and OS locks wait for the journal page to save and lock, when one is open.
  const lockFromOutside = () => void core.lockGracefully(mainWindow && !mainWindow.isDestroyed() ? undefined : 0);
  const trusted = (): WebContents[] =>
    BrowserWindow.getAllWindows()
      .filter((window) => !window.isDestroyed())
      .map((window) => window.webContents);

  const showMainWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow(core.settings, preloadDir, word('appName', core.settings.get().discreetMode));
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow();
  });

  app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveAppProtocol(rendererDir);
    registerIpc(core, trusted);
    // Theme and discreet mode: the native theme follows the setting, menus use neutral words.
    const menuActions = { lock: lockFromOutside, quit: () => app.quit() };
    // The task-bar icon (Windows, Linux; macOS shows the bundle's): Harbor's, or a plain note in discreet mode.
    const applyWindowIcon = (window: BrowserWindow) => {
      if (process.platform !== 'darwin') window.setIcon(windowIconPath(core.settings.get().discreetMode));
    };
    const applyAppearance = () => {
      const { theme, discreetMode } = core.settings.get();
      nativeTheme.themeSource = theme;
      Menu.setApplicationMenu(buildAppMenu(menuActions, word('appName', discreetMode)));
      for (const window of BrowserWindow.getAllWindows()) applyWindowIcon(window);
    };
    applyAppearance();
    core.onEvent((event) => {
      if (event.type === 'appearance') applyAppearance();
    });
    // Until a page has read the setting, its HTML <title> says "Harbor": keep every window neutral in discreet mode.
    app.on('browser-window-created', (_event, window) => {
      applyWindowIcon(window);
      window.on('page-title-updated', (titleEvent) => {
        if (!core.settings.get().discreetMode) return;
        titleEvent.preventDefault();
        window.setTitle(word('appName', true));
      });
    });
    // A locked screen or a sleeping laptop locks Harbor too, unless the person turned that off.
    const lockWithScreen = () => {
      if (core.settings.get().lockOnScreenLock) lockFromOutside();
    };
    powerMonitor.on('lock-screen', lockWithScreen);
    powerMonitor.on('suspend', lockWithScreen);
    showMainWindow();
    app.on('activate', showMainWindow);
    copingWindow = startCoping(core, shortcuts, showMainWindow, lockFromOutside);
    startEveningReminder({ core, dataDir, show: showMainWindow });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core.close());
}

/**
 * The coping box from anywhere: a hidden window made now, a global hotkey that shows
 * it, and a tray icon so Harbor keeps running when the main window is closed (the hidden coping
 * window keeps 'window-all-closed' from firing).
 */
function startCoping(core: HarborCore, shortcuts: ShortcutManager, showMainWindow: () => void, lock: () => void): QuickWindowController {
  const copingWindow = new QuickWindowController(
    copingWindowFactory({
      BrowserWindow,
      webPreferences: secureWebPreferences(join(preloadDir, 'index.cjs')),
      backgroundColor: () => (nativeTheme.shouldUseDarkColors ? '#161b1b' : '#f6f4ef'),
      title: () => word('copingWindowTitle', core.settings.get().discreetMode),
      url: `${devServerOrigin() ?? APP_ORIGIN}/coping.html`,
    }),
  );
  copingWindow.prepare();
  shortcuts.start(savedHotkey(core.settings.shellSetting('copingHotkey')));
  const tray = createTray(
    {
      openHarbor: showMainWindow,
      openCoping: () => copingWindow.show(),
      lock,
      quit: () => app.quit(),
    },
    () => core.settings.get().discreetMode,
  );
  core.onEvent((event) => {
    if (event.type === 'appearance') tray.refresh();
  });
  app.on('before-quit', () => copingWindow.allowClose());
  app.on('will-quit', () => shortcuts.stop());
  return copingWindow;
}
