// What backups need from the desktop: its file dialogs and its file manager. The Electron layer
// implements it (src/main/electron/backup-dialogs.ts); the browser harness has none, so there the
// page types the folder for "Back up now" and uploads the backup to restore from its file picker.
export interface BackupDialogPort {
  /** The folder the person chose for "Back up now", or null when they closed the dialog. */
  chooseFolder(): Promise<string | null>;
  /** The backup file the person chose to restore, or null when they closed the dialog. Main reads it itself. */
  chooseFile(): Promise<string | null>;
  /** Opens the system's file manager with this file selected. */
  showItemInFolder(path: string): void;
}
