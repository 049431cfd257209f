// The thin Electron layer, proven on the BUILT bundles (out/main/index.js, out/preload/index.cjs)
// without an Electron binary: the main bundle runs under plain Node with a recording stand-in
// for the `electron` module (tests/electron-standin), over the real core and a real encrypted
// database in a temp dir. Run `npx electron-vite build` first (npm test does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { apiMethods, channelPrefix, eventChannel } from '../../src/shared/contract/index.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/main/core/csp.ts';
import {
  launchWithStandIn,
  preloadBundle,
  root,
  type Sender,
  type Snapshot,
  type StandInApp,
  type WindowRecord,
} from '../electron-standin/launch.ts';
import { runPreload } from '../electron-standin/run-preload.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const PASSPHRASE = 'quiet harbour evening';
/** The main window (the one showing index.html); set once the app has started. */
const ownWindow: Sender & { window: number } = { window: 0 };
const isMainPage = (window: WindowRecord) => window.loadedUrls[0]?.endsWith('/index.html') ?? false;
const mainWindowOf = (snapshot: Snapshot) => snapshot.windows.findIndex(isMainPage);
const contractChannels = apiMethods.map((method) => `${channelPrefix}${method}`).sort();
const rendererDir = join(root, 'out/renderer');

type Reply = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string; message: string } };

async function vaultState(app: StandInApp): Promise<unknown> {
  const reply = (await app.invoke('harbor:vaultStatus', {}, ownWindow)) as Reply;
  return reply.ok ? reply.value.state : reply.error.code;
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

describe('built main bundle under the electron stand-in', () => {
  const temp = makeTempDir('harbor-electron-');
  let app: StandInApp;
  let first: Snapshot;

  beforeAll(async () => {
    // This computer has an app for phone calls, none for text messages.
    app = await launchWithStandIn({ dataDir: temp.dir, env: { HARBOR_STANDIN_PROTOCOL_APPS: 'tel' } });
    first = await app.snapshot();
    ownWindow.window = mainWindowOf(first);
  });
  afterAll(async () => {
    await app?.stop();
    temp.cleanup();
  });

  it('starts: becomes ready and opens one main window on app://harbor, and only app pages anywhere', () => {
    expect(app.outcome).toBe('ready');
    expect(first.windows.filter(isMainPage)).toHaveLength(1);
    expect(first.windows[ownWindow.window]!.loadedUrls).toEqual(['app://harbor/index.html']);
    for (const window of first.windows) {
      for (const url of window.loadedUrls) expect(url).toMatch(/^app:\/\/harbor\/[\w-]+\.html$/);
    }
  });

  it('keeps its data in --data-dir, and Chromium’s own files in a subfolder of it', () => {
    expect(first.paths.userData).toBe(resolve(temp.dir));
    expect(first.paths.sessionData).toBe(join(resolve(temp.dir), 'chromium'));
  });

  it('asks for the single-instance lock and enables the sandbox before the app is ready', () => {
    const before = first.log.filter((entry) => !entry.ready).map((entry) => entry.call);
    expect(before).toContain('app.requestSingleInstanceLock');
    expect(before).toContain('app.enableSandbox');
  });

  it('registers exactly one ipcMain.handle per contract method, and no other IPC', () => {
    expect([...first.ipcHandleChannels].sort()).toEqual(contractChannels);
    expect(first.ipcListenerChannels).toEqual([]);
  });

  it('keeps settings through electron-store, whose renderer listener is removed as soon as it is added', () => {
    const calls = first.log.map((entry) => entry.call);
    const added = calls.indexOf('ipcMain.on electron-store-get-data');
    expect(added).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('ipcMain.removeAllListeners electron-store-get-data')).toBe(added + 1);
  });

  it('opens every window isolated, sandboxed, without Node, with the built preload', () => {
    expect(first.windows.length).toBeGreaterThan(0);
    for (const window of first.windows) expectSecurePreferences(window.options.webPreferences!);
  });

  it('guards navigation and new windows in every window it opens', () => {
    for (const window of first.windows) {
      expect(window.webContentsListeners).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
      expect(window.hasWindowOpenHandler).toBe(true);
    }
  });

  function expectSecurePreferences(prefs: Record<string, unknown>): void {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toMatch(/index\.cjs$/);
    expect(resolve(String(prefs.preload))).toBe(resolve(preloadBundle));
    expect(existsSync(String(prefs.preload))).toBe(true);
    expect(prefs).not.toHaveProperty('nodeIntegrationInSubFrames', true);
    expect(prefs).not.toHaveProperty('experimentalFeatures', true);
  }

  it('registers app:// as privileged before ready (without bypassing CSP) and handles it', () => {
    expect(first.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true }, beforeReady: true },
    ]);
    expect(first.handledSchemes).toEqual(['app']);
  });

  it('serves every page (index.html for /) with the Content-Security-Policy header', async () => {
    const pages = readdirSync(rendererDir).filter((name) => name.endsWith('.html'));
    const requests = [['app://harbor/', 'index.html'], ...pages.map((page) => [`app://harbor/${page}`, page])];
    for (const [url, page] of requests) {
      const response = await app.protocol(url!);
      expect(response.status, url).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.body).toBe(readFileSync(join(rendererDir, page!), 'utf8'));
    }
  });

  it('serves the page’s own script as JavaScript', async () => {
    const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
    const script = /<script[^>]+src="\.?\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const response = await app.protocol(`app://harbor/${script}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.body).toBe(readFileSync(join(rendererDir, script!), 'utf8'));
  });

  it('refuses every path outside the built renderer folder (404)', async () => {
    // out/renderer/../../package.json exists, so a broken check would serve it.
    expect(existsSync(join(rendererDir, '../../package.json'))).toBe(true);
    const hostile = [
      'app://harbor/../../etc/passwd',
      'app://harbor/../../package.json',
      'app://harbor/%2e%2e/%2e%2e/package.json',
      'app://harbor/..%2f..%2fpackage.json',
      'app://harbor/%2E%2E%2F%2E%2E%2Fpackage.json',
      'app://harbor/assets/..%2f..%2f..%2fpackage.json',
      'app://harbor/..%252f..%252fpackage.json',
      'app://harbor/..%5c..%5cpackage.json',
      'app://harbor/%2fetc%2fpasswd',
      'app://harbor//etc/passwd',
      'app://harbor/index.html%00.js',
      'app://harbor/%E0%A4%A',
      'app://evil/index.html',
      'app://harbor/assets',
      'app://harbor/no-such-file.js',
    ];
    for (const url of hostile) {
      const response = await app.protocol(url);
      expect(response.status, url).toBe(404);
      expect(response.body, url).toBe('Not found');
    }
  });

  it('answers every permission request and check with no', async () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'unknown']) {
      expect(await app.permissionRequest(permission), permission).toEqual([false]);
      expect(await app.permissionCheck(permission), permission).toBe(false);
    }
    expect(await app.devicePermission()).toBe(false);
  });

  it('lets the session load only the app’s own pages: no remote content', async () => {
    const blocked = [
      'https://example.com/',
      'http://127.0.0.1:5173/index.html',
      'http://localhost:5173/index.html',
      'ws://example.com/socket',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://harborx/index.html',
      'ftp://example.com/',
    ];
    for (const url of blocked) expect(await app.beforeRequest(url), url).toEqual([{ cancel: true }]);
    const allowed = ['app://harbor/index.html', 'app://harbor/assets/index.js', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/inspector.html'];
    for (const url of allowed) expect(await app.beforeRequest(url), url).toEqual([{ cancel: false }]);
  });

  it('keeps the spellchecker off where it would download dictionaries', () => {
    const native = process.platform === 'darwin';
    expect(first.session.spellCheckerEnabled).toBe(native);
    for (const window of first.windows) expect(window.options.webPreferences!.spellcheck).toBe(native);
    // Even if something turned it on, dictionaries would be fetched from a closed local port.
    expect(new URL(first.session.dictionaryDownloadURL!).hostname).toBe('127.0.0.1');
  });

  it('stops navigation away from the app and webview attachment', async () => {
    expect(await app.webContentsEvent(ownWindow.window, 'will-navigate', 'https://evil.example/')).toEqual({ heard: true, prevented: true });
    expect(await app.webContentsEvent(ownWindow.window, 'will-navigate', 'file:///etc/passwd')).toEqual({ heard: true, prevented: true });
    expect(await app.webContentsEvent(ownWindow.window, 'will-navigate', 'app://evil/index.html')).toEqual({ heard: true, prevented: true });
    expect(await app.webContentsEvent(ownWindow.window, 'will-redirect', 'https://evil.example/')).toEqual({ heard: true, prevented: true });
    expect(await app.webContentsEvent(ownWindow.window, 'will-attach-webview', 'https://evil.example/')).toEqual({ heard: true, prevented: true });
    // The app's own pages may still navigate (a reload, an in-app link).
    expect(await app.webContentsEvent(ownWindow.window, 'will-navigate', 'app://harbor/index.html')).toEqual({ heard: true, prevented: false });
  });

  it('denies new windows; an https link opens in the browser only after the person says yes', async () => {
    const before = await app.snapshot();
    const dialogsBefore = before.dialogs.length;
    expect(await app.windowOpen(ownWindow.window, 'https://example.org/help', 1)).toEqual({ action: 'deny' });
    let now = await app.snapshot();
    expect(now.dialogs.slice(dialogsBefore)).toMatchObject([{ detail: 'https://example.org/help', parented: true }]);
    expect(now.openedExternally).toEqual([]);

    expect(await app.windowOpen(ownWindow.window, 'https://example.org/help', 0)).toEqual({ action: 'deny' });
    now = await app.snapshot();
    expect(now.openedExternally).toEqual(['https://example.org/help']);

    // Anything but plain https is dropped without asking.
    for (const url of ['http://example.org/', 'javascript:alert(1)', 'file:///etc/passwd', 'app://harbor/index.html', 'https://user:pw@example.org/', 'not a url']) {
      expect(await app.windowOpen(ownWindow.window, url, 0), url).toEqual({ action: 'deny' });
    }
    now = await app.snapshot();
    expect(now.dialogs.length - dialogsBefore).toBe(2);
    expect(now.openedExternally).toEqual(['https://example.org/help']);
    expect(now.windows).toHaveLength(before.windows.length);
  });

  it('answers IPC only from the top frame of its own window on app://harbor', async () => {
    expect(await app.invoke('harbor:vaultStatus', {}, ownWindow)).toMatchObject({ ok: true, value: { state: 'none' } });

    const forbidden = { ok: false, error: { code: 'forbidden' } };
    expect(await app.invoke('harbor:vaultStatus', {}, { window: 'stranger', url: 'app://harbor/index.html' })).toMatchObject(forbidden);
    expect(await app.invoke('harbor:vaultStatus', {}, { ...ownWindow, frame: 'child', url: 'app://harbor/index.html' })).toMatchObject(forbidden);
    await app.navigateFrame(ownWindow.window, 'https://evil.example/');
    try {
      expect(await app.invoke('harbor:vaultStatus', {}, ownWindow)).toMatchObject(forbidden);
      expect(await app.invoke('harbor:vaultCreate', { passphrase: PASSPHRASE }, ownWindow)).toMatchObject(forbidden);
    } finally {
      await app.navigateFrame(ownWindow.window, 'app://harbor/index.html');
    }
    // Nothing was created by the refused request.
    expect(await vaultState(app)).toBe('none');
    // The wrapper validates input after the sender check.
    expect(await app.invoke('harbor:vaultCreate', { passphrase: PASSPHRASE, extra: 1 }, ownWindow)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('answers every one of its own windows', async () => {
    for (let window = 0; window < first.windows.length; window++) {
      expect(await app.invoke('harbor:vaultStatus', {}, { window }), `window ${window}`).toMatchObject({ ok: true });
    }
  });

  it('has an application menu with Lock (Ctrl/Cmd+L) that locks the vault', async () => {
    // The first menu is named 'Harbor', or neutrally in discreet mode.
    const lock = first.menu?.[0]?.submenu?.find((item) => item.label === 'Lock');
    expect(lock).toMatchObject({ accelerator: 'CmdOrCtrl+L', hasClick: true });

    expect(await app.invoke('harbor:vaultCreate', { passphrase: PASSPHRASE }, ownWindow)).toMatchObject({ ok: true });
    expect(await vaultState(app)).toBe('unlocked');
    await app.menuClick('Lock');
    await eventually(async () => (await vaultState(app)) === 'locked', 'the vault to lock from the menu');
  });

  it('locks on OS suspend and on screen lock, telling the page first', async () => {
    for (const osEvent of ['suspend', 'lock-screen']) {
      expect(await app.invoke('harbor:vaultUnlock', { passphrase: PASSPHRASE }, ownWindow)).toMatchObject({ ok: true });
      const sentBefore = (await app.snapshot()).windows[ownWindow.window]!.sent.length;
      expect(await app.powerEvent(osEvent), osEvent).toBe(true);
      await eventually(async () => (await vaultState(app)) === 'locked', `the vault to lock on ${osEvent}`);
      const sent = (await app.snapshot()).windows[ownWindow.window]!.sent.slice(sentBefore);
      expect(sent.map((m) => m.channel)).toEqual(sent.map(() => eventChannel));
      expect(sent.map((m) => m.args[0])).toEqual([{ type: 'before-lock' }, { type: 'vault', state: 'locked' }]);
    }
  });

  it('honours "lock when your screen locks" being turned off, and names the menu neutrally in discreet mode', async () => {
    expect(await app.invoke('harbor:vaultUnlock', { passphrase: PASSPHRASE }, ownWindow)).toMatchObject({ ok: true });
    expect(await app.invoke('harbor:settingsUpdate', { lockOnScreenLock: false, discreetMode: true }, ownWindow)).toMatchObject({ ok: true });
    expect(await app.powerEvent('lock-screen')).toBe(true);
    expect(await app.powerEvent('suspend')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600)); // longer than the graceful lock's wait
    expect(await vaultState(app)).toBe('unlocked');
    expect((await app.snapshot()).menu?.[0]?.label).toBe('Notes');
    expect(await app.invoke('harbor:settingsUpdate', { lockOnScreenLock: true, discreetMode: false }, ownWindow)).toMatchObject({ ok: true });
    expect((await app.snapshot()).menu?.[0]?.label).toBe('Harbor');
    expect(await app.powerEvent('lock-screen')).toBe(true);
    await eventually(async () => (await vaultState(app)) === 'locked', 'the vault to lock on lock-screen once it is turned on again');
  });

  it('opens a call only for a number saved in the plan, only where the computer has an app for it, never by navigation', async () => {
    expect(await app.invoke('harbor:vaultUnlock', { passphrase: PASSPHRASE }, ownWindow)).toMatchObject({ ok: true });
    const sections = { warning_signs: '', alone: '', distractions: '', helpers: '', professionals: '', safer_surroundings: '', reasons: '' };
    const contacts = [{ section: 'helpers', name: 'Sam', reach: 'call or text 07700 900123', country: '' }];
    expect(await app.invoke('harbor:safetyPlanSave', { sections, contacts }, ownWindow)).toMatchObject({ ok: true });
    expect(await app.invoke('harbor:copingContactLinks', {}, ownWindow)).toEqual({ ok: true, value: { desktop: true, tel: true, sms: false } });
    const openedBefore = (await app.snapshot()).openedExternally.length;
    const open = (input: unknown) => app.invoke('harbor:copingOpenContact', input, ownWindow);
    expect(await open({ scheme: 'tel', number: '07700900123' })).toEqual({ ok: true, value: { opened: true } });
    expect(await open({ scheme: 'tel', number: '09001234567' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await open({ scheme: 'sms', number: '07700900123' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    for (const input of [
      { scheme: 'mailto', number: '07700900123' },
      { scheme: 'https', number: '07700900123' },
      { scheme: 'tel', number: '07700900123;ext=1' },
      { scheme: 'tel', number: '//evil.example' },
    ]) {
      expect(await open(input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // A stranger cannot ask for it.
    expect(await app.invoke('harbor:copingOpenContact', { scheme: 'tel', number: '07700900123' }, { window: 'stranger', url: 'app://harbor/index.html' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // The navigation guard still denies these schemes like everything else.
    for (const url of ['tel:07700900123', 'sms:07700900123']) {
      expect(await app.webContentsEvent(ownWindow.window, 'will-navigate', url), url).toEqual({ heard: true, prevented: true });
      expect(await app.windowOpen(ownWindow.window, url, 0), url).toEqual({ action: 'deny' });
    }
    expect((await app.snapshot()).openedExternally.slice(openedBefore)).toEqual(['tel:07700900123']);
    // Locked, with no copy of the plan readable: no saved numbers, so nothing opens.
    await app.menuClick('Lock');
    await eventually(async () => (await vaultState(app)) === 'locked', 'the vault to lock');
    expect(await open({ scheme: 'tel', number: '07700900123' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await app.snapshot()).openedExternally.slice(openedBefore)).toEqual(['tel:07700900123']);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const windowsBefore = (await app.snapshot()).windows.length;
    await app.windowCall(ownWindow.window, 'minimize');
    expect(await app.appEvent('second-instance')).toBe(true);
    const now = await app.snapshot();
    expect(now.windows).toHaveLength(windowsBefore);
    const calls = now.windows[ownWindow.window]!.calls;
    expect(calls.slice(calls.lastIndexOf('minimize'))).toEqual(['minimize', 'restore', 'show', 'focus']);
  });

  it('never uses Electron’s network stack', async () => {
    expect((await app.snapshot()).netFetches).toEqual([]);
  });
});

describe('the second instance', () => {
  it('quits at once when another Harbor holds the lock: no window, no IPC, no protocol', async () => {
    const temp = makeTempDir('harbor-electron-');
    const app = await launchWithStandIn({ dataDir: temp.dir, env: { HARBOR_STANDIN_SECOND_INSTANCE: '1' } });
    try {
      expect(app.outcome).toBe('quit');
      const snap = await app.snapshot();
      expect(snap.log.map((e) => e.call)).toContain('app.quit');
      expect(snap.windows).toEqual([]);
      expect(snap.ipcHandleChannels).toEqual([]);
      expect(snap.handledSchemes).toEqual([]);
    } finally {
      await app.stop();
      temp.cleanup();
    }
  });
});

describe('window bounds and dev-server URL', () => {
  it('remembers window bounds in the data dir and forgets a position that is off every screen', async () => {
    const temp = makeTempDir('harbor-electron-');
    try {
      let app = await launchWithStandIn({ dataDir: temp.dir });
      const main = mainWindowOf(await app.snapshot());
      await app.windowCall(main, 'setBounds', { x: 200, y: 150, width: 900, height: 700 });
      await app.windowCall(main, 'close');
      await app.stop();
      const settingsFile = join(temp.dir, 'settings.json');
      expect(JSON.parse(readFileSync(settingsFile, 'utf8')).windowBounds).toEqual({ x: 200, y: 150, width: 900, height: 700, maximized: false });

      app = await launchWithStandIn({ dataDir: temp.dir });
      let snap = await app.snapshot();
      expect(snap.windows[mainWindowOf(snap)]!.options).toMatchObject({ x: 200, y: 150, width: 900, height: 700 });
      await app.stop();

      writeFileSync(settingsFile, JSON.stringify({ windowBounds: { x: 5000, y: 4000, width: 900, height: 700, maximized: false } }));
      app = await launchWithStandIn({ dataDir: temp.dir });
      snap = await app.snapshot();
      const options = snap.windows[mainWindowOf(snap)]!.options;
      await app.stop();
      expect(options).toMatchObject({ width: 900, height: 700 });
      expect(options).not.toHaveProperty('x');
      expect(options).not.toHaveProperty('y');
    } finally {
      temp.cleanup();
    }
  });

  it('starts with the default window for any hand-edited settings file, and never crashes', async () => {
    const files = [
      { windowBounds: null },
      { windowBounds: { x: -50000, y: -50000, width: -900, height: -700, maximized: false } },
      { windowBounds: { width: 1e9, height: 1e9, maximized: true } },
      { windowBounds: { x: 'left', y: [], width: '900', height: {}, maximized: 'no' } },
      { windowBounds: 'wide', copingHotkey: 42 },
      { copingHotkey: { keys: 'Ctrl+H' } },
      null,
      [],
      'settings',
    ];
    for (const contents of files) {
      const temp = makeTempDir('harbor-electron-');
      try {
        writeFileSync(join(temp.dir, 'settings.json'), JSON.stringify(contents));
        const app = await launchWithStandIn({ dataDir: temp.dir });
        try {
          const snap = await app.snapshot();
          const options = snap.windows[mainWindowOf(snap)]!.options;
          expect(options, JSON.stringify(contents)).toMatchObject({ width: 1100, height: 780 });
          expect(options).not.toHaveProperty('x');
        } finally {
          await app.stop();
        }
      } finally {
        temp.cleanup();
      }
    }
  }, 180_000);

  it('loads a dev server only when unpackaged and only from localhost; packaged builds have no devtools', async () => {
    const cases: { env: Record<string, string>; url: string; devTools: boolean }[] = [
      { env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, url: 'http://localhost:5173/index.html', devTools: true },
      { env: { ELECTRON_RENDERER_URL: 'https://evil.example' }, url: 'app://harbor/index.html', devTools: true },
      { env: { ELECTRON_RENDERER_URL: 'http://localhost:5173', HARBOR_STANDIN_PACKAGED: '1' }, url: 'app://harbor/index.html', devTools: false },
    ];
    for (const { env, url, devTools } of cases) {
      const temp = makeTempDir('harbor-electron-');
      const app = await launchWithStandIn({ dataDir: temp.dir, env });
      try {
        const snap = await app.snapshot();
        const main = snap.windows[mainWindowOf(snap)]!;
        expect(main.loadedUrls, JSON.stringify(env)).toEqual([url]);
        for (const window of snap.windows) expect(window.options.webPreferences!.devTools).toBe(devTools);
        const devAllowed = url.startsWith('http:');
        expect(await app.beforeRequest('http://localhost:5173/src/main.tsx')).toEqual([{ cancel: !devAllowed }]);
        expect(await app.beforeRequest('https://evil.example/')).toEqual([{ cancel: true }]);
      } finally {
        await app.stop();
        temp.cleanup();
      }
    }
  });
});

describe('built preload (out/preload/index.cjs) in a sandboxed renderer', () => {
  const run = runPreload(preloadBundle);
  const expectedKeys = [...apiMethods, 'onEvent'].sort();

  it('requires nothing but electron', () => {
    expect(run.required).toEqual(['electron']);
  });

  it('exposes exactly the contract’s methods and onEvent as window.harbor, frozen', () => {
    expect(run.exposed.map((e) => e.key)).toEqual(['harbor']);
    const api = run.exposed[0]!.api;
    expect(Object.keys(api).sort()).toEqual(expectedKeys);
    expect(Object.isFrozen(api)).toBe(true);
    for (const key of expectedKeys) expect(typeof api[key], key).toBe('function');
  });

  it('sends each method on its own harbor:<method> channel, with the input as given', async () => {
    const api = run.exposed[0]!.api as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const method of apiMethods) {
      run.invocations.length = 0;
      const input = { probe: method };
      await api[method]!(input);
      await api[method]!();
      expect(run.invocations, method).toEqual([
        { channel: `${channelPrefix}${method}`, args: [input] },
        { channel: `${channelPrefix}${method}`, args: [{}] },
      ]);
    }
  });

  it('onEvent passes only the payload to the page, and unsubscribes', () => {
    const api = run.exposed[0]!.api as { onEvent(listener: (event: unknown) => void): () => void };
    const heard: unknown[] = [];
    const off = api.onEvent((event) => heard.push(event));
    const listeners = run.listeners.get(eventChannel) ?? [];
    expect(listeners).toHaveLength(1);
    listeners[0]!({ sender: 'ipc event with internals' }, { type: 'before-lock' });
    expect(heard).toEqual([{ type: 'before-lock' }]);
    off();
    expect(run.listeners.get(eventChannel)).toEqual([]);
  });
});

describe('each page’s own Content-Security-Policy meta tag', () => {
  const pages = readdirSync(rendererDir).filter((name) => name.endsWith('.html'));

  it('exists for every built page', () => {
    expect(pages).toContain('index.html');
  });

  it('matches the protocol header (minus frame-ancestors, which a meta tag cannot carry), with no inline script or eval', () => {
    const directives = (policy: string) => policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).sort();
    const header = directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors'));
    for (const page of pages) {
      const html = readFileSync(join(rendererDir, page), 'utf8');
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
      expect(meta, page).toBeTruthy();
      expect(directives(meta!), page).toEqual(header);
      expect(meta, page).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      // No inline <script> bodies: every script comes from a file.
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    }
  });
});
