// Production pages come from app://harbor/, served only from the built renderer folder.
// Files are read with fs (not net.fetch of a file:// URL) so that file:// never has to be
// allowed anywhere, and so anything that is not a regular file inside the folder is a 404.
import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveInside } from '../core/safe-path.ts';
import { CONTENT_SECURITY_POLICY } from '../core/csp.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'harbor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before app ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererDir, request.url));
}

/** Maps an app:// URL to a file of the built renderer, refusing anything outside it. */
export async function serveAppFile(rendererDir: string, requestUrl: string): Promise<Response> {
  const file = fileFor(rendererDir, requestUrl);
  if (!file || !(await isFile(file))) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await readFile(file)), {
    status: 200,
    headers: {
      // Unknown kinds go out as bytes; with nosniff the page cannot run them as script.
      'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

function fileFor(rendererDir: string, requestUrl: string): string | null {
  try {
    const url = new URL(requestUrl);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
    return resolveInside(rendererDir, decodeURIComponent(url.pathname));
  } catch {
    return null; // unparsable URL or broken %-encoding
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
