// Exports in the desktop app: a save dialog, then the file written where the person chose.
// Electron's dialog is passed in (only its type is imported), so this runs in unit tests too.
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import { HarborError } from '../../shared/result.ts';
import type { ExportFile, SaveFilePort } from '../core/recovery/export-port.ts';

export interface ExportFileDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the dialog belongs to (the focused Harbor window), if any. */
  window: () => BaseWindow | null;
  /** Where the dialog starts, usually the Documents folder. */
  defaultFolder: () => string;
}

const filterNames: Record<string, string> = { '.csv': 'CSV table', '.pdf': 'PDF document', '.md': 'Markdown text', '.json': 'JSON data' };

export function saveFileWithDialog(deps: ExportFileDeps): SaveFilePort {
  return {
    async save(file: ExportFile): Promise<string | null> {
      const extension = extname(file.fileName);
      const options = {
        title: 'Save export (not encrypted)',
        defaultPath: join(deps.defaultFolder(), file.fileName),
        filters: [{ name: filterNames[extension] ?? 'File', extensions: [extension.slice(1)] }],
      };
      const window = deps.window();
      const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeExport(choice.filePath, file.bytes);
      return choice.filePath;
    },
  };
}

/** Writes the file; a folder Harbor may not write to becomes a message the person can act on. */
export async function writeExport(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'Harbor is not allowed to write in that folder.'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'That folder does not exist any more.'
          : code === 'ENOSPC'
            ? 'The disk is full.'
            : code === 'EISDIR'
              ? 'There is a folder with that name already.'
              : 'The file could not be written there.';
    throw new HarborError('read_only', `${reason} Nothing was saved. Choose another folder, such as Documents, and try again.`);
  }
}
