// The desktop app's folder and file dialogs for backups, with Electron's dialog faked:
// what the person chose reaches the core, closing the dialog is not an error, and the harness
// (no dialogs) says so, so the page asks for a typed path instead.
import { afterEach, describe, expect, it } from 'vitest';
import { backupDialogs, type BackupDialogDeps } from '../../src/main/electron/backup-dialogs.ts';

type OpenDialogOptions = Parameters<BackupDialogDeps['dialog']['showOpenDialog']>[0];
import { unlockedCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const asked: OpenDialogOptions[] = [];
  return {
    asked,
    dialog: {
      showOpenDialog: (async (...args: unknown[]) => {
        asked.push(args[args.length - 1] as OpenDialogOptions);
        return answer;
      }) as never,
    },
  };
}

describe('backup dialogs', () => {
  it('a chosen folder is used for "Back up now"; a closed dialog changes nothing', async () => {
    const h = await unlockedCore();
    cleanups.push(() => h.cleanup());
    const list = await h.value<{ dialogs: boolean }>('backupList');
    expect(list.dialogs).toBe(false);
    expect(await h.value('backupChooseFolder')).toEqual({ supported: false, path: null });

    const folder = makeTempDir();
    cleanups.push(folder.cleanup);
    const chosen = fakeDialog({ canceled: false, filePaths: [folder.dir] });
    h.core.backups.setDialogPort(backupDialogs({ dialog: chosen.dialog, window: () => null, defaultFolder: () => '/home/someone/Documents' }));
    expect((await h.value<{ dialogs: boolean }>('backupList')).dialogs).toBe(true);
    const choice = await h.value<{ supported: boolean; path: string }>('backupChooseFolder');
    expect(choice).toEqual({ supported: true, path: folder.dir });
    expect(chosen.asked[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'], defaultPath: '/home/someone/Documents' });
    const made = await h.value<{ path: string }>('backupNow', { folder: choice.path });
    expect(made.path.startsWith(folder.dir)).toBe(true);

    h.core.backups.setDialogPort(backupDialogs({ dialog: fakeDialog({ canceled: true, filePaths: [] }).dialog, window: () => null, defaultFolder: () => '/' }));
    expect(await h.value('backupChooseFolder')).toEqual({ supported: true, path: null });
    expect(await h.value('backupChooseFile')).toEqual({ supported: true, path: null });
  });

  it('the restore dialog asks for one file and offers backups first', async () => {
    const picked = fakeDialog({ canceled: false, filePaths: ['/media/usb/harbor-backup-2025-03-14-203000.backup'] });
    const port = backupDialogs({ dialog: picked.dialog, window: () => null, defaultFolder: () => '/home/someone' });
    expect(await port.chooseFile()).toBe('/media/usb/harbor-backup-2025-03-14-203000.backup');
    expect(picked.asked[0]).toMatchObject({ properties: ['openFile'], filters: [{ name: 'Backups', extensions: ['backup'] }, { name: 'All files', extensions: ['*'] }] });
  });
});
