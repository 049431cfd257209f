// The test's remote control over the stand-in, through the child process's IPC channel
// (child_process.fork). Each command plays a part Electron would play — a page request,
// a permission prompt, a navigation, an IPC message, an OS event — against the handlers the app
// registered, and replies with what the app did. See tests/electron-standin/launch.ts.
import { app, BrowserWindow, dialog, powerMonitor, recorded, WebContents, WebFrameMain } from './electron-api.mjs';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function windowAt(index) {
  const window = recorded.windows[index];
  if (!window) throw new Error(`stand-in: no window #${index}`);
  return window;
}

function describeMenu(items) {
  return (items ?? []).map((item) => ({
    label: item.label ?? null,
    role: item.role ?? null,
    type: item.type ?? null,
    accelerator: item.accelerator ?? null,
    hasClick: typeof item.click === 'function',
    submenu: Array.isArray(item.submenu) ? describeMenu(item.submenu) : null,
  }));
}

function findMenuItem(items, label) {
  for (const item of items ?? []) {
    if (item.label === label) return item;
    const inner = Array.isArray(item.submenu) ? findMenuItem(item.submenu, label) : null;
    if (inner) return inner;
  }
  return null;
}

function snapshot() {
  return {
    log: recorded.log,
    ready: app.isReady(),
    isPackaged: app.isPackaged,
    paths: app.paths(),
    appListeners: app.eventNames().map(String),
    powerMonitorListeners: powerMonitor.eventNames().map(String),
    privilegedSchemes: recorded.privilegedSchemes,
    handledSchemes: [...recorded.protocolHandlers.keys()],
    ipcHandleChannels: [...recorded.ipcHandlers.keys()],
    ipcListenerChannels: [...recorded.ipcListeners.entries()].filter(([, l]) => l.length > 0).map(([c]) => c),
    session: describeSession(),
    menu: recorded.applicationMenu ? describeMenu(recorded.applicationMenu.template) : null,
    dialogs: recorded.dialogs,
    openedExternally: recorded.openedExternally,
    saveDialogs: recorded.saveDialogs,
    openDialogs: recorded.openDialogs,
    shownInFolder: recorded.shownInFolder,
    notifications: recorded.notifications.map((n) => ({ ...n.options, shown: n.shown })),
    netFetches: recorded.netFetches,
    globalShortcuts: [...recorded.globalShortcuts.keys()],
    trays: recorded.trays.map((t) => ({ tooltip: t.tooltip, menu: describeMenu(t.contextMenu?.template), image: describeImage(t.image) })),
    windows: recorded.windows.map((w) => ({
      options: w.options,
      loadedUrls: w.webContents.loadedUrls,
      calls: w.calls,
      icon: w.icon ?? null,
      sent: w.webContents.sent,
      destroyed: w.isDestroyed(),
      visible: w.isVisible(),
      webContentsListeners: w.webContents.eventNames().map(String),
      hasWindowOpenHandler: typeof w.webContents.windowOpenHandler === 'function',
    })),
  };
}

/** The file a tray image was loaded from, and whether it loaded (Electron gives an empty image for a missing file). */
function describeImage(image) {
  return image?.path ? { path: image.path, empty: image.isEmpty() } : null;
}

function describeSession() {
  const handlers = currentSession()?.handlers ?? {};
  return {
    handlers: Object.keys(handlers).filter((k) => typeof handlers[k] === 'function'),
    spellCheckerEnabled: handlers.spellCheckerEnabled ?? null,
    dictionaryDownloadURL: handlers.dictionaryDownloadURL ?? null,
    onBeforeRequestFilter: handlers.onBeforeRequestFilter ?? null,
  };
}

function currentSession() {
  return recorded.session;
}

function handler(name) {
  const found = currentSession()?.handlers[name];
  if (typeof found !== 'function') throw new Error(`stand-in: the app registered no ${name}`);
  return found;
}

/** The IPC event Electron would build for a message from `sender`'s main or child frame. */
function ipcEvent({ window, frame = 'main', url }) {
  let contents;
  if (window === 'stranger') {
    contents = new WebContents();
    contents.mainFrame.url = url ?? 'app://harbor/index.html';
  } else {
    contents = windowAt(window).webContents;
  }
  let senderFrame = contents.mainFrame;
  if (frame === 'child') {
    senderFrame = new WebFrameMain(url ?? contents.mainFrame.url, contents.mainFrame);
    contents.mainFrame.frames.push(senderFrame);
  }
  return { sender: contents, senderFrame, frameId: 1, processId: 1, type: 'frame' };
}

const commands = {
  snapshot,

  /** A page request on a custom scheme, e.g. app://harbor/index.html. */
  async protocol({ url }) {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handle = recorded.protocolHandlers.get(scheme);
    if (!handle) throw new Error(`stand-in: no handler for ${scheme}:`);
    const response = await handle(new Request(url));
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  },

  async permissionRequest({ permission }) {
    const answers = [];
    handler('setPermissionRequestHandler')(windowAt(0).webContents, permission, (granted) => answers.push(granted), {
      requestingUrl: 'app://harbor/index.html',
    });
    await settle();
    return answers;
  },

  permissionCheck({ permission }) {
    return handler('setPermissionCheckHandler')(windowAt(0).webContents, permission, 'app://harbor', {});
  },

  devicePermission() {
    return handler('setDevicePermissionHandler')({ deviceType: 'usb', origin: 'app://harbor' });
  },

  async beforeRequest({ url }) {
    const answers = [];
    handler('onBeforeRequest')({ url, method: 'GET', resourceType: 'other' }, (response) => answers.push(response));
    await settle();
    return answers;
  },

  /** A web-contents event with a preventable Electron event, e.g. 'will-navigate'. */
  webContentsEvent({ window, event, url }) {
    const contents = windowAt(window).webContents;
    let prevented = false;
    const electronEvent = { url, preventDefault: () => (prevented = true) };
    const heard = contents.emit(event, electronEvent, url);
    return { heard, prevented };
  },

  /** window.open(url) from the page; `response` is the dialog button the person picks. */
  async windowOpen({ window, url, response = 1 }) {
    dialog.setNextResponse(response);
    const contents = windowAt(window).webContents;
    if (!contents.windowOpenHandler) throw new Error('stand-in: no window open handler');
    const result = contents.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window', referrer: {} });
    await settle(20);
    return result;
  },

  /** Simulates a frame that ended up somewhere else (as if navigation were not stopped). */
  navigateFrame({ window, url }) {
    windowAt(window).webContents.mainFrame.url = url;
    return true;
  },

  /** The files (or folders) the person will pick in the next open dialogs, in order. */
  setOpenDialogAnswers({ paths }) {
    dialog.setOpenDialogAnswers(paths);
    return true;
  },

  async invoke({ channel, input, sender }) {
    const handle = recorded.ipcHandlers.get(channel);
    if (!handle) throw new Error(`stand-in: no ipcMain.handle for ${channel}`);
    return structuredClone(await handle(ipcEvent(sender), input));
  },

  appEvent({ name }) {
    return app.emit(name, { preventDefault() {} }, [], process.cwd());
  },

  powerEvent({ name }) {
    return powerMonitor.emit(name);
  },

  menuClick({ label }) {
    const item = findMenuItem(recorded.applicationMenu?.template, label);
    if (!item?.click) throw new Error(`stand-in: no menu item "${label}" with a click handler`);
    item.click(item, BrowserWindow.getAllWindows()[0], {});
    return true;
  },

  /** The person presses a registered global shortcut. */
  pressShortcut({ accelerator }) {
    const callback = recorded.globalShortcuts.get(accelerator);
    if (!callback) throw new Error(`stand-in: no global shortcut ${accelerator}`);
    callback();
    return true;
  },

  windowCall({ window, method, args = [] }) {
    const target = windowAt(window);
    if (typeof target[method] !== 'function') throw new Error(`stand-in: BrowserWindow.${method} is not modelled`);
    const value = target[method](...args);
    return value === undefined ? null : structuredClone(value);
  },
};

export function startDriver() {
  // Electron emits 'ready' after the main script has run; the app's whenReady() work follows.
  setTimeout(() => {
    app.becomeReady();
    setTimeout(() => app.isReady() && process.send?.({ type: 'ready' }), 20);
  }, 0);
  if (!process.send) return; // run by hand: just the app, no remote control
  process.on('message', async (message) => {
    if (!message || message.type !== 'command') return;
    try {
      const command = commands[message.command];
      if (!command) throw new Error(`stand-in: unknown command ${message.command}`);
      process.send({ type: 'reply', id: message.id, ok: true, value: await command(message.args ?? {}) });
    } catch (error) {
      process.send({ type: 'reply', id: message.id, ok: false, error: String(error?.stack ?? error) });
    }
  });
  app.on('quit', () => process.send({ type: 'quit' }));
}
