// A recording stand-in for the main-process `electron` module, so the BUILT main bundle
// (out/main/index.js) runs under plain Node. It is a mock only at the edge we cannot run here
// (the Electron binary): everything behind it — the core, the encrypted database, the protocol
// handler, the IPC sender check — is the app's real code. It records what the app asks of
// Electron; driver.mjs lets a test poke the recorded handlers the way Electron would.
// electron.mjs is the module the app gets for `import ... from 'electron'`.
//
// Only the APIs the app uses exist. Importing anything else fails at link time, on purpose:
// a new Electron API in the app must be added here, consciously.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = process.env;

/** Everything the app asked of Electron, in a shape the driver can serialise. */
export const recorded = {
  log: [], // { call, ready } in call order
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  session: null,
  applicationMenu: null,
  dialogs: [],
  openedExternally: [],
  netFetches: [],
  windows: [],
  trays: [],
  globalShortcuts: new Map(),
  saveDialogs: [],
  openDialogs: [],
  shownInFolder: [],
  notifications: [],
};

let ready = false;
let quitting = false;
const note = (call) => recorded.log.push({ call, ready });

// ---------------------------------------------------------------- app
class App extends EventEmitter {
  #paths = { userData: join(tmpdir(), 'harbor-standin-userdata'), home: tmpdir(), temp: tmpdir(), documents: tmpdir() };
  #whenReady = Promise.withResolvers();
  isPackaged = env.HARBOR_STANDIN_PACKAGED === '1';
  commandLine = { appendSwitch: (name, value) => note(`app.commandLine.appendSwitch ${name}${value ? `=${value}` : ''}`) };

  getPath(name) {
    if (!(name in this.#paths)) throw new Error(`stand-in: app.getPath('${name}') is not modelled`);
    return this.#paths[name];
  }
  setPath(name, value) {
    note(`app.setPath ${name}`);
    this.#paths[name] = value;
  }
  paths() {
    return { ...this.#paths };
  }
  getVersion() {
    return '0.0.0-standin';
  }
  getName() {
    return 'Harbor';
  }
  /** The apps this stand-in's computer has for link schemes: HARBOR_STANDIN_PROTOCOL_APPS=tel,sms. */
  getApplicationNameForProtocol(url) {
    note(`app.getApplicationNameForProtocol ${url}`);
    const scheme = String(url).split(':')[0];
    return (env.HARBOR_STANDIN_PROTOCOL_APPS ?? '').split(',').includes(scheme) ? `Stand-in ${scheme} app` : '';
  }
  isReady() {
    return ready;
  }
  whenReady() {
    return this.#whenReady.promise;
  }
  requestSingleInstanceLock() {
    note('app.requestSingleInstanceLock');
    return env.HARBOR_STANDIN_SECOND_INSTANCE !== '1';
  }
  enableSandbox() {
    if (ready) throw new Error('app.enableSandbox() must be called before app is ready');
    note('app.enableSandbox');
  }
  quit() {
    note('app.quit');
    if (quitting) return;
    quitting = true;
    this.emit('before-quit', { preventDefault() {} });
    this.emit('will-quit', { preventDefault() {} });
    this.emit('quit');
  }
  /** Electron emits 'ready' once the main script has run; here, once the module graph has. */
  becomeReady() {
    if (quitting) return;
    ready = true;
    this.emit('ready', {}, {});
    this.#whenReady.resolve();
  }
}
export const app = new App();

// ---------------------------------------------------------------- protocol, session, net
export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    note('protocol.registerSchemesAsPrivileged');
    recorded.privilegedSchemes.push(...structuredClone(schemes).map((s) => ({ ...s, beforeReady: !ready })));
  },
  handle(scheme, handler) {
    if (!ready) throw new Error('protocol.handle() needs the app to be ready');
    if (recorded.protocolHandlers.has(scheme)) throw new Error(`Protocol ${scheme} is already handled`);
    note(`protocol.handle ${scheme}`);
    recorded.protocolHandlers.set(scheme, handler);
  },
  isProtocolHandled: (scheme) => recorded.protocolHandlers.has(scheme),
};

function makeSession() {
  const handlers = {};
  const store = (name) => (handler) => {
    note(`session.${name}`);
    handlers[name] = handler;
  };
  return {
    handlers,
    setPermissionRequestHandler: store('setPermissionRequestHandler'),
    setPermissionCheckHandler: store('setPermissionCheckHandler'),
    setDevicePermissionHandler: store('setDevicePermissionHandler'),
    setDisplayMediaRequestHandler: store('setDisplayMediaRequestHandler'),
    setSpellCheckerEnabled(enabled) {
      note(`session.setSpellCheckerEnabled ${enabled}`);
      handlers.spellCheckerEnabled = enabled;
    },
    setSpellCheckerDictionaryDownloadURL(url) {
      note(`session.setSpellCheckerDictionaryDownloadURL ${url}`);
      handlers.dictionaryDownloadURL = url;
    },
    webRequest: {
      onBeforeRequest(filterOrListener, maybeListener) {
        note('session.webRequest.onBeforeRequest');
        handlers.onBeforeRequest = maybeListener ?? filterOrListener;
        handlers.onBeforeRequestFilter = maybeListener ? filterOrListener : null;
      },
    },
  };
}
export const session = {
  get defaultSession() {
    if (!ready) throw new Error('session.defaultSession needs the app to be ready');
    return (recorded.session ??= makeSession());
  },
};

export const net = {
  // The app should never need the network stack; any use is recorded and refused.
  fetch(input) {
    recorded.netFetches.push(String(input?.url ?? input));
    return Promise.reject(new Error('stand-in: net.fetch is not available'));
  },
};

// ---------------------------------------------------------------- ipcMain
export const ipcMain = {
  handle(channel, handler) {
    if (recorded.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    note(`ipcMain.handle ${channel}`);
    recorded.ipcHandlers.set(channel, handler);
  },
  handleOnce(channel, handler) {
    this.handle(channel, handler);
  },
  removeHandler(channel) {
    recorded.ipcHandlers.delete(channel);
  },
  on(channel, listener) {
    note(`ipcMain.on ${channel}`);
    recorded.ipcListeners.set(channel, [...(recorded.ipcListeners.get(channel) ?? []), listener]);
    return this;
  },
  once(channel, listener) {
    return this.on(channel, listener);
  },
  removeListener(channel, listener) {
    recorded.ipcListeners.set(channel, (recorded.ipcListeners.get(channel) ?? []).filter((l) => l !== listener));
    return this;
  },
  removeAllListeners(channel) {
    note(`ipcMain.removeAllListeners ${channel}`);
    recorded.ipcListeners.delete(channel);
    return this;
  },
};

// ---------------------------------------------------------------- windows and web contents
let nextId = 1;

export class WebFrameMain {
  constructor(url, parent) {
    this.url = url;
    this.parent = parent;
    this.detached = false;
    this.frames = [];
  }
}

export class WebContents extends EventEmitter {
  id = nextId++;
  mainFrame = new WebFrameMain('', null);
  sent = [];
  loadedUrls = [];
  windowOpenHandler = null;
  #destroyed = false;

  loadURL(url) {
    note(`webContents.loadURL ${url}`);
    this.loadedUrls.push(url);
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  getURL() {
    return this.mainFrame.url;
  }
  send(channel, ...args) {
    this.sent.push({ channel, args: structuredClone(args) });
  }
  setWindowOpenHandler(handler) {
    note('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  destroy() {
    this.#destroyed = true;
    this.emit('destroyed');
  }
}

export class BrowserWindow extends EventEmitter {
  static #all = [];
  static getAllWindows() {
    return BrowserWindow.#all.filter((w) => !w.isDestroyed());
  }
  static fromWebContents(contents) {
    return BrowserWindow.#all.find((w) => w.webContents === contents) ?? null;
  }
  static getFocusedWindow() {
    return BrowserWindow.#focused && !BrowserWindow.#focused.isDestroyed() ? BrowserWindow.#focused : null;
  }
  static #focused = null;

  calls = [];
  #destroyed = false;
  #minimized = false;
  #maximized = false;
  #visible = false;
  #bounds;

  constructor(options = {}) {
    super();
    if (!ready) throw new Error('Cannot create BrowserWindow before app is ready');
    note('new BrowserWindow');
    this.options = structuredClone(options);
    this.#bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    this.#visible = options.show !== false;
    this.webContents = new WebContents();
    BrowserWindow.#all.push(this);
    recorded.windows.push(this);
    // Electron announces every new web contents while the window is being built, then the window.
    app.emit('web-contents-created', {}, this.webContents);
    app.emit('browser-window-created', {}, this);
  }

  loadURL(url) {
    const loaded = this.webContents.loadURL(url);
    setImmediate(() => this.emit('ready-to-show'));
    return loaded;
  }
  #call(name) {
    this.calls.push(name);
  }
  show() {
    this.#call('show');
    this.#minimized = false;
    this.#visible = true;
  }
  hide() {
    this.#call('hide');
    this.#visible = false;
  }
  isVisible() {
    return this.#visible;
  }
  focus() {
    this.#call('focus');
    BrowserWindow.#focused = this;
  }
  setAlwaysOnTop(flag, level) {
    this.#call(`setAlwaysOnTop ${flag}${level ? ` ${level}` : ''}`);
  }
  setIcon(icon) {
    this.#call('setIcon');
    this.icon = icon;
  }
  setTitle(title) {
    this.#call('setTitle');
    this.title = title;
  }
  setMenu(menu) {
    this.#call(menu === null ? 'setMenu null' : 'setMenu');
  }
  restore() {
    this.#call('restore');
    this.#minimized = false;
  }
  minimize() {
    this.#call('minimize');
    this.#minimized = true;
  }
  isMinimized() {
    return this.#minimized;
  }
  maximize() {
    this.#call('maximize');
    this.#maximized = true;
  }
  isMaximized() {
    return this.#maximized;
  }
  setBounds(bounds) {
    this.#call('setBounds');
    this.#bounds = { ...this.#bounds, ...bounds };
  }
  getNormalBounds() {
    return { ...this.#bounds };
  }
  isDestroyed() {
    return this.#destroyed;
  }
  close() {
    this.#call('close');
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.#destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

// ---------------------------------------------------------------- menu, dialogs, shell, OS
export const Menu = {
  buildFromTemplate(template) {
    note('Menu.buildFromTemplate');
    return { template };
  },
  setApplicationMenu(menu) {
    note('Menu.setApplicationMenu');
    recorded.applicationMenu = menu;
  },
};

let dialogResponse = 1;
export const dialog = {
  /** The driver sets which button the person "clicks". */
  setNextResponse(response) {
    dialogResponse = response;
  },
  async showMessageBox(windowOrOptions, maybeOptions) {
    const options = maybeOptions ?? windowOrOptions;
    recorded.dialogs.push({ ...structuredClone(options), parented: Boolean(maybeOptions) });
    return { response: dialogResponse, checkboxChecked: false };
  },
};

/** What the person "picks" in the next open dialogs, in order (the driver sets them); none left: they close it. */
const openDialogAnswers = [];
dialog.setOpenDialogAnswers = (paths) => {
  openDialogAnswers.splice(0, openDialogAnswers.length, ...paths);
};
dialog.showOpenDialog = async (windowOrOptions, maybeOptions) => {
  recorded.openDialogs.push(structuredClone(maybeOptions ?? windowOrOptions));
  const answer = openDialogAnswers.shift();
  return answer === undefined || answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
};

dialog.showSaveDialog = async (windowOrOptions, maybeOptions) => {
  recorded.saveDialogs.push(structuredClone(maybeOptions ?? windowOrOptions));
  return { canceled: true, filePath: '' };
};

export const shell = {
  async openExternal(url) {
    recorded.openedExternally.push(url);
  },
  async openPath() {
    throw new Error('stand-in: shell.openPath is not modelled');
  },
  showItemInFolder(path) {
    recorded.shownInFolder.push(path);
  },
};

export const powerMonitor = new EventEmitter();

export const globalShortcut = {
  register(accelerator, callback) {
    note(`globalShortcut.register ${accelerator}`);
    if (recorded.globalShortcuts.has(accelerator)) return false;
    recorded.globalShortcuts.set(accelerator, callback);
    return true;
  },
  unregister(accelerator) {
    note(`globalShortcut.unregister ${accelerator}`);
    recorded.globalShortcuts.delete(accelerator);
  },
  unregisterAll() {
    note('globalShortcut.unregisterAll');
    recorded.globalShortcuts.clear();
  },
  isRegistered: (accelerator) => recorded.globalShortcuts.has(accelerator),
};

export const nativeImage = {
  createFromBitmap(buffer, options) {
    if (buffer.length !== options.width * options.height * 4) throw new Error('stand-in: bitmap size does not match width × height × 4');
    return { isEmpty: () => false, getSize: () => ({ width: options.width, height: options.height }) };
  },
  createEmpty: () => ({ isEmpty: () => true, getSize: () => ({ width: 0, height: 0 }) }),
  // Like Electron, a missing file gives an empty image rather than an error; `path` says which file it was.
  createFromPath: (path) => ({ path, isEmpty: () => !existsSync(path) }),
};

export class Tray extends EventEmitter {
  tooltip = '';
  contextMenu = null;
  constructor(image) {
    super();
    if (!ready) throw new Error('Cannot create Tray before app is ready');
    note('new Tray');
    this.image = image;
    recorded.trays.push(this);
  }
  setImage(image) {
    this.image = image;
  }
  setToolTip(tooltip) {
    this.tooltip = tooltip;
  }
  setContextMenu(menu) {
    this.contextMenu = menu;
  }
  destroy() {
    note('tray.destroy');
  }
}

export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(options = {}) {
    super();
    this.options = structuredClone(options);
    this.shown = false;
    recorded.notifications.push(this);
  }
  show() {
    note('notification.show');
    this.shown = true;
  }
  close() {
    this.emit('close');
  }
}

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' });

export const screen = {
  getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getPrimaryDisplay: () => screen.getAllDisplays()[0],
};

// No OS keychain in the stand-in: what Linux without a keyring reports.
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString() {
    throw new Error('Encryption is not available.');
  },
  decryptString() {
    throw new Error('Decryption is not available.');
  },
};

const electron = {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
  WebContents,
  WebFrameMain,
};
export default electron;
