// App settings (never journal content) in electron-store, in the data dir.
import Store from 'electron-store';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface AppSettings {
  windowBounds: WindowBounds;
}

export function openSettings(dataDir: string): Store<AppSettings> {
  return new Store<AppSettings>({
    cwd: dataDir,
    name: 'settings',
    clearInvalidConfig: true,
    defaults: { windowBounds: { width: 1100, height: 780, maximized: false } },
  });
}
