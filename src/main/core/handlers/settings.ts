import type { HandlerGroup } from './types.ts';

type SettingsMethod =
  | 'settingsAppearance'
  | 'settingsGet'
  | 'settingsUpdate'
  | 'settingsDismissNotice'
  | 'appActivity'
  | 'backupList'
  | 'backupNow'
  | 'backupShowInFolder'
  | 'backupChooseFile'
  | 'backupAddBytes'
  | 'backupChooseKept'
  | 'backupForget'
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

  backupList: (_input, { backups }) => {
    const desktop = backups.dialogPort() !== null;
    return { ...backups.list(), dialogs: desktop, showInFolder: desktop };
  },
  backupNow: async ({ folder }, { backups }) => ({ made: await backups.backUpNow(folder) }),
  backupShowInFolder: ({ id }, { backups }) => ({ shown: backups.showInFolder(id) }),
  // The restore sources refuse while a journal exists and is locked (see BackupRestore).
  backupChooseFile: ({ open }, { restore }) => restore.chooseWithDialog(open),
  backupAddBytes: (input, { restore }) => restore.addPart(input),
  backupChooseKept: async ({ id }, { restore }) => ({ file: await restore.chooseKept(id) }),
  backupForget: (_input, { restore }) => ({ forgotten: restore.forget() }),
  backupPreviewRestore: (input, { restore }) => restore.preview(input),
  backupRestore: (input, { restore }) => restore.restore(input),
};
