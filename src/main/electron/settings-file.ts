// settings.json in the desktop app, through electron-store (core/settings/settings-store.ts owns
// what is in it). electron-store answers 'electron-store-get-data' on ipcMain for renderer-side
// stores, to any page and without a sender check; Harbor's pages never read settings that way, so
// the listener is removed as soon as the store exists: main answers only the contract's channels.
import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import type { SettingsFileOpener } from '../core/settings/settings-store.ts';

const RENDERER_DATA_CHANNEL = 'electron-store-get-data';

export const openWithElectronStore: SettingsFileOpener = ({ configName, ...options }) => {
  const store = new ElectronStore<Record<string, unknown>>({ ...options, name: configName });
  ipcMain.removeAllListeners(RENDERER_DATA_CHANNEL);
  return store;
};
