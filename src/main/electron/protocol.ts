// Production pages come from app://harbor/, served only from the built renderer folder.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveInside } from '../core/safe-path.ts';
import { CONTENT_SECURITY_POLICY } from '../core/csp.ts';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://harbor';


/** Must run before app ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'harbor' ? resolveInside(rendererDir, decodeURIComponent(url.pathname)) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
