// The browser harness's HTTP server (startHarness, port 0): sign-in through the one-time address
// and its cookie, Host and Origin checks, path traversal, the served page, 127.0.0.1 only, clean shutdown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../src/main/harness/server.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/main/core/csp.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';
import { signInCookie } from '../support/harness-sign-in.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (fetch cannot set Host, and normalises paths we want to send as they are). */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; host?: string | null; address?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.host !== null) headers.Host = options.host ?? `127.0.0.1:${port}`;
    const req = request(
      { host: options.address ?? '127.0.0.1', port, path, method: options.method ?? 'GET', headers, setHost: false, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let harness: Harness;
let port: number;
let root: { dir: string; cleanup(): void };
/** `harbor-session-PORT=…`, from signing in through the printed address. */
let cookie: string;

beforeEach(async () => {
  root = makeTempDir();
  const rendererDir = join(root.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Harbor</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(root.dir, 'secret.txt'), 'outside the renderer folder');
  harness = await startHarness({ dataDir: join(root.dir, 'data'), rendererDir, port: 0, keychain: noKeychain, kdfCost: FAST_KDF });
  port = Number(new URL(harness.url).port);
  cookie = await signInCookie(harness.signInUrl);
});

afterEach(async () => {
  await harness.close();
  root.cleanup();
});

const api = (method: string, body: unknown, headers: Record<string, string> = { Cookie: cookie }) =>
  send(port, `/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
/** GET with the session cookie. */
const get = (path: string, headers: Record<string, string> = {}) => send(port, path, { headers: { Cookie: cookie, ...headers } });
const sessionValue = () => cookie.slice(cookie.indexOf('=') + 1);

describe('harness server', () => {
  it('listens on 127.0.0.1 only, on the port it reports', async () => {
    const address = harness.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', port });
    expect(harness.url).toBe(`http://127.0.0.1:${port}`);
    await expect(send(port, '/', { address: '::1' })).rejects.toThrow(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      await expect(send(port, '/', { address: external.address })).rejects.toThrow(/ECONNREFUSED/);
    } else {
      console.info('harness-server: no non-loopback IPv4 interface here, so only ::1 was tried');
    }
  });

  it('signs in once through the printed address: a one-time code, then an HttpOnly SameSite=Strict cookie', async () => {
    const other = await startHarness({ dataDir: join(root.dir, 'other'), rendererDir: join(root.dir, 'renderer'), port: 0, keychain: noKeychain, kdfCost: FAST_KDF });
    try {
      const otherPort = Number(new URL(other.url).port);
      const signInUrl = new URL(other.signInUrl);
      expect(signInUrl.origin).toBe(other.url);
      expect(signInUrl.pathname).toBe('/');
      const code = signInUrl.searchParams.get('code')!;
      expect(code).toMatch(/^[0-9a-f]{48}$/);
      const visit = (path: string, headers: Record<string, string> = {}) => send(otherPort, path, { headers });

      // Wrong or shortened codes, or none: the sign-in page, and the code still works afterwards.
      for (const wrong of ['', 'wrong', code.slice(0, -1), `${code}0`, code.toUpperCase()]) {
        const reply = await visit(`/?code=${wrong}`);
        expect(reply.status, wrong).toBe(401);
        expect(reply.headers['set-cookie']).toBeUndefined();
      }
      const signedIn = await visit(`/?code=${code}`);
      expect(signedIn.status).toBe(303);
      expect(signedIn.headers.location).toBe('/');
      expect(signedIn.body).toBe('');
      const setCookie = String(signedIn.headers['set-cookie']);
      expect(setCookie).toMatch(new RegExp(`^harbor-session-${otherPort}=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=/$`));
      const granted = setCookie.split(';')[0]!;
      expect(granted).not.toContain(code);

      // The code is spent: a second visit without the cookie gets the sign-in page again.
      const again = await visit(`/?code=${code}`);
      expect(again.status).toBe(401);
      expect(again.headers['set-cookie']).toBeUndefined();
      // With the cookie, the old address just leads home.
      expect((await visit(`/?code=${code}`, { Cookie: granted })).headers.location).toBe('/');
      expect((await visit('/', { Cookie: granted })).status).toBe(200);
      // This harness's cookie does not open the first one (another port, another session).
      expect((await send(port, '/', { headers: { Cookie: granted } })).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('serves nothing without the cookie: page, assets, API and events get 401 and a page saying how to open Harbor', async () => {
    const session = sessionValue();
    const code = new URL(harness.signInUrl).searchParams.get('code')!;
    const withoutCookie = [
      (headers: Record<string, string>) => send(port, '/', { headers }),
      (headers: Record<string, string>) => send(port, '/index.html', { headers }),
      (headers: Record<string, string>) => send(port, '/assets/app.js', { headers }),
      (headers: Record<string, string>) => send(port, '/missing.js', { headers }),
      (headers: Record<string, string>) => send(port, '/../secret.txt', { headers }),
      (headers: Record<string, string>) => send(port, '/events', { headers }),
      (headers: Record<string, string>) => api('vaultStatus', {}, headers),
      (headers: Record<string, string>) => api('vaultCreate', { passphrase: 'quiet harbour evening' }, headers),
    ];
    const attempts: Record<string, string>[] = [
      {},
      { Cookie: '' },
      { Cookie: `harbor-session-${port}=` },
      { Cookie: `harbor-session-${port}=wrong` },
      { Cookie: `harbor-session-${port}=${session.slice(0, -1)}` },
      { Cookie: `harbor-session-${port}=${session}0` },
      { Cookie: `harbor-session-${port + 1}=${session}` },
      { Cookie: `harbor-session=${session}` },
      { 'X-Harbor-Token': session },
      { Authorization: `Bearer ${session}` },
    ];
    for (const request of withoutCookie) {
      for (const headers of attempts) {
        const reply = await request(headers);
        expect(reply.status, JSON.stringify(headers)).toBe(401);
        expect(reply.headers['content-type']).toMatch(/^text\/html/);
        expect(reply.headers['cache-control']).toBe('no-store');
        expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
        expect(reply.body).toContain('Open Harbor from its address');
        expect(reply.body).toContain('npm run harness');
        expect(reply.body).not.toContain(session);
        expect(reply.body).not.toContain(code);
        expect(reply.body).not.toContain('"ok"');
      }
    }
    expect(harness.core.vault.state()).toBe('none');
  });

  it('serves the page with the bridge script and a strict CSP, and no secret in any body', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('<script type="module" src="/assets/harness-bridge.js"></script>');
    expect(page.body).toContain('<meta name="harbor-harness" content="browser" />');
    expect(page.body).not.toContain('harbor-harness-token');
    expect(page.headers['set-cookie']).toBeUndefined();

    const asset = await get('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    const code = new URL(harness.signInUrl).searchParams.get('code')!;
    for (const body of [page.body, asset.body, (await api('vaultStatus', {})).body]) {
      expect(body).not.toContain(sessionValue());
      expect(body).not.toContain(code);
    }
  });

  it('refuses API calls and events from another origin, even with the cookie (another 127.0.0.1 port is the same site)', async () => {
    const foreign: Record<string, string>[] = [
      { Origin: `http://127.0.0.1:${port + 1}` },
      { Origin: 'http://evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const reply = await api('vaultCreate', { passphrase: 'quiet harbour evening' }, { Cookie: cookie, ...headers });
      expect(reply.status, JSON.stringify(headers)).toBe(403);
      expect((await get('/events', headers)).status, JSON.stringify(headers)).toBe(403);
    }
    expect(harness.core.vault.state()).toBe('none');
    const same = await api('vaultStatus', {}, { Cookie: cookie, Origin: `http://127.0.0.1:${port}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(same.status).toBe(200);
  });

  it('answers API calls from a signed-in client as Result JSON', async () => {
    const status = await api('vaultStatus', {});
    expect(status.status).toBe(200);
    expect(status.headers['content-type']).toBe('application/json');
    expect(JSON.parse(status.body)).toEqual({
      ok: true,
      value: { state: 'none', autoUnlock: false, autoUnlockAvailable: false, wrongTries: { passphrase: 0, passphraseWaitMs: 0, recovery: 0, recoveryWaitMs: 0 } },
    });

    const created = JSON.parse((await api('vaultCreate', { passphrase: 'quiet harbour evening' })).body);
    expect(created).toMatchObject({ ok: true, value: { recoveryCode: expect.any(String) } });
    expect(JSON.parse((await api('vaultUnlock', { passphrase: '' })).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.parse((await api('noSuchMethod', {})).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const notJson = await send(port, '/api/vaultStatus', { method: 'POST', headers: { Cookie: cookie }, body: '{not json' });
    expect(JSON.parse(notJson.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'That request was not valid JSON.' } });
  });

  it('refuses any other Host header (421), page and API alike', async () => {
    for (const host of ['localhost:' + port, 'evil.example', `127.0.0.1:${port + 1}`, '127.0.0.1', `[::1]:${port}`, '']) {
      expect((await send(port, '/', { host, headers: { Cookie: cookie } })).status, host).toBe(421);
      expect((await send(port, harness.signInUrl.slice(harness.url.length), { host })).status, host).toBe(421);
      const reply = await send(port, '/api/vaultStatus', { method: 'POST', host, headers: { Cookie: cookie }, body: '{}' });
      expect(reply.status, host).toBe(421);
    }
  });

  it('serves nothing outside the renderer folder (404), however the path is written', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../etc/passwd',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2E%2E/etc/passwd',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
      '//etc/passwd',
      '/%00index.html',
      '/index.html%00.js',
      '/missing.js',
      '/assets/',
    ];
    for (const path of attempts) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toMatch(/outside the renderer|root:/);
    }
  });

  it('accepts only GET for pages and POST for the API', async () => {
    expect((await send(port, '/', { method: 'POST', body: '', headers: { Cookie: cookie } })).status).toBe(405);
    expect((await get('/api/vaultStatus')).status).toBe(404);
  });

  it('streams vault events to a signed-in page', async () => {
    const events: string[] = [];
    const streamed = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/events', headers: { Host: `127.0.0.1:${port}`, Cookie: cookie } }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/event-stream');
        res.on('data', (chunk: Buffer) => {
          events.push(chunk.toString());
          if (events.join('').includes('"state":"locked"')) {
            req.destroy();
            resolve();
          }
        });
      });
      req.on('error', (error) => (events.join('').includes('locked') ? resolve() : reject(error)));
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await api('vaultCreate', { passphrase: 'quiet harbour evening' });
    await api('vaultLock', {});
    await streamed;
    const text = events.join('');
    expect(text).toContain('data: {"type":"vault","state":"unlocked"}');
    expect(text).toContain('data: {"type":"vault","state":"locked"}');
  });

  it('close() locks the vault, ends open streams and stops listening', async () => {
    await api('vaultCreate', { passphrase: 'quiet harbour evening' });
    expect(harness.core.vault.state()).toBe('unlocked');
    let heard = '';
    const ended = new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/events', headers: { Host: `127.0.0.1:${port}`, Cookie: cookie } }, (res) => {
        res.on('data', (chunk: Buffer) => (heard += chunk.toString()));
        res.on('end', () => resolve());
        res.on('close', () => resolve());
      });
      req.on('error', () => resolve());
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await harness.close();
    await ended;
    expect(heard).toContain('data: {"type":"vault","state":"locked"}'); // the page hears the lock before the stream ends
    expect(harness.core.vault.state()).toBe('locked');
    await expect(send(port, '/')).rejects.toThrow(/ECONNREFUSED/);
    // afterEach closes again: close() must be safe to call twice.
  });
});
