// Backups in the BUILT app, under the electron stand-in (run `npx electron-vite build` first):
// "Back up now" asks the system's folder dialog, restore reads the file picked in the system's open
// dialog, "Show in folder" reaches the file manager, and the page is told names and ids, never a path.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithStandIn, type StandInApp } from '../electron-standin/launch.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const PASSPHRASE = 'quiet harbour evening';
type Reply = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string; message: string } };

describe('backups in the built app', () => {
  const temp = makeTempDir('harbor-backups-electron-');
  const dataDir = join(temp.dir, 'data');
  const usb = join(temp.dir, 'USB stick');
  let app: StandInApp;
  let sender: { window: number };
  const call = async (method: string, input: unknown = {}): Promise<Record<string, unknown>> => {
    const reply = (await app.invoke(`harbor:${method}`, input, sender)) as Reply;
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
    expect(JSON.stringify(reply)).not.toContain(temp.dir);
    return reply.value;
  };

  beforeAll(async () => {
    app = await launchWithStandIn({ dataDir });
    const snapshot = await app.snapshot();
    sender = { window: snapshot.windows.findIndex((w) => w.loadedUrls[0]?.endsWith('/index.html')) };
    mkdirSync(usb);
  });
  afterAll(async () => {
    await app?.stop();
    temp.cleanup();
  });

  it('backs up into the folder picked in the dialog, shows it in the file manager, and restores the file picked in the open dialog', async () => {
    await call('vaultCreate', { passphrase: PASSPHRASE });
    const { day } = (await call('journalToday')) as { day: string };
    await call('journalSaveEntry', { day, checkIn: { mood: 4, reflection: 'Before the backup' } });

    expect(await call('backupList')).toMatchObject({ dialogs: true, showInFolder: true });
    // A folder named by the page is refused: only the dialog chooses.
    const typed = (await app.invoke('harbor:backupNow', { folder: usb }, sender)) as Reply;
    expect(typed.ok ? null : typed.error.message).toMatch(/Choose the folder for the backup in the dialog/);

    await app.setOpenDialogAnswers([usb]);
    const { made } = (await call('backupNow')) as { made: { id: string; fileName: string } };
    expect(readdirSync(usb)).toEqual([made.fileName]);
    await call('backupShowInFolder', { id: made.id });
    expect((await app.snapshot()).shownInFolder).toEqual([join(usb, made.fileName)]);

    await call('journalSaveEntry', { day, checkIn: { mood: 1, reflection: 'After the backup' } });
    await app.setOpenDialogAnswers([join(usb, made.fileName)]);
    expect(await call('backupChooseFile')).toEqual({ supported: true, file: { name: made.fileName, sizeBytes: expect.any(Number) } });
    await call('backupPreviewRestore', { secret: PASSPHRASE, secretKind: 'passphrase' });
    await call('backupRestore', { secret: PASSPHRASE, secretKind: 'passphrase' });
    expect(((await call('journalGetDay', { day })) as { entry: { reflection: string } }).entry.reflection).toBe('Before the backup');

    // The dialogs were the system's: a folder dialog, then an open dialog offering backups first.
    const dialogs = (await app.snapshot()).openDialogs;
    expect(dialogs.map((d) => d.properties)).toEqual([['openDirectory', 'createDirectory'], ['openFile']]);
    expect(existsSync(join(dataDir, 'backups'))).toBe(true);
  });
});
