// Starts the BUILT main bundle (out/main/index.js) under plain Node with the electron stand-in,
// as a child process, and gives the test a typed remote control (see driver.mjs).
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const mainBundle = `${root}out/main/index.js`;
export const preloadBundle = `${root}out/preload/index.cjs`;
const register = fileURLToPath(new URL('./register.mjs', import.meta.url));

export type Sender = { window: number | 'stranger'; frame?: 'main' | 'child'; url?: string };

export interface WindowRecord {
  options: { webPreferences?: Record<string, unknown>; x?: number; y?: number; width?: number; height?: number; [key: string]: unknown };
  loadedUrls: string[];
  calls: string[];
  /** The file last given to setIcon (Windows and Linux), if any. */
  icon: string | null;
  sent: { channel: string; args: unknown[] }[];
  destroyed: boolean;
  visible: boolean;
  webContentsListeners: string[];
  hasWindowOpenHandler: boolean;
}

export interface MenuRecord {
  label: string | null;
  role: string | null;
  type: string | null;
  accelerator: string | null;
  hasClick: boolean;
  submenu: MenuRecord[] | null;
}

export interface Snapshot {
  log: { call: string; ready: boolean }[];
  ready: boolean;
  isPackaged: boolean;
  paths: Record<string, string>;
  appListeners: string[];
  powerMonitorListeners: string[];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean>; beforeReady: boolean }[];
  handledSchemes: string[];
  ipcHandleChannels: string[];
  ipcListenerChannels: string[];
  session: { handlers: string[]; spellCheckerEnabled: boolean | null; dictionaryDownloadURL: string | null; onBeforeRequestFilter: unknown };
  menu: MenuRecord[] | null;
  dialogs: { message: string; detail: string; buttons: string[]; parented: boolean }[];
  openedExternally: string[];
  saveDialogs: Record<string, unknown>[];
  openDialogs: Record<string, unknown>[];
  /** Paths main asked the file manager to show (shell.showItemInFolder). */
  shownInFolder: string[];
  notifications: { title?: string; body?: string; shown: boolean }[];
  netFetches: string[];
  globalShortcuts: string[];
  trays: { tooltip: string; menu: MenuRecord[]; image: { path: string; empty: boolean } | null }[];
  windows: WindowRecord[];
}

export interface ProtocolResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface StandInApp {
  /** 'ready' once the app's whenReady work ran; 'quit' if it quit before that. */
  outcome: 'ready' | 'quit';
  output(): string;
  snapshot(): Promise<Snapshot>;
  protocol(url: string): Promise<ProtocolResponse>;
  permissionRequest(permission: string): Promise<boolean[]>;
  permissionCheck(permission: string): Promise<boolean>;
  devicePermission(): Promise<boolean>;
  beforeRequest(url: string): Promise<{ cancel?: boolean }[]>;
  webContentsEvent(window: number, event: string, url: string): Promise<{ heard: boolean; prevented: boolean }>;
  windowOpen(window: number, url: string, response?: number): Promise<{ action: string }>;
  navigateFrame(window: number, url: string): Promise<void>;
  invoke(channel: string, input: unknown, sender: Sender): Promise<unknown>;
  /** What the person picks in the next open dialogs, in order; once they run out, the dialog is closed. */
  setOpenDialogAnswers(paths: (string | null)[]): Promise<void>;
  appEvent(name: string): Promise<boolean>;
  powerEvent(name: string): Promise<boolean>;
  menuClick(label: string): Promise<void>;
  pressShortcut(accelerator: string): Promise<void>;
  windowCall(window: number, method: string, ...args: unknown[]): Promise<unknown>;
  stop(): Promise<void>;
}

export async function launchWithStandIn(options: { dataDir: string; env?: Record<string, string> }): Promise<StandInApp> {
  if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run \`npx electron-vite build\` first.`);
  const child: ChildProcess = fork(mainBundle, ['--data-dir', options.dataDir], {
    cwd: root,
    execArgv: ['--import', register],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const outcome = await new Promise<'ready' | 'quit'>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not become ready:\n${output}`)), 20_000);
    child.on('message', (message: { type: string; id?: number; ok?: boolean; value?: unknown; error?: string }) => {
      if (message.type === 'ready' || message.type === 'quit') {
        clearTimeout(timer);
        resolve(message.type);
      } else if (message.type === 'reply' && message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok) waiting?.resolve(message.value);
        else waiting?.reject(new Error(message.error));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const missing = /does not provide an export named '(\w+)'/.exec(output)?.[1];
      const hint = missing ? `\nThe app now uses electron.${missing}: model it in tests/electron-standin/electron-api.mjs.` : '';
      reject(new Error(`The app exited with ${code}:\n${output}${hint}`));
      for (const waiting of pending.values()) waiting.reject(new Error(`The app exited with ${code}:\n${output}`));
    });
  });

  const send = <T>(command: string, args: Record<string, unknown> = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ type: 'command', id, command, args });
    });

  return {
    outcome,
    output: () => output,
    snapshot: () => send('snapshot'),
    protocol: (url) => send('protocol', { url }),
    permissionRequest: (permission) => send('permissionRequest', { permission }),
    permissionCheck: (permission) => send('permissionCheck', { permission }),
    devicePermission: () => send('devicePermission'),
    beforeRequest: (url) => send('beforeRequest', { url }),
    webContentsEvent: (window, event, url) => send('webContentsEvent', { window, event, url }),
    windowOpen: (window, url, response) => send('windowOpen', { window, url, response }),
    navigateFrame: (window, url) => send('navigateFrame', { window, url }),
    invoke: (channel, input, sender) => send('invoke', { channel, input, sender }),
    setOpenDialogAnswers: (paths) => send('setOpenDialogAnswers', { paths }),
    appEvent: (name) => send('appEvent', { name }),
    powerEvent: (name) => send('powerEvent', { name }),
    menuClick: (label) => send('menuClick', { label }),
    pressShortcut: (accelerator) => send('pressShortcut', { accelerator }),
    windowCall: (window, method, ...args) => send('windowCall', { window, method, args }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
