import type { HandlerGroup } from './types.ts';

type SettingsMethod =
  | 'settingsAppearance'
  | 'settingsGet'
  | 'settingsUpdate'
  | 'settingsDismissNotice'
  | 'appActivity'
  | 'backupList'
  | 'backupNow'
  | 'backupChooseFolder'
  | 'backupChooseFile'
  | 'backupPreviewRestore'
  | 'backupRestore';

export const settingsHandlers: HandlerGroup<SettingsMethod> = {
  settingsAppearance: (_input, { settings }) => settings.appearance(),
  settingsGet: (_input, { settings }) => settings.view(),
  settingsUpdate: (input, { settings }) => {
    settings.update(input);
    return settings.view();
  },
  settingsDismissNotice: (_input, { settings }) => {
    settings.dismissNotice();
    return settings.view();
  },
  // HarborCore.call counts every request as activity; this one exists for input that sends none.
  appActivity: () => ({}),

  backupList: (_input, { backups }) => ({ ...backups.list(), dialogs: backups.dialogPort() !== null }),
  backupNow: ({ folder }, { backups }) => backups.backUpTo(folder),
  backupChooseFolder: async (_input, { backups }) => {
    const dialogs = backups.dialogPort();
    return dialogs ? { supported: true, path: await dialogs.chooseFolder() } : { supported: false, path: null };
  },
  backupChooseFile: async (_input, { backups }) => {
    const dialogs = backups.dialogPort();
    return dialogs ? { supported: true, path: await dialogs.chooseFile() } : { supported: false, path: null };
  },
  backupPreviewRestore: (input, { backups }) => backups.preview(input),
  // Both refuse while a journal exists and is locked (see BackupService.prepare).
  backupRestore: (input, { backups }) => backups.restore(input),
};
