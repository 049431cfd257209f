// Import in the desktop app: the file comes from the system's own open dialog, and main reads it
// itself (core/import/chosen-file.ts); the page never names a path. Electron's dialog is passed in
// (only its type is imported), so this runs in unit tests too.
import type { BaseWindow, Dialog } from 'electron';
import type { ImportDialogPort } from '../core/import/chosen-file.ts';

export interface ImportDialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: () => BaseWindow | null;
  defaultFolder: () => string;
}

export function importDialog(deps: ImportDialogDeps): ImportDialogPort {
  return {
    chooseFile: async () => {
      const options = {
        title: 'Choose a file to import',
        defaultPath: deps.defaultFolder(),
        properties: ['openFile' as const],
        filters: [
          { name: 'Exports and backups', extensions: ['csv', 'daylio', 'json'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const window = deps.window();
      const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
  };
}
