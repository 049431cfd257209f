// Runs the BUILT preload (out/preload/index.cjs) the way a sandboxed Electron renderer does:
// as a CommonJS function whose `require` knows only the renderer's `electron`. The stand-in
// contextBridge and ipcRenderer record what the preload exposes and which channels it uses.
import { readFileSync } from 'node:fs';
import { compileFunction } from 'node:vm';

export interface PreloadRun {
  /** Every module the preload asked `require` for. */
  required: string[];
  /** exposeInMainWorld(key, api) calls. */
  exposed: { key: string; api: Record<string, unknown> }[];
  invocations: { channel: string; args: unknown[] }[];
  listeners: Map<string, ((...args: unknown[]) => void)[]>;
}

export function runPreload(file: string): PreloadRun {
  const run: PreloadRun = { required: [], exposed: [], invocations: [], listeners: new Map() };
  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]) {
      run.invocations.push({ channel, args });
      return Promise.resolve({ ok: true, value: channel });
    },
    on(channel: string, listener: (...args: unknown[]) => void) {
      run.listeners.set(channel, [...(run.listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      run.listeners.set(channel, (run.listeners.get(channel) ?? []).filter((l) => l !== listener));
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key: string, api: Record<string, unknown>) {
      run.exposed.push({ key, api });
    },
  };
  const sandboxedRequire = (name: string) => {
    run.required.push(name);
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(`module not found: ${name} (a sandboxed preload can require only electron)`);
  };
  const module = { exports: {} };
  const body = compileFunction(readFileSync(file, 'utf8'), ['require', 'module', 'exports'], { filename: file });
  body(sandboxedRequire, module, module.exports);
  return run;
}
