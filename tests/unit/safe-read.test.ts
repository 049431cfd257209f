// Reading a file handed over for restore: only regular files, never through a link, capped, and
// asynchronous, so FIFOs, devices, folders and huge sparse files are refused at once while the
// process keeps answering. Directly, and through the real core (main's own open dialog, the only
// way a path reaches the reader) on real files.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChosenFile } from '../../src/main/core/safe-read.ts';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';
import { backupDialogs } from '../../src/main/electron/backup-dialogs.ts';

const temps: { cleanup(): void }[] = [];
afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));
function tempDir(): string {
  const temp = makeTempDir('harbor-safe-read-');
  temps.push(temp);
  return temp.dir;
}

const posix = process.platform !== 'win32';

describe('readChosenFile', () => {
  it('reads a regular file whole', async () => {
    const dir = tempDir();
    const data = Buffer.alloc(9 * 1024 * 1024 + 7, 7);
    writeFileSync(join(dir, 'a.backup'), data);
    expect((await readChosenFile(join(dir, 'a.backup'))).equals(data)).toBe(true);
  });

  it.skipIf(!posix)('refuses a FIFO, /dev/zero, a folder, a symbolic link and a file over the cap, at once and with one message', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.backup'), 'HARBORBK');
    execFileSync('mkfifo', [join(dir, 'fifo.backup')]);
    symlinkSync(join(dir, 'real.backup'), join(dir, 'link.backup'));
    mkdirSync(join(dir, 'folder.backup'));
    const sparse = openSync(join(dir, 'sparse.backup'), 'w');
    ftruncateSync(sparse, 10 * 1024 ** 3); // 10 GB, no blocks used
    closeSync(sparse);
    const cases = [join(dir, 'fifo.backup'), '/dev/zero', join(dir, 'folder.backup'), join(dir, 'link.backup'), join(dir, 'sparse.backup')];
    for (const path of cases) {
      const started = performance.now();
      const error = await readChosenFile(path).then(() => null, (e: unknown) => e as Error);
      expect(error, path).not.toBeNull();
      expect(error!.message).toMatch(/^Harbor could not read \S+ as a backup\./);
      // Refused at the door, not after reading (generous: a busy machine).
      expect(performance.now() - started, path).toBeLessThan(5_000);
    }
  });

  it.skipIf(!posix)('says the same for a missing file, a forbidden one and a folder: nothing about what exists', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret.backup'), 'x');
    chmodSync(join(dir, 'secret.backup'), 0o000);
    mkdirSync(join(dir, 'folder.backup'));
    const message = async (name: string) => (await readChosenFile(join(dir, name)).catch((e: Error) => e)).toString().replace(name, 'NAME');
    const names = ['missing.backup', 'folder.backup'];
    // root reads any file, so a forbidden one can only be tried under a normal account.
    if (process.getuid?.() === 0) console.info('safe-read: running as root, so the forbidden-file case was left out');
    else names.push('secret.backup');
    const answers = new Set(await Promise.all(names.map(message)));
    expect(answers.size).toBe(1);
    expect([...answers][0]).toMatch(/could not read NAME as a backup/);
  });

  it.skipIf(!posix)('keeps the process answering while the restore dialog hands over a FIFO and /dev/zero', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'fifo.backup')]);
    const answers = ['/dev/zero', join(dir, 'fifo.backup'), '/dev/urandom', dir];
    const core = new HarborCore({
      dataDir: join(dir, 'data'),
      platform: {
        keychain: noKeychain,
        backupDialogs: backupDialogs({
          dialog: { showOpenDialog: (async () => ({ canceled: false, filePaths: [answers.shift()!] })) as never },
          shell: { showItemInFolder: () => {} },
          window: () => null,
          defaultFolder: () => dir,
        }),
      },
      kdfCost: FAST_KDF,
    });
    try {
      let longest = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 10);
      const tries = [1, 2, 3, 4].map(() => core.call('backupChooseFile', {}));
      const results = await Promise.all(tries);
      clearInterval(ticker);
      for (const result of results) expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(longest).toBeLessThan(1_000);
    } finally {
      core.close();
    }
  });
});
