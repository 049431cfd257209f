// The browser harness: the built renderer and the same handler table over HTTP on 127.0.0.1,
// so the whole app (real core, real encrypted database) runs in an ordinary browser.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { HarborCore } from '../core/harbor-core.ts';
import type { Keychain } from '../core/keychain.ts';
import { resolveInside } from '../core/safe-path.ts';
import type { HarborEvent } from '../../shared/contract/index.ts';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../core/csp.ts';
import { newDevNonce, startRendererDevServer } from './dev-server.ts';
import { HarnessSignIn, SIGN_IN_PAGE } from './sign-in.ts';

export interface HarnessOptions {
  dataDir: string;
  rendererDir: string;
  port: number;
  keychain: Keychain;
  kdfCost?: { N: number; r: number; p: number };
  /**
   * Developer mode (`--dev`): pages come from Vite's dev server over the renderer's sources
   * (`rendererDir` is then src/renderer), under the dev CSP with this start's nonce.
   */
  dev?: boolean;
}

export interface Harness {
  server: Server;
  core: HarborCore;
  /** The origin, http://127.0.0.1:PORT. Nothing there is served before signing in. */
  url: string;
  /** The one-time sign-in address (url + /?code=…) to print or open. */
  signInUrl: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MAX_BODY = 2 * 1024 * 1024;

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const core = new HarborCore({ dataDir: options.dataDir, platform: { keychain: options.keychain }, kdfCost: options.kdfCost });
  const streams = new Set<ServerResponse>();
  core.onEvent((event: HarborEvent) => {
    for (const stream of streams) if (!stream.writableEnded) stream.write(`data: ${JSON.stringify(event)}\n\n`);
  });

  const devNonce = options.dev ? newDevNonce() : null;
  const pagePolicy = devNonce ? devContentSecurityPolicy(devNonce) : CONTENT_SECURITY_POLICY;

  let expectedHost = '';
  // Made once the port is known (the cookie is named after it); no request arrives before that.
  let signIn: HarnessSignIn | null = null;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  // Live reload rides on this server's upgrade requests, as under `npm run dev`.
  const vite = devNonce ? await startRendererDevServer(options.rendererDir, devNonce, server) : null;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // DNS rebinding and other origins: only the exact host we listen on.
    if (req.headers.host !== expectedHost || !signIn) return send(res, 421, 'text/plain', 'Wrong host');
    const origin = `http://${expectedHost}`;
    const url = new URL(req.url ?? '/', origin);
    const code = url.pathname === '/' && req.method === 'GET' ? url.searchParams.get('code') : null;
    if (code !== null && (signIn.redeem(code) || signIn.signedIn(req))) {
      // The code is spent; the address bar and history keep only the plain address.
      res.writeHead(303, { Location: '/', 'Set-Cookie': signIn.cookie(), 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
      return res.end();
    }
    if (!signIn.signedIn(req)) return send(res, 401, TYPES['.html']!, SIGN_IN_PAGE);
    const api = url.pathname.startsWith('/api/') || url.pathname === '/events';
    // Another page on 127.0.0.1 (any port is the same site, so the cookie goes along): not for it.
    if (api && !fromThisOrigin(req, origin)) return send(res, 403, 'application/json', '{"error":"forbidden"}');
    if (url.pathname === '/events' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/') && req.method === 'POST') {
      const body = await readBody(req);
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, { ok: false, error: { code: 'invalid_input', message: 'That request was not valid JSON.' } });
      }
      return sendJson(res, await core.call(url.pathname.slice('/api/'.length), input));
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
    if (vite && !url.pathname.endsWith('.html') && url.pathname !== '/') {
      // Modules, styles and assets straight from the dev server (signed in, like everything else).
      return vite.middlewares(req, res, () => send(res, 404, 'text/plain', 'Not found'));
    }
    return serveFile(url.pathname, res);
  };

  const serveFile = async (path: string, res: ServerResponse) => {
    const htmlPage = path === '/' ? '/index.html' : path;
    const file = resolveInside(options.rendererDir, htmlPage);
    if (!file) return send(res, 404, 'text/plain', 'Not found');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'Not found');
    }
    if (extname(file) === '.html') {
      // The bridge gives the page window.harbor over HTTP; the session cookie goes along by itself.
      // The meta tag only says "browser harness" (for test hooks); it holds no secret.
      const bridge = vite ? '/harness/bridge.ts' : '/assets/harness-bridge.js';
      const injected = content
        .toString('utf8')
        .replace('<head>', `<head>\n    <meta name="harbor-harness" content="browser" />\n    <script type="module" src="${bridge}"></script>`);
      const page = vite ? await vite.transformIndexHtml(htmlPage, injected) : injected;
      return send(res, 200, TYPES['.html']!, page, pagePolicy);
    }
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  expectedHost = `127.0.0.1:${port}`;
  const portSignIn = new HarnessSignIn(port);
  signIn = portSignIn;

  return {
    server,
    core,
    url: `http://${expectedHost}`,
    signInUrl: portSignIn.address(`http://${expectedHost}`),
    close: async () => {
      // Lock first, so open pages hear "locked" before their stream ends.
      core.close();
      for (const stream of streams) stream.end();
      streams.clear();
      // The dev server first: its live-reload sockets would otherwise keep the server open.
      await vite?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Browsers name the origin of scripted requests; a request naming another one is refused. */
function fromThisOrigin(req: IncomingMessage, origin: string): boolean {
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, policy = CONTENT_SECURITY_POLICY): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json', JSON.stringify(value));
}
