// Hostile files and strangers on the same computer, for `npm run reliability` (full size) and
// tests/unit/reliability-hostile-files.test.ts (smaller):
//  - unauthenticated requests: page, assets, every API method and the event stream, from a client
//    without the harness's cookie, after real data was written; every one must get 401;
//  - special files handed to restore (FIFO, /dev/zero, a folder, symbolic links, a 10 GB sparse
//    file…) through the desktop app's open dialog (the only way a path reaches main), with the
//    built main bundle under the electron stand-in pinged over IPC: each is refused, and the
//    longest main took to answer a ping meanwhile is measured;
//  - symbolic links planted where Harbor writes its own files: none is ever written through.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { startHarness } from '../../src/main/harness/server.ts';
import { apiMethods } from '../../src/shared/contract/index.ts';
import { launchWithStandIn } from '../electron-standin/launch.ts';
import { signInCookie } from '../support/harness-sign-in.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSPHRASE = 'quiet harbour evening';

async function post(url: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
}

export interface UnauthenticatedFigures {
  unauthenticated_requests_tried: number;
  unauthenticated_requests_served: number;
  secrets_in_bodies: number;
  served: string[];
}

/** Every path a stranger could try, with no cookie, a wrong one, an old-style token, or a spent code. */
export async function runUnauthenticatedChecks(): Promise<UnauthenticatedFigures> {
  const temp = makeTempDir('harbor-reliability-auth-');
  const rendererDir = existsSync(join(root, 'out/renderer/index.html')) ? join(root, 'out/renderer') : join(temp.dir, 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), '');
  }
  const harness = await startHarness({ dataDir: join(temp.dir, 'data'), rendererDir, port: 0, keychain: noKeychain, kdfCost: FAST_KDF });
  const figures: UnauthenticatedFigures = { unauthenticated_requests_tried: 0, unauthenticated_requests_served: 0, secrets_in_bodies: 0, served: [] };
  try {
    // The person signs in and writes something, so there is data to steal.
    const cookie = await signInCookie(harness.signInUrl);
    const session = cookie.slice(cookie.indexOf('=') + 1);
    const code = new URL(harness.signInUrl).searchParams.get('code')!;
    await post(`${harness.url}/api/vaultCreate`, { passphrase: PASSPHRASE }, cookie);
    const today = (await (await post(`${harness.url}/api/journalToday`, {}, cookie)).json()) as { value: { day: string } };
    await post(`${harness.url}/api/journalSaveEntry`, { day: today.value.day, checkIn: { reflection: 'Words nobody else may read' } }, cookie);

    const pages = ['/', '/index.html', '/coping.html', `/?code=${code}`, '/missing.js', '/../index.html'];
    const assets = readdirSync(join(rendererDir, 'assets')).map((name) => `/assets/${name}`);
    const strangers: Record<string, string>[] = [
      {},
      { cookie: `${cookie.slice(0, cookie.indexOf('='))}=wrong` },
      { cookie: `${cookie.slice(0, cookie.indexOf('='))}=${session.slice(0, -1)}` },
      { cookie: `harbor-session=${session}` },
      { 'x-harbor-token': session },
    ];
    const record = async (what: string, response: Response) => {
      figures.unauthenticated_requests_tried++;
      const body = await response.text();
      if (response.status !== 401) {
        figures.unauthenticated_requests_served++;
        figures.served.push(`${what} → ${response.status}`);
      }
      if (body.includes(session) || body.includes(code) || body.includes('Words nobody else may read')) figures.secrets_in_bodies++;
    };
    for (const headers of strangers) {
      for (const path of [...pages, ...assets]) await record(`GET ${path}`, await fetch(`${harness.url}${path}`, { headers, redirect: 'manual' }));
      for (const method of apiMethods) {
        await record(`POST /api/${method}`, await fetch(`${harness.url}/api/${method}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' }));
      }
      const events = new AbortController();
      const stream = await fetch(`${harness.url}/events`, { headers, signal: events.signal });
      figures.unauthenticated_requests_tried++;
      if (stream.status !== 401) {
        figures.unauthenticated_requests_served++;
        figures.served.push(`GET /events → ${stream.status}`);
      }
      events.abort();
    }
    return figures;
  } finally {
    await harness.close();
    temp.cleanup();
  }
}

export interface SpecialFileFigures {
  special_files_tried: number;
  special_files_refused: number;
  main_blocked_max_ms: number;
  pings: number;
  kinds: string[];
  problems: string[];
}

/**
 * Restore is handed each special file in turn through the one way a path still reaches main: the
 * desktop app's own open dialog. The BUILT main bundle runs under the electron stand-in (see
 * tests/electron-standin), the "person" picks the file in the dialog, and main is pinged over IPC
 * every 20 ms meanwhile: each file must be refused, naming only itself, and main must keep answering.
 */
export async function runSpecialFileChecks(options: { rounds: number }): Promise<SpecialFileFigures> {
  const temp = makeTempDir('harbor-reliability-special-');
  const dir = join(temp.dir, 'hostile');
  mkdirSync(dir);
  const kinds: [string, string][] = [
    ['a FIFO nobody writes to', join(dir, 'fifo.backup')],
    ['/dev/zero', '/dev/zero'],
    ['/dev/urandom', '/dev/urandom'],
    ['a folder', join(dir, 'folder.backup')],
    ['a symbolic link to a real file', join(dir, 'link.backup')],
    ['a symbolic link to /dev/zero', join(dir, 'zero-link.backup')],
    ['a symbolic link to the FIFO', join(dir, 'fifo-link.backup')],
    ['a 10 GB sparse file', join(dir, 'sparse.backup')],
    ['a missing file', join(dir, 'missing.backup')],
  ];
  execFileSync('mkfifo', [join(dir, 'fifo.backup')]);
  mkdirSync(join(dir, 'folder.backup'));
  writeFileSync(join(dir, 'real.backup'), 'HARBORBK');
  symlinkSync(join(dir, 'real.backup'), join(dir, 'link.backup'));
  symlinkSync('/dev/zero', join(dir, 'zero-link.backup'));
  symlinkSync(join(dir, 'fifo.backup'), join(dir, 'fifo-link.backup'));
  const sparse = openSync(join(dir, 'sparse.backup'), 'w');
  ftruncateSync(sparse, 10 * 1024 ** 3);
  closeSync(sparse);

  // A new computer (no journal yet): restore is open to whoever sits there, so nothing else stops the file first.
  const app = await launchWithStandIn({ dataDir: join(temp.dir, 'data') });
  const figures: SpecialFileFigures = { special_files_tried: 0, special_files_refused: 0, main_blocked_max_ms: 0, pings: 0, kinds: kinds.map(([k]) => k), problems: [] };
  let pinging = true;
  try {
    const snapshot = await app.snapshot();
    const sender = { window: snapshot.windows.findIndex((w) => w.loadedUrls[0]?.endsWith('/index.html')) };
    if (sender.window < 0) throw new Error('The app opened no main window.');
    type Reply = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    const pinger = (async () => {
      while (pinging) {
        const started = performance.now();
        await app.invoke('harbor:vaultStatus', {}, sender);
        figures.main_blocked_max_ms = Math.max(figures.main_blocked_max_ms, Math.round(performance.now() - started));
        figures.pings++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    for (let round = 0; round < options.rounds; round++) {
      for (const [kind, path] of kinds) {
        figures.special_files_tried++;
        await app.setOpenDialogAnswers([path]);
        const reply = (await app.invoke('harbor:backupChooseFile', {}, sender)) as Reply;
        const name = basename(path);
        const refused = !reply.ok && reply.error?.code === 'invalid_input' && reply.error.message.includes(name) && !reply.error.message.includes(dir);
        // Nothing was kept to restore from.
        const after = (await app.invoke('harbor:backupPreviewRestore', { secret: PASSPHRASE, secretKind: 'passphrase' }, sender)) as Reply;
        if (refused && !after.ok && after.error?.code === 'not_found') figures.special_files_refused++;
        else figures.problems.push(`${kind}: ${JSON.stringify(reply).slice(0, 200)} then ${JSON.stringify(after).slice(0, 120)}`);
      }
    }
    pinging = false;
    await pinger;
    const opened = (await app.snapshot()).openDialogs.length;
    if (opened !== figures.special_files_tried) figures.problems.push(`the open dialog was shown ${opened} times for ${figures.special_files_tried} files`);
    return figures;
  } finally {
    pinging = false;
    await app.stop();
    temp.cleanup();
  }
}

export interface SymlinkFigures {
  symlink_writes_tried: number;
  symlink_writes_followed: number;
  links_left_in_place: string[];
}

/**
 * Links planted at every file Harbor rewrites in its data folder, each pointing at a file
 * elsewhere (a copy of the real content, so Harbor reads on as usual): none may be written through.
 */
export async function runSymlinkWriteChecks(): Promise<SymlinkFigures> {
  const temp = makeTempDir('harbor-reliability-links-');
  const dataDir = join(temp.dir, 'data');
  const elsewhere = join(temp.dir, 'elsewhere');
  mkdirSync(elsewhere);
  const core = new HarborCore({ dataDir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF });
  const targets = ['harbor.key.json', 'reminder.json', 'coping-locked.json', 'coping-pending-key.json'];
  const planted = new Map<string, string>();
  try {
    const call = async (method: string, input: unknown) => {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    };
    await call('vaultCreate', { passphrase: PASSPHRASE });
    for (const name of targets) {
      const inData = join(dataDir, name);
      const content = existsSync(inData) ? readFileSync(inData, 'utf8') : `someone else's ${name}`;
      writeFileSync(join(elsewhere, name), content);
      rmSync(inData, { force: true });
      symlinkSync(join(elsewhere, name), inData);
      planted.set(name, content);
    }
    await call('journalSetReminder', { enabled: true, time: '21:00' });
    await call('copingSetLockedAccess', { choice: 'while-locked' });
    await call('vaultChangePassphrase', { current: PASSPHRASE, next: 'another quiet evening' });
    await call('vaultLock', {});
    await call('vaultUnlock', { passphrase: 'another quiet evening' });
  } finally {
    core.close();
  }
  const followed = targets.filter((name) => readFileSync(join(elsewhere, name), 'utf8') !== planted.get(name));
  const left = targets.filter((name) => lstatSync(join(dataDir, name), { throwIfNoEntry: false })?.isSymbolicLink());
  temp.cleanup();
  // Tried: links Harbor wrote at (and so replaced). A link still in place was never written at.
  return { symlink_writes_tried: targets.length - left.length, symlink_writes_followed: followed.length, links_left_in_place: left };
}
