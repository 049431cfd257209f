// App settings (never journal content) in a small JSON file in the data dir.
// The same settings.json holds the core's settings (core/settings/settings-store.ts: theme,
// auto-lock, discreet mode…); conf re-reads the file on every read and write, so each side
// changes only its own keys and neither clobbers the other.
// `conf` is what electron-store wraps; we use it directly because electron-store also registers
// an ipcMain listener ('electron-store-get-data') outside our contract and without a sender check.
import Conf from 'conf';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface AppSettings {
  windowBounds: WindowBounds;
  /** The global hotkey for the coping box (an Electron accelerator); unset means the default. */
  copingHotkey?: string;
}

export type Settings = Conf<AppSettings>;

export function openSettings(dataDir: string): Settings {
  return new Conf<AppSettings>({
    cwd: dataDir,
    configName: 'settings',
    clearInvalidConfig: true,
    defaults: { windowBounds: { width: 1100, height: 780, maximized: false } },
  });
}
