// What the computer offers that the core cannot do by itself, in one place. The desktop app
// passes Electron's (src/main/electron/main.ts); the browser harness and tests pass only what they
// have, and the core says plainly where something is missing (no dialogs: the page picks files;
// no save dialog: exports go back to the page as downloads; no hotkey; no call or text links).
import type { BackupDialogPort } from './backup/dialog-port.ts';
import type { ContactLinkPort } from './coping/contact-links.ts';
import type { HotkeyPort } from './coping/hotkey-port.ts';
import type { ImportDialogPort } from './import/chosen-file.ts';
import { noKeychain, type Keychain } from './keychain.ts';
import type { SaveFilePort } from './recovery/export-port.ts';
import { openWithConf, type SettingsFileOpener } from './settings/settings-store.ts';

export interface Platform {
  /** The OS keychain (Electron safeStorage): automatic unlock and the sealed locked copy. */
  keychain: Keychain;
  /** How settings.json is opened: electron-store in the desktop app, conf elsewhere. */
  settingsFile: SettingsFileOpener;
  /** A save dialog and a file write for exports. */
  saveFile: SaveFilePort | null;
  /** File dialogs and the file manager for backups. */
  backupDialogs: BackupDialogPort | null;
  /** The open dialog for import. */
  importDialog: ImportDialogPort | null;
  /** The global hotkey for the coping box. */
  hotkey: HotkeyPort | null;
  /** Opening tel: and sms: links with the computer's own apps. */
  contactLinks: ContactLinkPort | null;
}

/** A computer with none of the desktop's extras: the browser harness, and tests that need none. */
export const withoutDesktop: Platform = {
  keychain: noKeychain,
  settingsFile: openWithConf,
  saveFile: null,
  backupDialogs: null,
  importDialog: null,
  hotkey: null,
  contactLinks: null,
};
