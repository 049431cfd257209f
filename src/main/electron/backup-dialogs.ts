// Backups in the desktop app: the folder for "Back up now" and the file to restore come
// from the system's own dialogs, and "Show in folder" opens the system's file manager. Main reads
// and writes the chosen files itself; the page never sees a path. Electron's dialog and shell are
// passed in (only their types are imported), so this runs in unit tests too.
import type { BaseWindow, Dialog, OpenDialogOptions, Shell } from 'electron';
import type { BackupDialogPort } from '../core/backup/dialog-port.ts';

export interface BackupDialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  /** The window the dialog belongs to (the focused Harbor window), if any. */
  window: () => BaseWindow | null;
  /** Where the dialogs start, usually the Documents folder. */
  defaultFolder: () => string;
}

export function backupDialogs(deps: BackupDialogDeps): BackupDialogPort {
  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const window = deps.window();
    const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  };
  return {
    chooseFolder: () =>
      open({ title: 'Choose a folder for the backup', defaultPath: deps.defaultFolder(), properties: ['openDirectory', 'createDirectory'] }),
    chooseFile: () =>
      open({
        title: 'Choose a backup to restore',
        defaultPath: deps.defaultFolder(),
        properties: ['openFile'],
        filters: [
          { name: 'Backups', extensions: ['backup'] },
          { name: 'All files', extensions: ['*'] },
        ],
      }),
    showItemInFolder: (path) => deps.shell.showItemInFolder(path),
  };
}
