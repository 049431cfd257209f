// What backups need from the desktop's file dialogs. The Electron layer implements it
// (src/main/electron/backup-dialogs.ts); the browser harness has none, so the page asks for a typed path.
export interface BackupDialogPort {
  /** The folder the person chose for "Back up now", or null when they closed the dialog. */
  chooseFolder(): Promise<string | null>;
  /** The backup file the person chose to restore, or null when they closed the dialog. */
  chooseFile(): Promise<string | null>;
}
