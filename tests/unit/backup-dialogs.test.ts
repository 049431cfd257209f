// The desktop app's folder and file dialogs for backups, and its "Show in folder", with
// Electron's dialog and shell faked: what the person chose reaches the core (never the page),
// closing the dialog is not an error, and the harness (no dialogs) says so, so the page types the
// folder and uploads the backup instead.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDialogs, type BackupDialogDeps } from '../../src/main/electron/backup-dialogs.ts';
import { unlockedCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';

type OpenDialogOptions = Parameters<BackupDialogDeps['dialog']['showOpenDialog']>[0];

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function fakeDesktop(answer: { canceled: boolean; filePaths: string[] }) {
  const asked: OpenDialogOptions[] = [];
  const shown: string[] = [];
  return {
    asked,
    shown,
    deps: {
      dialog: {
        showOpenDialog: (async (...args: unknown[]) => {
          asked.push(args[args.length - 1] as OpenDialogOptions);
          return answer;
        }) as never,
      },
      shell: { showItemInFolder: (path: string) => void shown.push(path) },
      window: () => null,
    },
  };
}

describe('backup dialogs', () => {
  it('"Back up now" asks main\'s folder dialog; the page gets a name and an id, and a closed dialog changes nothing', async () => {
    const harness = await unlockedCore();
    cleanups.push(() => harness.cleanup());
    const list = await harness.value<{ dialogs: boolean; showInFolder: boolean }>('backupList');
    expect(list).toMatchObject({ dialogs: false, showInFolder: false });

    const folder = makeTempDir();
    cleanups.push(folder.cleanup);
    const answer = { canceled: false, filePaths: [folder.dir] };
    const desktop = fakeDesktop(answer);
    const h = await unlockedCore({ platform: { backupDialogs: backupDialogs({ ...desktop.deps, defaultFolder: () => '/home/someone/Documents' }) } });
    cleanups.push(() => h.cleanup());
    expect(await h.value('backupList')).toMatchObject({ dialogs: true, showInFolder: true });
    const { made } = await h.value<{ made: { id: string; fileName: string } }>('backupNow', {});
    expect(desktop.asked[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'], defaultPath: '/home/someone/Documents' });
    expect(JSON.stringify(made)).not.toContain(folder.dir);
    // In the desktop app the page may not name a folder: only the dialog does.
    const typed = await h.core.call('backupNow', { folder: folder.dir });
    expect(typed.ok ? null : typed.error.message).toMatch(/Choose the folder for the backup in the dialog/);
    // "Show in folder" opens the file manager at the file main wrote.
    expect(await h.value('backupShowInFolder', { id: made.id })).toEqual({ shown: true });
    expect(desktop.shown).toEqual([join(folder.dir, made.fileName)]);

    // The person closes the dialog.
    answer.canceled = true;
    answer.filePaths = [];
    expect(await h.value('backupNow', {})).toEqual({ made: null });
    expect(await h.value('backupChooseFile', {})).toEqual({ supported: true, file: null });
    // Asking whether there is a dialog opens none.
    expect(await h.value('backupChooseFile', { open: false })).toEqual({ supported: true, file: null });
  });

  it('the restore dialog asks for one file and offers backups first', async () => {
    const picked = fakeDesktop({ canceled: false, filePaths: ['/media/usb/harbor-backup-2025-03-14-203000.backup'] });
    const port = backupDialogs({ ...picked.deps, defaultFolder: () => '/home/someone' });
    expect(await port.chooseFile()).toBe('/media/usb/harbor-backup-2025-03-14-203000.backup');
    expect(picked.asked[0]).toMatchObject({ properties: ['openFile'], filters: [{ name: 'Backups', extensions: ['backup'] }, { name: 'All files', extensions: ['*'] }] });
  });
});
