// App settings (never journal content) in a small JSON file in the data dir.
// The same settings.json holds the core's settings (core/settings/settings-store.ts: theme,
// auto-lock, discreet mode…); conf re-reads the file on every read and write, so each side
// changes only its own keys and neither clobbers the other.
// `conf` is what electron-store wraps; we use it directly because electron-store also registers
// an ipcMain listener ('electron-store-get-data') outside our contract and without a sender check.
// What is read back is unknown until checked (core/settings/window-settings.ts): the file is plain
// JSON anyone can edit.
import Conf from 'conf';
import { DEFAULT_WINDOW_BOUNDS } from '../core/settings/window-settings.ts';

export interface AppSettings {
  /** Written as WindowBounds; read back as unknown (startBounds checks it). */
  windowBounds: unknown;
  /** The global hotkey for the coping box (an Electron accelerator); read back through savedHotkey. */
  copingHotkey?: unknown;
}

export type Settings = Conf<AppSettings>;

export function openSettings(dataDir: string): Settings {
  return new Conf<AppSettings>({
    cwd: dataDir,
    configName: 'settings',
    clearInvalidConfig: true,
    defaults: { windowBounds: { ...DEFAULT_WINDOW_BOUNDS } },
  });
}
