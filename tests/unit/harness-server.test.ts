// The browser harness's HTTP server (startHarness, port 0): token, Host check, path traversal,
// the served page, 127.0.0.1 only, clean shutdown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../src/main/harness/server.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/main/core/csp.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

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

beforeEach(async () => {
  root = makeTempDir();
  const rendererDir = join(root.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Harbor</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(root.dir, 'secret.txt'), 'outside the renderer folder');
  harness = await startHarness({ dataDir: join(root.dir, 'data'), rendererDir, port: 0, keychain: noKeychain, kdfCost: FAST_KDF });
  port = Number(new URL(harness.url).port);
});

afterEach(async () => {
  await harness.close();
  root.cleanup();
});

const api = (method: string, body: unknown, token: string | null = harness.token) =>
  send(port, `/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { 'X-Harbor-Token': token }) },
    body: JSON.stringify(body),
  });

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

  it('serves the page with the token meta tag, the bridge script and a strict CSP', async () => {
    const page = await send(port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain(`<meta name="harbor-harness-token" content="${harness.token}" />`);
    expect(page.body).toContain('<script type="module" src="/assets/harness-bridge.js"></script>');
    expect(harness.token).toMatch(/^[0-9a-f]{64}$/);

    const asset = await send(port, '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.body).not.toContain(harness.token); // only the HTML page learns it
  });

  it('refuses API calls and the event stream without the right token (403)', async () => {
    for (const token of [null, '', 'wrong', harness.token.slice(0, -1), harness.token.toUpperCase() === harness.token ? 'x' : harness.token.toUpperCase(), `${harness.token}0`]) {
      const reply = await api('vaultStatus', {}, token);
      expect(reply.status, `token ${JSON.stringify(token)}`).toBe(403);
      expect(reply.body).not.toContain('"ok"');
    }
    expect((await send(port, '/events')).status).toBe(403);
    expect((await send(port, '/events?token=wrong')).status).toBe(403);
    expect(harness.core.vault.state()).toBe('none');
  });

  it('answers API calls with the token as Result JSON', async () => {
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

    const notJson = await send(port, '/api/vaultStatus', { method: 'POST', headers: { 'X-Harbor-Token': harness.token }, body: '{not json' });
    expect(JSON.parse(notJson.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'That request was not valid JSON.' } });
  });

  it('refuses any other Host header (421), page and API alike', async () => {
    for (const host of ['localhost:' + port, 'evil.example', `127.0.0.1:${port + 1}`, '127.0.0.1', `[::1]:${port}`, '']) {
      expect((await send(port, '/', { host })).status, host).toBe(421);
      const reply = await send(port, '/api/vaultStatus', { method: 'POST', host, headers: { 'X-Harbor-Token': harness.token }, body: '{}' });
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
      const reply = await send(port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toMatch(/outside the renderer|root:/);
    }
  });

  it('accepts only GET for pages and POST for the API', async () => {
    expect((await send(port, '/', { method: 'POST', body: '' })).status).toBe(405);
    expect((await send(port, '/api/vaultStatus', { headers: { 'X-Harbor-Token': harness.token } })).status).toBe(404);
  });

  it('streams vault events to a page holding the token', async () => {
    const events: string[] = [];
    const streamed = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `/events?token=${harness.token}`, headers: { Host: `127.0.0.1:${port}` } }, (res) => {
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
      const req = request({ host: '127.0.0.1', port, path: `/events?token=${harness.token}`, headers: { Host: `127.0.0.1:${port}` } }, (res) => {
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
