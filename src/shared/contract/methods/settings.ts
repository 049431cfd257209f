// Settings, auto-lock activity and backup method names. Keep in step with
// contract/settings.ts and contract/backup.ts.
export const settingsMethods = ['settingsAppearance', 'settingsGet', 'settingsUpdate', 'settingsDismissNotice', 'appActivity'] as const;

export const backupMethods = [
  'backupList',
  'backupNow',
  'backupChooseFolder',
  'backupChooseFile',
  'backupPreviewRestore',
  'backupRestore',
] as const;
