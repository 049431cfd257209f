// The small core modules: key wrapping and the key file format, atomic writes, the data-dir
// option and the path check used by the app:// protocol and the harness.
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  keyFileChecksum,
  newRecoveryCode,
  normalisePassphrase,
  parseKeyFile,
  serializeKeyFile,
  unwrapKey,
  wrapKey,
  type KeyFile,
} from '../../src/main/core/key-file.ts';
import { writeFileAtomic } from '../../src/main/core/atomic-file.ts';
import { resolveDataDir } from '../../src/main/core/data-dir.ts';
import { resolveInside } from '../../src/main/core/safe-path.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('key wrapping', () => {
  it('unwraps with the same secret and label only', async () => {
    const key = randomBytes(32);
    const wrapped = await wrapKey(key, normalisePassphrase('secret words'), FAST_KDF, 'passphrase');
    expect((await unwrapKey(wrapped, normalisePassphrase('secret words'), 'passphrase'))!.equals(key)).toBe(true);
    expect(await unwrapKey(wrapped, normalisePassphrase('secret word'), 'passphrase')).toBeNull();
    // The label is bound in as associated data: a passphrase wrap cannot pass as a recovery wrap.
    expect(await unwrapKey(wrapped, normalisePassphrase('secret words'), 'recovery')).toBeNull();
    expect(Buffer.from(wrapped.data, 'base64').equals(key)).toBe(false);
  });

  it('uses a fresh salt and IV every time', async () => {
    const key = randomBytes(32);
    const a = await wrapKey(key, normalisePassphrase('same'), FAST_KDF, 'passphrase');
    const b = await wrapKey(key, normalisePassphrase('same'), FAST_KDF, 'passphrase');
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('recovery codes are 8 groups of 4 Crockford characters and do not repeat', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newRecoveryCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});

describe('key file format', () => {
  async function sample(): Promise<KeyFile> {
    const key = randomBytes(32);
    return {
      format: 'harbor-key-file',
      version: 1,
      cipher: 'sqlcipher-4',
      passphrase: await wrapKey(key, normalisePassphrase('a'), FAST_KDF, 'passphrase'),
      recovery: await wrapKey(key, normalisePassphrase('b'), FAST_KDF, 'recovery'),
      device: null,
    };
  }

  it('round-trips, with a checksum over the content', async () => {
    const keyFile = await sample();
    const text = serializeKeyFile(keyFile);
    expect(parseKeyFile(text)).toEqual(keyFile);
    const { checksum, ...rest } = JSON.parse(text);
    expect(checksum).toBe(keyFileChecksum(rest));
    // Key order in the file does not matter (someone may have reformatted it).
    const reordered = JSON.stringify({ checksum, ...Object.fromEntries(Object.entries(rest).reverse()) });
    expect(parseKeyFile(reordered)).toEqual(keyFile);
  });

  it('refuses a file without its checksum, with extra fields, or with any value changed', async () => {
    const keyFile = await sample();
    const text = serializeKeyFile(keyFile);
    const { checksum: _checksum, ...fields } = JSON.parse(text);
    expect(parseKeyFile(JSON.stringify(fields))).toBeNull();
    const extra = { ...fields, note: 'hello' };
    expect(parseKeyFile(JSON.stringify({ ...extra, checksum: keyFileChecksum(extra) }))).toBeNull();
    expect(parseKeyFile(text.replace('"device": null', '"device": "AAAA"'))).toBeNull();
    expect(parseKeyFile(text.replace(/"N": \d+/, '"N": 2048'))).toBeNull();
  });
});

describe('writeFileAtomic', () => {
  it('replaces the whole file, private to the owner, leaving no temp file', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const path = join(temp.dir, 'file.json');
    writeFileAtomic(path, 'first');
    writeFileAtomic(path, Buffer.from('second'));
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(temp.dir)).toEqual(['file.json']);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('leaves the old file and no temp file when the rename fails', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const target = join(temp.dir, 'a-folder');
    writeFileAtomic(join(target + '-sibling'), 'x');
    // Renaming a file over a non-empty directory fails on every platform.
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'keep');
    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(readdirSync(temp.dir).sort()).toEqual(['a-folder', 'a-folder-sibling']);
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('keep');
  });

  it.skipIf(process.platform === 'win32')('never writes through a symbolic link, at the file or at any temp name', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const victim = join(temp.dir, 'victim.txt');
    writeFileSync(victim, 'not yours');
    const path = join(temp.dir, 'file.json');
    // The old predictable temp name, and a link at the file itself.
    symlinkSync(victim, `${path}.tmp-${process.pid}`);
    symlinkSync(victim, path);
    writeFileAtomic(path, 'new content');
    expect(readFileSync(victim, 'utf8')).toBe('not yours');
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(lstatSync(`${path}.tmp-${process.pid}`).isSymbolicLink()).toBe(true);
    expect(readdirSync(temp.dir).sort()).toEqual(['file.json', `file.json.tmp-${process.pid}`, 'victim.txt']);
  });

  it('uses a fresh, unguessable temp name for every write', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const path = join(temp.dir, 'file.json');
    const seen = new Set<string>();
    const watcher = watch(temp.dir, (_event, name) => {
      if (name && name !== 'file.json') seen.add(String(name));
    });
    for (let i = 0; i < 5; i++) writeFileAtomic(path, `write ${i}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    watcher.close();
    expect(seen.size).toBeGreaterThanOrEqual(5);
    for (const name of seen) expect(name).toMatch(/^\.file\.json\.[0-9a-f]{16}\.tmp$/);
    expect(readdirSync(temp.dir)).toEqual(['file.json']);
  });
});

describe('resolveDataDir', () => {
  const fallback = '/default/harbor';
  it('prefers --data-dir, then --data-dir=, then HARBOR_DATA_DIR, then the default', () => {
    expect(resolveDataDir(['--data-dir', 'a'], { HARBOR_DATA_DIR: 'b' }, fallback)).toBe(resolve('a'));
    expect(resolveDataDir(['--data-dir=/x/y'], {}, fallback)).toBe('/x/y');
    expect(resolveDataDir(['--port', '5'], { HARBOR_DATA_DIR: '/env' }, fallback)).toBe('/env');
    expect(resolveDataDir([], {}, fallback)).toBe(fallback);
  });

  it('does not take an empty value or the next flag as a folder', () => {
    expect(resolveDataDir(['--data-dir='], {}, fallback)).toBe(fallback);
    expect(resolveDataDir(['--data-dir', '--port', '5'], {}, fallback)).toBe(fallback);
    expect(resolveDataDir(['--data-dir'], { HARBOR_DATA_DIR: '/env' }, fallback)).toBe('/env');
  });
});

describe('resolveInside', () => {
  const root = '/srv/renderer';
  it('maps paths inside the root, and / to index.html', () => {
    expect(resolveInside(root, '/')).toBe('/srv/renderer/index.html');
    expect(resolveInside(root, '')).toBe('/srv/renderer/index.html');
    expect(resolveInside(root, '/assets/app.js')).toBe('/srv/renderer/assets/app.js');
    expect(resolveInside(root, '//assets//app.js')).toBe('/srv/renderer/assets/app.js');
  });

  it('refuses anything that leaves the root', () => {
    for (const path of ['/..', '/../x', '/assets/../../x', '/a/../../x', '/\0', '/index.html\0.js', '/.']) {
      expect(resolveInside(root, path), path).toBeNull();
    }
  });

  it('never maps percent-escaped separators outside the root', () => {
    for (const path of ['/..%2fsecret', '/%2e%2e/secret', '/..%5csecret', '/assets/..%2f..%2fx']) {
      const mapped = resolveInside(root, path);
      expect(mapped === null || mapped.startsWith(`${root}/`), path).toBe(true);
    }
  });
});
